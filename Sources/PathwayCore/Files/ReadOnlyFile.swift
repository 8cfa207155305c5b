#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file opened for reading that is known to be a regular file: a FIFO, a device or a folder
/// in its place is refused before a byte is read, so nothing blocks or grows without bound.
public struct ReadOnlyFile {
    let path: String
    let descriptor: Int32
    let size: Int64
    let device: UInt64
    let inode: UInt64

    /// Opens `path`; nil result is never returned for a missing file, see `openIfPresent`.
    init(path: String) throws(StoreError) {
        guard let file = try ReadOnlyFile.openIfPresent(path) else {
            throw .io(path: path, operation: "read the file", reason: String(cString: strerror(ENOENT)))
        }
        self = file
    }

    private init(path: String, descriptor: Int32, info: stat) {
        self.path = path
        self.descriptor = descriptor
        self.size = Int64(info.st_size)
        self.device = UInt64(info.st_dev)
        self.inode = UInt64(info.st_ino)
    }

    /// The whole content of a regular file no larger than `limit` (an import's sheet, say).
    public static func contents(of path: String, limit: Int64) throws(StoreError) -> [UInt8] {
        let file = try ReadOnlyFile(path: path)
        defer { file.close() }
        return try file.readAll(limit: limit)
    }

    /// The file, or nil when nothing exists at `path`.
    static func openIfPresent(_ path: String) throws(StoreError) -> ReadOnlyFile? {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { return nil }
            throw .io(path: path, operation: "read the file", reason: String(cString: strerror(errno)))
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let error = StoreError.io(path: path, operation: "read the file", reason: String(cString: strerror(errno)))
            Glibc.close(descriptor)
            throw error
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            Glibc.close(descriptor)
            throw .notRegularFile(path: path, kind: ReadOnlyFile.kind(info.st_mode))
        }
        return ReadOnlyFile(path: path, descriptor: descriptor, info: info)
    }

    func close() { Glibc.close(descriptor) }

    /// Up to `count` bytes from `offset` (fewer at the end of the file).
    func read(at offset: Int64, count: Int) throws(StoreError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let result = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress.map { $0 + filled }, count - filled, off_t(offset) + off_t(filled))
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, operation: "read the file", reason: String(cString: strerror(errno)))
            }
            if result == 0 { break }
            filled += result
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// The whole file, refused when it is larger than `limit` bytes.
    func readAll(limit: Int64) throws(StoreError) -> [UInt8] {
        guard size <= limit else { throw .tooLarge(path: path, size: size, limit: limit) }
        // Read one byte past the size seen, so a file growing meanwhile is still bounded.
        let bytes = try read(at: 0, count: Int(size) + 1)
        guard bytes.count <= limit else { throw .tooLarge(path: path, size: Int64(bytes.count), limit: limit) }
        return bytes
    }

    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "a folder"
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }
}
