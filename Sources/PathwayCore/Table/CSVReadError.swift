/// Why a CSV file could not be read, with the line and column a person can find in an editor.
public struct CSVReadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The 1-based line of the file where the problem is.
    public let line: Int
    /// The 1-based column (in characters) on that line.
    public let column: Int
    public let reason: String

    public init(line: Int, column: Int, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String { "line \(line), column \(column): \(reason)" }
}
