/// Why the pathway file could not be read or written. Every case names the file.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not UTF-8 text.
    case notUTF8(path: String, line: Int, column: Int, byteOffset: Int)
    /// The text is not well-formed JSON.
    case malformed(path: String, line: Int, column: Int, reason: String)
    /// Well-formed JSON that is not a pathway document (a wrong type, an unknown status).
    case invalid(path: String, location: String, reason: String)
    /// Written by a newer imgpath.
    case newerSchema(path: String, found: Int, supported: Int)
    /// Another imgpath holds the lock.
    case locked(path: String, holder: String)
    /// The file changed since it was read; saving would overwrite someone else's change.
    case changedOnDisk(path: String)
    /// The operating system refused an operation.
    case io(path: String, operation: String, reason: String)
    /// The history file cannot be read at a place, or does not belong with the snapshot.
    case history(path: String, location: String, reason: String)
    /// A FIFO, device, folder or socket where a file should be.
    case notRegularFile(path: String, kind: String)
    /// Larger than any file imgpath writes.
    case tooLarge(path: String, size: Int64, limit: Int64)
    /// The file is missing but its backup or history is there: starting a new pathway would
    /// bury them, so changes are refused until the person restores or moves them.
    case missingWithBackup(path: String, found: String)
    /// The file can be read but not written (a read-only file system, no permission).
    case readOnly(path: String, reason: String)

    public var description: String {
        switch self {
        case .notUTF8(let path, let line, let column, let offset):
            return "\(path): not UTF-8 text at line \(line), column \(column) (byte \(offset)); "
                + "the file was left unchanged"
        case .malformed(let path, let line, let column, let reason):
            return "\(path): not valid JSON at line \(line), column \(column): \(reason); "
                + "the file was left unchanged"
        case .invalid(let path, let location, let reason):
            return "\(path): at \(location): \(reason); the file was left unchanged"
        case .newerSchema(let path, let found, let supported):
            return "\(path): written by a newer imgpath (schemaVersion \(found); this one reads up to "
                + "\(supported)); update imgpath to open it. The file was left unchanged"
        case .locked(let path, let holder):
            return "\(path) is in use by another imgpath (\(holder)); close it first"
        case .changedOnDisk(let path):
            return "\(path) was changed by another program since imgpath read it; not overwriting it. "
                + "Reopen to see the other change"
        case .io(let path, let operation, let reason):
            return "\(path): cannot \(operation): \(reason)"
        case .history(let path, let location, let reason):
            return "\(path): at \(location): \(reason); the files were left unchanged"
        case .notRegularFile(let path, let kind):
            return "\(path) is \(kind), not a regular file; imgpath reads and writes only regular files"
        case .tooLarge(let path, let size, let limit):
            return
                "\(path) is \(size) bytes, larger than any file imgpath writes (limit \(limit) bytes); not reading it"
        case .missingWithBackup(let path, let found):
            return "\(path) is missing, but \(found) is still there; not starting a new pathway over it. "
                + "Restore it (for example `cp \(path).bak \(path)`) or move it away first"
        case .readOnly(let path, let reason):
            return "\(path) is read-only here (\(reason)); changes cannot be saved"
        }
    }

    /// The problem without the file's path, for a status line that shows the path elsewhere.
    public var reason: String {
        switch self {
        case .changedOnDisk:
            return "the file was changed by another program since imgpath read it"
        case .locked(_, let holder):
            return "the file is in use by another imgpath (\(holder))"
        case .io(let path, let operation, let reason):
            return "cannot \(operation) \(path.split(separator: "/").last.map(String.init) ?? path): \(reason)"
        default:
            return description
        }
    }

    /// The file the error is about.
    public var path: String? {
        switch self {
        case .notUTF8(let path, _, _, _), .malformed(let path, _, _, _), .invalid(let path, _, _),
            .newerSchema(let path, _, _), .locked(let path, _), .changedOnDisk(let path), .io(let path, _, _),
            .history(let path, _, _), .notRegularFile(let path, _), .tooLarge(let path, _, _),
            .missingWithBackup(let path, _), .readOnly(let path, _):
            path
        }
    }

    /// Whether the problem is in the file's contents (as opposed to access to it).
    public var isUnreadableContent: Bool {
        switch self {
        case .notUTF8, .malformed, .invalid, .newerSchema, .history, .notRegularFile, .tooLarge: true
        default: false
        }
    }
}
