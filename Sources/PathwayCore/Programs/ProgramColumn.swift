/// A column of a programs sheet, with the header names people give it (matched ignoring case,
/// spaces and punctuation), so a sheet kept by hand imports without renaming its columns.
///
/// `imgpath program export` writes the first name of each; the README lists them all.
public enum ProgramColumn: String, CaseIterable, Sendable {
    case id
    case name
    case code
    case specialty
    case city
    case state
    case visa
    case minimumStep2Score
    case maximumYearsSinceGraduation
    case requiresUSClinicalExperience
    case fee
    case status
    case applied
    case invited
    case interview
    case thankYou
    case rejected
    case withdrawn
    case soap
    case notes
    case addedOn
    case interviewTime
    case interviewTimeZone
    case interviewFormat
    case interviewPlace
    case interviewer
    case interviewNotes
    case rating

    /// Header names, the first being the one export writes.
    public var names: [String] {
        switch self {
        case .id: ["id", "imgpath id"]
        case .name: ["name", "program", "program name", "programme", "programme name", "residency program"]
        case .code: ["code", "nrmp code", "program code", "nrmp program code", "nrmp"]
        case .specialty: ["specialty", "speciality", "specialization"]
        case .city: ["city", "town"]
        case .state: ["state", "st", "us state"]
        case .visa:
            ["visa", "visa sponsorship", "visas", "visa sponsored", "sponsors visa", "visa sponsor", "sponsorship"]
        case .minimumStep2Score:
            [
                "min step 2", "step 2 minimum", "step 2 ck minimum", "minimum step 2 ck", "step 2 cutoff",
                "step 2 ck cutoff", "step2 cutoff", "min step 2 ck", "min score", "score cutoff",
            ]
        case .maximumYearsSinceGraduation:
            [
                "max years since graduation", "years since graduation", "yog cutoff", "max yog", "graduation cutoff",
                "yog", "max years",
            ]
        case .requiresUSClinicalExperience:
            ["requires usce", "usce required", "usce", "us clinical experience", "requires us clinical experience"]
        case .fee: ["fee", "fee paid", "cost", "application fee"]
        case .status: ["status", "stage", "application status"]
        case .applied: ["applied on", "applied", "date applied", "application date", "submitted"]
        case .invited: ["invite received on", "invited", "invite", "invite date", "interview invite", "invited on"]
        case .interview: ["interview on", "interview", "interview date", "interview day"]
        case .thankYou: ["thank-you sent on", "thank you", "thank-you", "thank you sent", "thank you note", "ty note"]
        case .rejected: ["rejected on", "rejected", "rejection date"]
        case .withdrawn: ["withdrawn on", "withdrawn", "withdrew"]
        case .soap: ["soap", "soap round"]
        case .notes: ["notes", "note", "comments", "comment"]
        case .addedOn: ["added on", "added", "date added"]
        case .interviewTime: ["interview time", "time"]
        case .interviewTimeZone: ["interview time zone", "time zone", "timezone", "tz", "interview zone"]
        case .interviewFormat: ["interview format", "format"]
        case .interviewPlace: ["interview place", "place", "location", "interview location"]
        case .interviewer: ["interviewer", "interviewers", "interviewed by"]
        case .interviewNotes: ["interview notes", "interview note"]
        case .rating: ["rating", "my rating", "stars"]
        }
    }

    /// The program's field the column holds as that field's text, as `program set` reads it;
    /// nil for the id, the status and the days, which a sheet holds in its own way.
    public var field: ProgramField? {
        switch self {
        case .name: .name
        case .code: .code
        case .specialty: .specialty
        case .city: .city
        case .state: .state
        case .visa: .visa
        case .minimumStep2Score: .minimumStep2Score
        case .maximumYearsSinceGraduation: .maximumYearsSinceGraduation
        case .requiresUSClinicalExperience: .requiresUSClinicalExperience
        case .fee: .fee
        case .soap: .soap
        case .notes: .notes
        case .interviewTime: .interviewTime
        case .interviewTimeZone: .interviewTimeZone
        case .interviewFormat: .interviewFormat
        case .interviewPlace: .interviewPlace
        case .interviewer: .interviewer
        case .interviewNotes: .interviewNotes
        case .rating: .rating
        case .id, .status, .applied, .invited, .interview, .thankYou, .rejected, .withdrawn, .addedOn: nil
        }
    }

    /// The header as export writes it.
    public var header: String { names[0] }

    /// The column a header names, or nil for a column imgpath does not read.
    public init?(header: String) {
        let folded = ProgramColumn.fold(header)
        guard let column = ProgramColumn.byFoldedName[folded] else { return nil }
        self = column
    }

    private static let byFoldedName: [String: ProgramColumn] = {
        var table: [String: ProgramColumn] = [:]
        for column in ProgramColumn.allCases {
            for name in column.names { table[fold(name)] = column }
        }
        return table
    }()

    /// Lower case, letters and digits only: "Step 2 CK Cut-off" and "step2ckcutoff" meet.
    static func fold(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
