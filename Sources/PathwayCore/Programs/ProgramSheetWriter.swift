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
        switch column {
        case .id: program.id
        case .name: ProgramField.name.text(of: program)
        case .code: ProgramField.code.text(of: program)
        case .specialty: ProgramField.specialty.text(of: program)
        case .city: ProgramField.city.text(of: program)
        case .state: ProgramField.state.text(of: program)
        case .visa: ProgramField.visa.text(of: program)
        case .minimumStep2Score: ProgramField.minimumStep2Score.text(of: program)
        case .maximumYearsSinceGraduation: ProgramField.maximumYearsSinceGraduation.text(of: program)
        case .requiresUSClinicalExperience: ProgramField.requiresUSClinicalExperience.text(of: program)
        case .fee: ProgramField.fee.text(of: program)
        case .status: program.status.rawValue
        case .applied: program.date(of: .applied)?.description ?? ""
        case .invited: program.date(of: .invited)?.description ?? ""
        case .interview: program.interviewDay?.description ?? ""
        case .thankYou: program.thankYouSent?.description ?? ""
        case .rejected: program.date(of: .rejected)?.description ?? ""
        case .withdrawn: program.date(of: .withdrawn)?.description ?? ""
        case .soap: program.soap ? "yes" : "no"
        case .notes: program.notes
        case .addedOn: program.date(of: .considering)?.description ?? ""
        case .interviewTime: ProgramField.interviewTime.text(of: program)
        case .interviewTimeZone: ProgramField.interviewTimeZone.text(of: program)
        case .interviewFormat: ProgramField.interviewFormat.text(of: program)
        case .interviewPlace: ProgramField.interviewPlace.text(of: program)
        case .interviewer: ProgramField.interviewer.text(of: program)
        case .interviewNotes: ProgramField.interviewNotes.text(of: program)
        case .rating: ProgramField.rating.text(of: program)
        }
    }
}
