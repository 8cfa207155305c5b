/// Why the config file could not be read or written, with the message a user reads.
public enum PreferencesError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    /// Not JSON; `problem` says where, as "line L, column C: why".
    case malformedJSON(file: String, problem: String)
    case wrongType(file: String, key: String, expected: String, found: String)
    /// Saving was refused because the existing file is broken and would be lost.
    case brokenFileKept(file: String)
    case writeFailed(file: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file): cannot read the settings: \(reason); using the defaults"
        case .malformedJSON(let file, let problem):
            "\(file): not valid JSON: \(problem); using the default settings"
        case .wrongType(let file, let key, let expected, let found):
            "\(file): \(key): expected \(expected), found \(found); using the default settings"
        case .brokenFileKept(let file):
            "\(file): not saved, because the file is broken and saving would erase it; fix or delete it"
        case .writeFailed(let file, let reason):
            "\(file): cannot save the settings: \(reason)"
        }
    }
}
