/// Why a theme could not be used, with the message a user reads: the file, then the key inside
/// it (`light.json: roles.blocked.color8.fg: "purple" is not one of black, red, ...`).
///
/// `file` is the bundled file's name (`light.json`) or the full path of a user's theme.
public indirect enum ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read at all (permissions, a folder, ...).
    case unreadable(file: String, reason: String)
    /// Not JSON; `problem` says where, as "line L, column C: why".
    case malformedJSON(file: String, problem: String)
    /// A required key is absent, such as one of the twelve roles.
    case missingKey(file: String, key: String)
    /// A key the format does not know, most likely a typo.
    case unknownKey(file: String, key: String, expected: [String])
    case wrongType(file: String, key: String, expected: String, found: String)
    /// A name outside a closed list: a colour, an attribute.
    case notOneOf(file: String, key: String, value: String, allowed: [String])
    case outOfRange(file: String, key: String, value: String, range: ClosedRange<Int>)
    /// The `name` inside the file differs from the file's name, which is what `--theme` uses.
    case nameMismatch(file: String, name: String, expected: String)
    case notFound(name: String, available: [String])
    /// A theme could not be used and another one was loaded in its place.
    case replaced(ThemeError, by: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file): cannot read the theme: \(reason)"
        case .malformedJSON(let file, let problem):
            "\(file): not valid JSON: \(problem)"
        case .missingKey(let file, let key):
            "\(file): \(key): missing"
        case .unknownKey(let file, let key, let expected):
            "\(file): \(key): unknown key (expected one of \(expected.joined(separator: ", ")))"
        case .wrongType(let file, let key, let expected, let found):
            "\(file): \(key): expected \(expected), found \(found)"
        case .notOneOf(let file, let key, let value, let allowed):
            "\(file): \(key): \(value) is not one of \(allowed.joined(separator: ", "))"
        case .outOfRange(let file, let key, let value, let range):
            "\(file): \(key): \(value) is out of range (\(range.lowerBound) to \(range.upperBound))"
        case .nameMismatch(let file, let name, let expected):
            "\(file): name: \"\(name)\" does not match the file name (expected \"\(expected)\")"
        case .notFound(let name, let available):
            "no theme named \"\(name)\" (available: \(available.joined(separator: ", ")))"
        case .replaced(let reason, let fallback):
            "\(reason); using the \(fallback) theme instead"
        }
    }
}
