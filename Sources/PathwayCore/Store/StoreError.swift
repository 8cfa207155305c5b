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
    /// A change would write more than imgpath reads back (a history line or a snapshot over the
    /// limit); refused before anything is written.
    case tooLargeToSave(path: String, what: String, size: Int64, limit: Int64)

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
            let advice =
                found.hasSuffix(".bak")
                ? "Restore it (for example `cp \(found) \(path)`) or move the backup away first"
                : "The history cannot rebuild it (it does not start at the first change); move \(found) away "
                    + "to start a new pathway, or restore \(path) from a copy of your own"
            return "\(path) is missing, but \(found) is still there; not starting a new pathway over it. " + advice
        case .readOnly(let path, let reason):
            return "\(path) is read-only here (\(reason)); changes cannot be saved"
        case .tooLargeToSave(let path, let what, let size, let limit):
            return "\(path): not saved: \(what) would be \(StoreError.megabytes(size)), more than the "
                + "\(StoreError.megabytes(limit)) imgpath reads back; nothing was changed (make the change in smaller parts)"
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
            .missingWithBackup(let path, _), .readOnly(let path, _), .tooLargeToSave(let path, _, _, _):
            path
        }
    }

    /// A size as a person reads it: "1.3 MiB".
    static func megabytes(_ bytes: Int64) -> String {
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return "\(tenths / 10).\(tenths % 10) MiB"
    }

    /// Whether the problem is in the file's contents (as opposed to access to it).
    public var isUnreadableContent: Bool {
        switch self {
        case .notUTF8, .malformed, .invalid, .newerSchema, .history, .notRegularFile, .tooLarge: true
        default: false
        }
    }
}
