#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The pathway file on disk: read once, saved crash-safely after every change, never overwritten
/// when it could not be read or was changed by someone else.
///
/// A save writes a temporary file in the same folder, fsyncs it, renames it over the old file
/// and fsyncs the folder, so after a crash the file is either the old or the new version. The
/// previous good version is kept as `<file>.bak`. A writer holds an `flock` on `<file>.lock`.
public final class PathwayStore {
    public let path: String
    /// The bytes as last read or written; nil when the file did not exist yet.
    private var knownBytes: [UInt8]?
    private var lockDescriptor: Int32 = -1
    /// Test hook: runs after the temporary file is written and before the rename.
    var beforeRename: (() throws(StoreError) -> Void)?

    public var backupPath: String { path + ".bak" }
    public var lockPath: String { path + ".lock" }
    /// Whether the file existed when read (or has been saved since).
    public var fileExists: Bool { knownBytes != nil }

    private init(path: String) { self.path = path }

    deinit {
        if lockDescriptor >= 0 { close(lockDescriptor) }
    }

    /// Opens the file, reading it; with `lock`, also takes the writer's lock first.
    /// A missing file gives an empty journal; it is created on the first save.
    public static func open(path: String, lock: Bool) throws(StoreError) -> (PathwayStore, Journal) {
        let store = PathwayStore(path: path)
        if lock { try store.acquireLock() }
        let journal: Journal
        switch try readAll(path) {
        case .none:
            journal = Journal()
        case .some(let bytes):
            journal = try PathwayDocument.decode(bytes, path: path).journal
            store.knownBytes = bytes
        }
        return (store, journal)
    }

    /// Saves the journal, keeping the old version as the backup.
    public func save(_ journal: Journal) throws(StoreError) {
        let bytes: [UInt8]
        do {
            bytes = try PathwayDocument(journal: journal).encoded()
        } catch {
            throw .io(path: path, operation: "encode the document", reason: "\(error)")
        }
        try makeFolder()
        let onDisk = try PathwayStore.readAll(path)
        guard onDisk == knownBytes else { throw .changedOnDisk(path: path) }
        if let onDisk { try keepBackup(of: onDisk) }
        try writeAtomically(bytes, to: path, hook: beforeRename)
        knownBytes = bytes
    }

    /// Reads the file again, for example after another program changed it, and adopts it as
    /// the version that saves are checked against.
    public func reload() throws(StoreError) -> Journal {
        guard let bytes = try PathwayStore.readAll(path) else {
            knownBytes = nil
            return Journal()
        }
        let journal = try PathwayDocument.decode(bytes, path: path).journal
        knownBytes = bytes
        return journal
    }

    /// Makes the file on disk the backup. A hard link renamed over the old backup costs nothing
    /// however large the file; where links are not allowed, the bytes are written instead.
    private func keepBackup(of bytes: [UInt8]) throws(StoreError) {
        let temporary = folder + "/." + (backupPath.split(separator: "/").last.map(String.init) ?? "backup") + ".tmp-\(getpid())"
        unlink(temporary)
        if link(path, temporary) == 0 {
            guard rename(temporary, backupPath) == 0 else {
                let error = PathwayStore.failure(backupPath, "replace the backup")
                unlink(temporary)
                throw error
            }
            return
        }
        try writeAtomically(bytes, to: backupPath, hook: nil)
    }

    /// Releases the lock; the store can still be read but should not be saved.
    public func unlock() {
        if lockDescriptor >= 0 { close(lockDescriptor) }
        lockDescriptor = -1
    }

    // MARK: - Lock

    private func acquireLock() throws(StoreError) {
        try makeFolder()
        let descriptor = Glibc.open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw PathwayStore.failure(lockPath, "create the lock file") }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            let holder = PathwayStore.readAll(descriptor).map { String(decoding: $0, as: UTF8.self) }
            close(descriptor)
            guard code == EWOULDBLOCK else {
                throw .io(path: lockPath, operation: "lock", reason: String(cString: strerror(code)))
            }
            let pid = holder?.trimmingSpaces() ?? ""
            throw .locked(path: path, holder: pid.isEmpty ? "another process" : "process \(pid)")
        }
        // Record who holds the lock, so a second instance can say so.
        _ = ftruncate(descriptor, 0)
        let pid = Array("\(getpid())\n".utf8)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        lockDescriptor = descriptor
    }

    // MARK: - Files

    private var folder: String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    /// Creates the folder and any missing parents, private to the user (like `mkdir -p`).
    private func makeFolder() throws(StoreError) {
        let parts = folder.split(separator: "/")
        var current = folder.hasPrefix("/") ? "" : "."
        for part in parts {
            current += "/" + part
            if mkdir(current, 0o700) != 0 && errno != EEXIST {
                throw PathwayStore.failure(current, "create the folder")
            }
        }
    }

    private func writeAtomically(
        _ bytes: [UInt8], to target: String, hook: (() throws(StoreError) -> Void)?
    ) throws(StoreError) {
        let name = target.split(separator: "/").last.map(String.init) ?? target
        let temporary = folder + "/." + name + ".tmp-\(getpid())"
        let descriptor = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw PathwayStore.failure(temporary, "create a temporary file") }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                let error = PathwayStore.failure(temporary, "write")
                close(descriptor)
                unlink(temporary)
                throw error
            }
            written += result
        }
        if fsync(descriptor) != 0 {
            let error = PathwayStore.failure(temporary, "flush to disk")
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        do {
            try hook?()
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, target) == 0 else {
            let error = PathwayStore.failure(target, "replace the file")
            unlink(temporary)
            throw error
        }
        let folderDescriptor = Glibc.open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            _ = fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// The whole file, or nil when it does not exist.
    static func readAll(_ path: String) throws(StoreError) -> [UInt8]? {
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { return nil }
            throw failure(path, "read the file")
        }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw .io(path: path, operation: "read the file", reason: "it is a folder")
        }
        guard let bytes = readAll(descriptor) else { throw failure(path, "read the file") }
        return bytes
    }

    private static func readAll(_ descriptor: Int32) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        var offset: off_t = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            offset += off_t(count)
        }
    }

    private static func failure(_ path: String, _ operation: String) -> StoreError {
        .io(path: path, operation: operation, reason: String(cString: strerror(errno)))
    }
}
