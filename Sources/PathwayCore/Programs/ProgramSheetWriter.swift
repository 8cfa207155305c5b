/// Writes programs as a CSV sheet that `program import` reads back to the same programs.
///
/// One row per program under `ProgramColumn`'s export headers, CRLF line ends, and text that a
/// spreadsheet would run as a formula kept as text (`CSVExport.field`); the reader takes that
/// guard off again, so the round trip is exact.
public enum ProgramSheetWriter {
    public static let columns = ProgramColumn.allCases

    /// The whole sheet: a header row and one row per program, in the order given.
    public static func sheet(_ programs: [Program]) -> String {
        var text = row(columns.map(\.header))
        for program in programs { text += row(columns.map { cell($0, of: program) }) }
        return text
    }

    static func row(_ cells: [String]) -> String { cells.map(CSVExport.field).joined(separator: ",") + "\r\n" }

    /// One program's cell in one column.
    static func cell(_ column: ProgramColumn, of program: Program) -> String {
        if let field = column.field { return field.text(of: program) }
        return switch column {
        case .status: program.status.rawValue
        case .addedOn: program.date(of: .considering)?.description ?? ""
        case .applied: program.date(of: .applied)?.description ?? ""
        case .invited: program.date(of: .invited)?.description ?? ""
        case .interview: program.interviewDay?.description ?? ""
        case .thankYou: program.thankYouSent?.description ?? ""
        case .rejected: program.date(of: .rejected)?.description ?? ""
        case .withdrawn: program.date(of: .withdrawn)?.description ?? ""
        case .id: program.id
        default: ""  // a column that holds a field, written above
        }
    }
}
