#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension PathwayStore {
    /// One of the files a pathway keeps on disk, with what it is, in a person's words.
    public struct OwnFile: Equatable, Sendable {
        public let path: String
        public let role: String
    }

    /// The files this pathway keeps beside each other: the snapshot, its history, the programs'
    /// file, the backup and the lock. Writing anything else over one of them loses data or makes
    /// the pathway unreadable, so an export never does.
    public var ownFiles: [OwnFile] {
        [
            OwnFile(path: path, role: "the pathway file itself"),
            OwnFile(path: historyPath, role: "the pathway's history"),
            OwnFile(path: programsPath, role: "the pathway's list of programs"),
            OwnFile(path: backupPath, role: "the pathway's backup"),
            OwnFile(path: lockPath, role: "the pathway's lock file"),
        ]
    }

    /// The pathway's own file that `other` names, if any: the same file on disk (through a
    /// symbolic or a hard link), or the same place by name (a file not written yet, such as the
    /// programs' file of a pathway without programs, would be read as that file later).
    public func ownFile(named other: String) -> OwnFile? {
        var target = stat()
        let targetExists = stat(other, &target) == 0
        let targetPlace = Self.place(of: other)
        for file in ownFiles {
            var own = stat()
            if targetExists, stat(file.path, &own) == 0, own.st_dev == target.st_dev, own.st_ino == target.st_ino {
                return file
            }
            if Self.place(of: file.path) == targetPlace { return file }
        }
        return nil
    }

    /// A path with its folder made absolute and its links followed, so that `a/b.json`,
    /// `./a/b.json` and `/home/x/a/b.json` compare equal; the path as given when the folder
    /// cannot be resolved.
    private static func place(of path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        guard let resolved = realpath(AtomicFile.folder(of: path), nil) else { return path }
        defer { free(resolved) }
        let folder = String(cString: resolved)
        return (folder == "/" ? "" : folder) + "/" + name
    }
}
