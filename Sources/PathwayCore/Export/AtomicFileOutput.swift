#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An export written to a temporary file next to the target and renamed over it only when
/// complete, so a failed or interrupted export never leaves half a file.
///
/// Writes are buffered; `commit()` flushes, fsyncs and renames. Without `commit()` the temporary
/// file is removed.
public final class AtomicFileOutput: ExportSink {
    public let path: String
    private let file: AtomicFile
    private var buffer: [UInt8] = []
    private static let bufferSize = 64 * 1024

    /// Checks the target and opens the temporary file; throws a clear error for a missing
    /// folder, a folder in place of the file, or a place the user may not write.
    public init(path: String) throws(ExportError) {
        self.path = path
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { throw .isFolder(path: path) }
        let folder = AtomicFile.folder(of: path)
        if stat(folder, &info) != 0 {
            if errno == ENOENT || errno == ENOTDIR { throw .missingFolder(path: path, folder: folder) }
            throw .io(path: folder, operation: "reach the folder", reason: String(cString: strerror(errno)))
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { throw .missingFolder(path: path, folder: folder) }
        // Exports hold the same personal data as the pathway file: private to the user (the
        // temporary file is created that way).
        do {
            file = try AtomicFile(path: path)
        } catch {
            throw .io(path: path, operation: "write the export", reason: error.reason)
        }
    }

    deinit { discard() }

    public func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= AtomicFileOutput.bufferSize { try flush() }
    }

    /// Finishes the file: flush, fsync, rename over the target.
    public func commit() throws(ExportError) {
        do {
            try flush()
            try file.commit()
        } catch {
            file.discard()
            throw .io(path: path, operation: "write the export", reason: error.reason)
        }
    }

    /// Removes the temporary file; the target is left as it was.
    public func discard() { file.discard() }

    private func flush() throws(AtomicFile.Failure) {
        try file.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    static func folder(of path: String) -> String { AtomicFile.folder(of: path) }
}
