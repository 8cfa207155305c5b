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
    private let temporary: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var finished = false
    private static let bufferSize = 64 * 1024

    /// Checks the target and opens the temporary file; throws a clear error for a missing
    /// folder, a folder in place of the file, or a place the user may not write.
    public init(path: String) throws(ExportError) {
        self.path = path
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { throw .isFolder(path: path) }
        let folder = AtomicFileOutput.folder(of: path)
        if stat(folder, &info) != 0 {
            if errno == ENOENT || errno == ENOTDIR { throw .missingFolder(path: path, folder: folder) }
            throw AtomicFileOutput.failure(folder, "reach the folder")
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { throw .missingFolder(path: path, folder: folder) }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        temporary = folder + "/." + name + ".export-\(getpid())"
        // Exports hold the same personal data as the pathway file: private to the user.
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw AtomicFileOutput.failure(path, "write the export") }
    }

    deinit { discard() }

    public func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= AtomicFileOutput.bufferSize { try flush() }
    }

    /// Finishes the file: flush, fsync, rename over the target.
    public func commit() throws(ExportError) {
        guard !finished else { return }
        do {
            try flush()
        } catch let error as ExportError {
            discard()
            throw error
        } catch {
            discard()
            throw .io(path: path, operation: "write the export", reason: "\(error)")
        }
        if fsync(descriptor) != 0 {
            let error = AtomicFileOutput.failure(path, "flush the export to disk")
            discard()
            throw error
        }
        close(descriptor)
        descriptor = -1
        guard rename(temporary, path) == 0 else {
            let error = AtomicFileOutput.failure(path, "replace the file")
            discard()
            throw error
        }
        finished = true
        let folderDescriptor = open(AtomicFileOutput.folder(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            _ = fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Removes the temporary file; the target is left as it was.
    public func discard() {
        guard !finished else { return }
        finished = true
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        unlink(temporary)
    }

    private func flush() throws {
        var written = 0
        while written < buffer.count {
            let result = buffer.withUnsafeBytes { raw in
                Glibc.write(descriptor, raw.baseAddress.map { $0 + written }, raw.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw AtomicFileOutput.failure(path, "write the export")
            }
            written += result
        }
        buffer.removeAll(keepingCapacity: true)
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    private static func failure(_ path: String, _ operation: String) -> ExportError {
        .io(path: path, operation: operation, reason: String(cString: strerror(errno)))
    }
}
