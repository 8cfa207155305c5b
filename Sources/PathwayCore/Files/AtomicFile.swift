#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file replaced all at once: bytes go to a new temporary file beside the target, which is
/// fsynced and renamed over it, then the folder is fsynced. After a crash the target is the old
/// or the new version, never a mix. The one way imgpath replaces a file (the pathway snapshot,
/// its backup, exports, preferences).
///
/// The temporary file is created with `O_EXCL | O_NOFOLLOW` under a name nobody can guess, so a
/// file or symlink planted there is never followed or truncated; its name carries the process id
/// so that `removeStale(for:)` can clean up after processes that were killed mid-write.
public final class AtomicFile {
    /// Why a step failed, with the operating system's reason.
    public struct Failure: Error, Sendable {
        public let path: String
        public let operation: String
        public let reason: String
        public let code: Int32
    }

    public let path: String
    public let temporary: String
    private var descriptor: Int32
    private var finished = false

    /// Creates the temporary file beside `path`, private to the user.
    public init(path: String, mode: mode_t = 0o600) throws(Failure) {
        self.path = path
        let prefix = AtomicFile.temporaryPrefix(for: path)
        var generator = SystemRandomNumberGenerator()
        var attempt = 0
        while true {
            let name = prefix + "\(getpid())-" + String(generator.next() as UInt64, radix: 36)
            let opened = open(name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if opened >= 0 {
                temporary = name
                descriptor = opened
                break
            }
            attempt += 1
            if errno != EEXIST || attempt > 16 { throw AtomicFile.failure(path, "create a temporary file") }
        }
    }

    deinit { discard() }

    /// Writes all of `bytes`.
    public func write(_ bytes: [UInt8]) throws(Failure) {
        if let code = FileDescriptor.writeAll(bytes, to: descriptor) {
            errno = code
            throw AtomicFile.failure(path, "write")
        }
    }

    /// Flushes to disk and renames over the target, then flushes the folder; `beforeRename` runs
    /// just before the rename (tests). `durable: false` skips both flushes, for a copy whose loss
    /// in a power cut costs nothing (the caller flushes the folder later, or does not need to).
    public func commit(durable: Bool = true, beforeRename: (() throws(Failure) -> Void)? = nil) throws(Failure) {
        guard !finished else { return }
        do throws(Failure) {
            if durable, fsync(descriptor) != 0 { throw AtomicFile.failure(path, "flush to disk") }
            close(descriptor)
            descriptor = -1
            try beforeRename?()
            if rename(temporary, path) != 0 { throw AtomicFile.failure(path, "replace the file") }
        } catch {
            discard()
            throw error
        }
        finished = true
        if durable { AtomicFile.syncFolder(of: path) }
    }

    /// Removes the temporary file; the target stays as it was.
    public func discard() {
        guard !finished else { return }
        finished = true
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        unlink(temporary)
    }

    /// Writes a whole file atomically.
    public static func write(
        _ bytes: [UInt8], to path: String, durable: Bool = true, beforeRename: (() throws(Failure) -> Void)? = nil
    ) throws(Failure) {
        let file = try AtomicFile(path: path)
        do {
            try file.write(bytes)
        } catch {
            file.discard()
            throw error
        }
        try file.commit(durable: durable, beforeRename: beforeRename)
    }

    /// Removes temporary files of `path` left by processes that no longer run.
    public static func removeStale(for path: String) {
        let prefix = temporaryPrefix(for: path)
        let folderPath = folder(of: path)
        let namePrefix = String(prefix.dropFirst(folderPath.count + 1))
        guard let directory = opendir(folderPath) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard name.hasPrefix(namePrefix) else { continue }
            let rest = name.dropFirst(namePrefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0 else { continue }
            // Only processes that are gone: a live one may be writing right now.
            if kill(pid, 0) != 0 && errno == ESRCH {
                unlink(folderPath + "/" + name)
            }
        }
    }

    /// `<folder>/.<name>.tmp-`: hidden, and tied to the target's name.
    static func temporaryPrefix(for path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return folder(of: path) + "/." + name + ".tmp-"
    }

    /// fsync of the folder, so that a rename or a new file survives a power cut.
    public static func syncFolder(of path: String) {
        let descriptor = open(folder(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 {
            _ = fsync(descriptor)
            close(descriptor)
        }
    }

    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    private static func failure(_ path: String, _ operation: String) -> Failure {
        let code = errno
        return Failure(path: path, operation: operation, reason: String(cString: strerror(code)), code: code)
    }
}
