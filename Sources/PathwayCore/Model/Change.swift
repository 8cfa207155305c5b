/// One change a person asks for. Accepted changes are kept, in order, as the history.
public enum Change: Equatable, Sendable {
    /// Move a milestone to a status, with the day it happened, a score and a note.
    /// `incomplete` records a failed exam sitting as incomplete (it still counts as an attempt).
    case mark(MilestoneID, Status, date: CalendarDay?, score: Int?, note: String?, incomplete: Bool)
    /// Tick or untick a checklist item.
    case tick(MilestoneID, item: String, done: Bool)
    /// Replace the notes of a milestone.
    case note(MilestoneID, text: String)
    /// Set (or, with nil, clear) a milestone field.
    case detail(MilestoneID, field: String, value: String?)
    /// Set the date a status was reached, or the test date for `scheduled`.
    case date(MilestoneID, Status, CalendarDay?)
    /// Set the score of the latest exam attempt.
    case score(MilestoneID, Int?)
    /// Set (or clear) a profile field.
    case profile(ProfileField, value: String?)
    /// Add a personal deadline to a milestone. A nil `id` asks the machine for the next free one
    /// (`dl-<n>`); the recorded change always carries it, so replays give the same ids.
    case addDeadline(id: String?, milestone: MilestoneID, title: String, date: CalendarDay, note: String?)
    /// Change a deadline. A nil part stays as it is; an empty note clears the note.
    case editDeadline(id: String, title: String?, date: CalendarDay?, note: String?, done: Bool?)
    /// Remove a deadline (undo brings it back: the history is replayed without this change).
    case removeDeadline(id: String)
    /// Choose the Match cycle the season calendar follows (the year of the Match); nil goes back
    /// to the automatic choice.
    case seasonCycle(Int?)
    /// Enter the date of a season event for a cycle, overriding the default; nil clears it.
    case seasonDate(cycle: Int, event: SeasonEventID, date: CalendarDay?)
    /// Add a program to the application season. An empty id asks the machine for the next free
    /// one (`pg-<n>`); the recorded change always carries it.
    case addProgram(Program)
    /// Set one field of a program from text, as `ProgramField` reads it.
    case editProgram(id: String, field: ProgramField, value: String)
    /// Move a program to a status, with the day it happened.
    case markProgram(id: String, status: ProgramStatus, date: CalendarDay?)
    /// Remove a program (undo brings it back).
    case removeProgram(id: String)
    /// Move several programs to one status on one day, as one change: one undo takes it back,
    /// and a refusal for any of them leaves them all as they were.
    case markPrograms(ids: [String], status: ProgramStatus, date: CalendarDay?)
    /// Remove several programs as one change.
    case removePrograms(ids: [String])
    /// Add and update programs from a sheet as one change, so one undo takes the import back.
    case importPrograms([Program])
    /// Move a program to a 1-based position on the rank order list.
    case rankMove(id: String, position: Int)
    /// Record the day the rank order list was certified.
    case rankCertify(CalendarDay)
    /// Add a US clinical experience. An empty id asks the machine for the next free one (`ce-<n>`).
    case addExperience(ClinicalExperience)
    /// Set one field of an experience from text, as `ExperienceField` reads it.
    case editExperience(id: String, field: ExperienceField, value: String)
    /// Remove an experience (undo brings it back).
    case removeExperience(id: String)
    /// Add a letter of recommendation. An empty id asks the machine for the next free one (`lr-<n>`).
    case addLetter(Letter)
    /// Set one field of a letter from text, as `LetterField` reads it.
    case editLetter(id: String, field: LetterField, value: String)
    /// Remove a letter (undo brings it back).
    case removeLetter(id: String)
    /// Assign a letter to a program on a day (nil: today; the recorded change carries the day).
    case assignLetter(id: String, program: String, date: CalendarDay?)
    /// Assign a letter to several programs on one day, as one change.
    case assignLetterToPrograms(id: String, programs: [String], date: CalendarDay?)
    /// Take a letter off a program.
    case unassignLetter(id: String, program: String)
    /// Record the day ERAS showed a letter as received; nil unticks it.
    case letterReceived(id: String, date: CalendarDay?)
    /// Set the letters allowed per program; nil goes back to ERAS's number.
    case letterLimit(Int?)

    /// A short mark with only a status, for tests and simple callers.
    public static func mark(_ id: MilestoneID, _ status: Status, date: CalendarDay? = nil) -> Change {
        .mark(id, status, date: date, score: nil, note: nil, incomplete: false)
    }

    /// A short deadline addition, for tests and simple callers.
    public static func addDeadline(
        _ milestone: MilestoneID, _ title: String, _ date: CalendarDay, note: String? = nil
    ) -> Change {
        .addDeadline(id: nil, milestone: milestone, title: title, date: date, note: note)
    }

    /// Whether the rules and the change read only the milestones, the profile, the deadlines and
    /// the season calendar, so a pathway holding only the programs in play can take it (see
    /// `Pathway.hasAllPrograms`). Programs, the rank order list, letters and experiences need the
    /// whole list of programs.
    public var needsOnlyProgramsInPlay: Bool {
        switch self {
        case .mark, .tick, .note, .detail, .date, .score, .profile, .addDeadline, .editDeadline, .removeDeadline,
            .seasonCycle, .seasonDate:
            true
        default: false
        }
    }

    /// The milestone the change is about, if any.
    public var milestone: MilestoneID? {
        switch self {
        case .mark(let id, _, _, _, _, _), .tick(let id, _, _), .note(let id, _), .detail(let id, _, _),
            .date(let id, _, _), .score(let id, _):
            id
        case .addDeadline(_, let id, _, _, _): id
        case .seasonDate(_, let event, _): event.milestone
        case .addProgram, .editProgram, .markProgram, .removeProgram, .importPrograms, .markPrograms,
            .removePrograms:
            .eras
        case .rankMove, .rankCertify: .match
        case .addExperience, .editExperience, .removeExperience, .addLetter, .editLetter, .removeLetter,
            .assignLetter, .assignLetterToPrograms, .unassignLetter, .letterReceived, .letterLimit:
            .eras
        case .profile, .editDeadline, .removeDeadline, .seasonCycle: nil
        }
    }

    /// One line saying what the change does, for the history and the status line.
    public var summary: String {
        switch self {
        case .mark(let id, let status, let date, let score, let note, let incomplete):
            var text = "\(MilestoneCatalog[id].shortName): \(incomplete ? "incomplete attempt" : status.label)"
            if let date { text += " on \(date)" }
            if let score { text += ", score \(score)" }
            if let note, !note.isEmpty { text += " (note)" }
            return text
        case .tick(let id, let item, let done):
            let label = MilestoneCatalog[id].item(item)?.label ?? item
            return "\(MilestoneCatalog[id].shortName): \(done ? "ticked" : "unticked") \(label)"
        case .note(let id, let text):
            return "\(MilestoneCatalog[id].shortName): notes \(text.isEmpty ? "cleared" : "edited")"
        case .detail(let id, let field, let value):
            let label = MilestoneCatalog[id].field(field)?.label ?? field
            return "\(MilestoneCatalog[id].shortName): \(label) \(value.map { "set to \($0)" } ?? "cleared")"
        case .date(let id, let status, let day):
            return "\(MilestoneCatalog[id].shortName): \(status.label) date "
                + (day.map { "set to \($0)" } ?? "cleared")
        case .score(let id, let score):
            return "\(MilestoneCatalog[id].shortName): score " + (score.map { "set to \($0)" } ?? "cleared")
        case .profile(let field, let value):
            let shown: String? =
                switch field {
                case .citizenship: value.flatMap(Citizenship.init(rawValue:))?.label ?? value
                case .visaTrack: value.flatMap(VisaTrack.init(rawValue:))?.label ?? value
                default: value
                }
            return "Profile: \(field.label) " + (shown.map { "set to \($0)" } ?? "cleared")
        case .addDeadline(let id, let milestone, let title, let date, _):
            return
                "\(MilestoneCatalog[milestone].shortName): deadline \(id.map { "\($0) " } ?? "")\"\(title)\" on \(date)"
        case .editDeadline(let id, let title, let date, let note, let done):
            var parts: [String] = []
            if let title { parts.append("title \"\(title)\"") }
            if let date { parts.append("date \(date)") }
            if let note { parts.append(note.isEmpty ? "note cleared" : "note edited") }
            if let done { parts.append(done ? "done" : "not done") }
            return "Deadline \(id): " + (parts.isEmpty ? "unchanged" : parts.joined(separator: ", "))
        case .removeDeadline(let id):
            return "Deadline \(id) removed"
        case .seasonCycle(let cycle):
            return "Season calendar: " + (cycle.map { "following the \($0) Match" } ?? "cycle chosen automatically")
        case .seasonDate(let cycle, let event, let date):
            return "Season calendar \(cycle): \(event.title) " + (date.map { "set to \($0)" } ?? "back to the default")
        case .addProgram(let program):
            return "Program \(program.id.isEmpty ? "" : program.id + " ")\"\(program.name)\" added"
        case .editProgram(let id, .thankYouSent, ProgramField.dismissed):
            return "Program \(id): thank-you reminder dismissed"
        case .editProgram(let id, let field, let value):
            return "Program \(id): \(field.label) "
                + (value.isEmpty
                    ? "cleared" : field == .notes || field == .interviewNotes ? "edited" : "set to \(value)")
        case .markProgram(let id, let status, let date):
            return "Program \(id): \(status.label)" + (date.map { " on \($0)" } ?? "")
        case .removeProgram(let id):
            return "Program \(id) removed"
        case .markPrograms(let ids, let status, let date):
            return "Programs \(Change.list(ids)): \(status.label)" + (date.map { " on \($0)" } ?? "")
        case .removePrograms(let ids):
            return "Programs \(Change.list(ids)) removed"
        case .importPrograms(let list):
            return "Programs imported: \(list.count) " + (list.count == 1 ? "program" : "programs")
        case .rankMove(let id, let position):
            return "Rank order list: \(id) moved to \(position)"
        case .rankCertify(let day):
            return "Rank order list certified on \(day)"
        case .addExperience(let experience):
            return "Experience \(experience.id.isEmpty ? "" : experience.id + " ")\"\(experience.site)\" added ("
                + "\(experience.kind.label), \(experience.start) to \(experience.end))"
        case .editExperience(let id, let field, let value):
            return "Experience \(id): \(field.label) "
                + (value.isEmpty ? "cleared" : field == .notes ? "edited" : "set to \(value)")
        case .removeExperience(let id):
            return "Experience \(id) removed"
        case .addLetter(let letter):
            // The writer's name stays out of the one-line summary, which the history shows.
            return "Letter \(letter.id.isEmpty ? "" : letter.id + " ")added (\(letter.anonymousDescription))"
        case .editLetter(let id, let field, let value):
            return "Letter \(id): \(field.label) " + (value.isEmpty ? "cleared" : "set to \(value)")
        case .removeLetter(let id):
            return "Letter \(id) removed"
        case .assignLetter(let id, let program, let date):
            return "Letter \(id) assigned to \(program)" + (date.map { " on \($0)" } ?? "")
        case .assignLetterToPrograms(let id, let programs, let date):
            return "Letter \(id) assigned to \(Change.list(programs))" + (date.map { " on \($0)" } ?? "")
        case .unassignLetter(let id, let program):
            return "Letter \(id) no longer assigned to \(program)"
        case .letterReceived(let id, let date):
            return "Letter \(id): " + (date.map { "received by ERAS on \($0)" } ?? "marked not received")
        case .letterLimit(let limit):
            return "Letters per program: "
                + (limit.map(String.init) ?? "back to ERAS's \(LetterRules.defaultPerProgramLimit)")
        }
    }
}

extension Change {
    /// Ids in a one-line summary: all of a few, the first few and a count of the rest of many.
    static func list(_ ids: [String]) -> String {
        let shown = 3
        guard ids.count > shown + 1 else { return ids.joined(separator: ", ") }
        return ids.prefix(shown).joined(separator: ", ") + " and \(ids.count - shown) more"
    }
}
