#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Small file operations for the user's config folder: read a file that may be absent, list a
/// folder, and replace a file atomically. Failures come back as a reason a person can read.
enum ConfigFiles {
    /// What reading a file gave.
    enum ReadResult: Equatable {
        case missing
        case contents([UInt8])
        case failed(reason: String)
    }

    static func read(_ path: String) -> ReadResult {
        var info = stat()
        if stat(path, &info) != 0 {
            return errno == ENOENT ? .missing : .failed(reason: lastError())
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failed(reason: "it is a folder") }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failed(reason: "permission denied or unreadable")
        }
        return .contents(Array(data))
    }

    /// The names (not paths) in a folder ending in `suffix`, sorted; hidden files are skipped
    /// (editors keep swap and backup files there). A missing folder is empty.
    static func names(in folder: String, suffix: String) -> [String] {
        let all = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return all.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") && $0.count > suffix.count }.sorted()
    }

    /// Replaces `path` with `bytes`: writes a temporary file in the same folder, fsyncs it and
    /// renames it over the old one, so a crash leaves either the old or the new file. Creates
    /// the folder (0700) if needed.
    static func writeAtomically(_ bytes: [UInt8], to path: String) -> String? {
        let folder = parent(of: path)
        if let problem = makeFolders(folder) { return problem }
        var template = Array((path + ".tmp.XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        if descriptor < 0 { return "cannot create a temporary file in \(folder): \(lastError())" }
        let temporary = template.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { String(cString: $0) } ?? path + ".tmp"
        }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = lastError()
                close(descriptor)
                unlink(temporary)
                return "cannot write \(temporary): \(reason)"
            }
            written += count
        }
        if fsync(descriptor) != 0 || close(descriptor) != 0 {
            let reason = lastError()
            unlink(temporary)
            return "cannot write \(temporary): \(reason)"
        }
        if rename(temporary, path) != 0 {
            let reason = lastError()
            unlink(temporary)
            return "cannot replace \(path): \(reason)"
        }
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY)
        if folderDescriptor >= 0 {
            // Makes the rename itself durable; a failure here cannot lose the old file.
            _ = fsync(folderDescriptor)
            close(folderDescriptor)
        }
        return nil
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func makeFolders(_ folder: String) -> String? {
        var info = stat()
        if stat(folder, &info) == 0 { return nil }
        let above = parent(of: folder)
        if above != folder, let problem = makeFolders(above) { return problem }
        if mkdir(folder, 0o700) != 0 && errno != EEXIST { return "cannot create \(folder): \(lastError())" }
        return nil
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
