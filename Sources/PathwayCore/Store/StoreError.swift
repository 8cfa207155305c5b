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
            .newerSchema(let path, _, _), .locked(let path, _), .changedOnDisk(let path), .io(let path, _, _):
            path
        }
    }

    /// Whether the problem is in the file's contents (as opposed to access to it).
    public var isUnreadableContent: Bool {
        switch self {
        case .notUTF8, .malformed, .invalid, .newerSchema: true
        default: false
        }
    }
}
