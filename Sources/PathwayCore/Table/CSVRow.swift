/// One record of a CSV file: its fields and the line of the file it starts on.
///
/// A quoted field may hold line breaks, so a record can span several lines of the file; `line`
/// is where it starts, which is what a person looks for in a spreadsheet or an editor.
public struct CSVRow: Equatable, Sendable {
    public let line: Int
    public let fields: [String]
    /// The column (1-based, in characters) where each field starts on its line.
    public let columns: [Int]

    public init(line: Int, fields: [String], columns: [Int]) {
        self.line = line
        self.fields = fields
        self.columns = columns
    }

    /// Whether every field is empty: spreadsheets save such rows below the data.
    public var isBlank: Bool { fields.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
}
