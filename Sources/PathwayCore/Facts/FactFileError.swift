/// A problem in a facts file, naming the file, the line and the fact's id where it is known.
public struct FactFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    public let line: Int?
    public let id: String?
    public let reason: String

    public init(path: String, line: Int?, id: String?, reason: String) {
        self.path = path
        self.line = line
        self.id = id
        self.reason = reason
    }

    /// "facts/2027.json, line 4, id nrmp.2027.matchDay: the value must be a date (YYYY-MM-DD)".
    public var description: String {
        var text = path
        if let line { text += ", line \(line)" }
        if let id { text += ", id \(id)" }
        return text + ": " + reason
    }
}
