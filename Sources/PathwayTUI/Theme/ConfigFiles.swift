import PathwayCore

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
        if let problem = makeFolders(parent(of: path)) { return problem }
        do {
            try AtomicFile.write(bytes, to: path)
        } catch {
            return "cannot \(error.operation) \(error.path): \(error.reason)"
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
