import PathwayCore

/// What the inline editor is editing, and so what Enter does with the text.
public enum EditTarget: Equatable, Sendable {
    case field(MilestoneID, String)
    case notes(MilestoneID)
    case date(MilestoneID, Status)
    case score(MilestoneID)
    case profile(ProfileField)
    /// The day of a new status, asked before the mark is made.
    case markDate(MilestoneID, Status)
    /// The score of a new exam result, asked after its date (empty for none).
    case markScore(MilestoneID, Status, CalendarDay)
    /// A new deadline: first its title, then its date.
    case deadlineTitle(MilestoneID)
    case deadlineDate(MilestoneID, title: String)
    /// The date of an existing deadline.
    case deadlineEditDate(id: String)
    /// The user's date for a season event of a cycle (empty goes back to the default).
    case seasonDate(cycle: Int, event: SeasonEventID)
    /// The programs table's filter, applied as it is typed.
    case programFilter
    /// The name of a new program.
    case programName
    /// One field of a program.
    case programField(id: String, ProgramField)
    /// The day of a program's interview, asked when it moves to "interview scheduled" (the day
    /// the interview is, not the day it was booked).
    case programInterviewDay(id: String)
    /// The day the programs reached a status, asked with today filled in before the mark.
    case programStatusDay(ids: [String], ProgramStatus)
    /// A new experience, after its kind was chosen: its site, then its start and end dates.
    case experienceSite(ExperienceKind)
    case experienceStart(ExperienceKind, site: String)
    case experienceEnd(ExperienceKind, site: String, start: CalendarDay)
    /// One field of an experience.
    case experienceField(id: String, ExperienceField)
    /// The writer of a new letter.
    case letterWriter
    /// One field of a letter.
    case letterField(id: String, LetterField)
    /// The day ERAS received a letter (empty: not received).
    case letterReceived(id: String)
    /// The letters per program above which imgpath warns (empty: ERAS's number).
    case letterLimit
    /// The day a letter was assigned to programs, asked with today filled in; the letter's
    /// assignment list opens again at `cursor` when it was chosen there.
    case letterAssignDay(id: String, programs: [String], cursor: ListCursor?)

    /// Whether the text may have several lines (notes): edited over the screen, not on a line.
    public var isMultiline: Bool {
        if case .notes = self { return true }
        return false
    }

    /// The prompt shown before the text.
    public var prompt: String {
        switch self {
        case .field(let id, let field): MilestoneCatalog[id].field(field)?.label ?? field
        case .notes: "Notes"
        case .date(_, let status): "Date \(status.label) (YYYY-MM-DD)"
        case .score: "Score"
        case .profile(let field): field.label
        case .markDate(let id, let status):
            // Scheduling an exam records the exam's day, not the day it was booked.
            id.isExam && status == .scheduled
                ? "\(MilestoneCatalog[id].shortName) scheduled, the exam on (YYYY-MM-DD)"
                : "\(MilestoneCatalog[id].shortName) \(status.label) on (YYYY-MM-DD)"
        case .markScore(let id, _, _):
            "\(MilestoneCatalog[id].shortName) score (\(EditorScreen.keyMap.key(.activate)) for none)"
        case .deadlineTitle(let id): "New \(MilestoneCatalog[id].shortName) deadline, what is due"
        case .deadlineDate: "Due on (YYYY-MM-DD)"
        case .deadlineEditDate: "New date (YYYY-MM-DD)"
        case .seasonDate(let cycle, let event): "\(event.title), \(cycle) Match (YYYY-MM-DD, empty: default)"
        case .programFilter: "Filter (text, status: visa: state: spec: fit: soap:)"
        case .programName: "New program, its name"
        case .programField(_, let field): field.label
        case .programInterviewDay: "Interview day (YYYY-MM-DD)"
        case .programStatusDay(let ids, let status):
            // "interview on" labels a day; a prompt for programs held there reads "interviewed on".
            (ids.count == 1 ? ids[0] : "\(ids.count) programs")
                + " \(status == .interviewed ? "interviewed on" : status.dateLabel) (YYYY-MM-DD)"
        case .experienceSite(let kind): "New \(kind.label), its site"
        case .experienceStart: "Start date (YYYY-MM-DD)"
        case .experienceEnd: "End date (YYYY-MM-DD)"
        case .experienceField(_, let field): field.label
        case .letterWriter: "New letter, its writer"
        case .letterField(_, let field): field.label
        case .letterReceived: "Received by ERAS on (YYYY-MM-DD, empty: not yet)"
        case .letterAssignDay(let id, let programs, _):
            "\(id) assigned to " + (programs.count == 1 ? programs[0] : "\(programs.count) programs")
                + " on (YYYY-MM-DD)"
        case .letterLimit:
            "Letters per program, \(LetterRules.limitRange.lowerBound) to \(LetterRules.limitRange.upperBound) "
                + "(empty: ERAS's \(LetterRules.defaultPerProgramLimit))"
        }
    }
}
