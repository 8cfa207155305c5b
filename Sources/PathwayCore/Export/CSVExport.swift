/// One RFC 4180 table of the history, the deadlines, the season events, US clinical experience
/// and letters, told apart by the first column, `type` (`history`, `deadline`, `event`,
/// `experience`, `letter`), so a spreadsheet can filter on it.
///
/// An experience row: its start in `date`, its kind in `kind`, site, place, dates and weeks in
/// `title`. A letter row: the day ERAS received it in `date` and `done`, `usPhysician` or
/// `other` in `kind`, the writer in `title`, the assignments in `note`, the experience in `source`.
///
/// Letter writers' and supervisors' names are left out unless `names` is set, as in the
/// Markdown report: a letter row then describes its writer (`US physician, internal medicine`),
/// and a history line that set a name says the name was set, not which.
///
/// Columns: type, id, milestone, date, at, kind, title, note, done, source. Fields holding a
/// comma, a quote or a line break are quoted (quotes doubled); lines end in CRLF.
public enum CSVExport {
    public static let columns = ["type", "id", "milestone", "date", "at", "kind", "title", "note", "done", "source"]

    public static func write(
        _ journal: Journal, today: CalendarDay, names: Bool = false, to sink: inout some ExportSink
    ) throws {
        try row(columns, to: &sink)
        // Every history line, undos and redos included, oldest first; read as it goes.
        try journal.forEachLine { line in
            let change = line.entry.change
            let kind = line.op == .change ? change.kindName : line.op.rawValue
            try row(
                [
                    "history", String(line.seq), change.milestone?.rawValue ?? "", change.day?.description ?? "",
                    line.at.description, kind, names ? change.summary : anonymousSummary(change),
                    change.noteText ?? "", "", "",
                ], to: &sink)
        }
        let pathway = journal.pathway
        for deadline in pathway.deadlines {
            try row(
                [
                    "deadline", deadline.id, deadline.milestone.rawValue, deadline.date.description, "", "",
                    deadline.title, deadline.note ?? "", deadline.done ? "true" : "false", "",
                ], to: &sink)
        }
        let calendar = SeasonCalendar(pathway: pathway, today: today)
        for event in calendar.events {
            try row(
                [
                    "event", event.id.rawValue, event.milestone.rawValue, event.date?.description ?? "", "",
                    event.origin.rawValue, "\(event.title) (\(calendar.cycle) Match)", "", "",
                    event.sourceText + (event.defaultEntry.map { " " + $0.source.url } ?? ""),
                ], to: &sink)
        }
        for entry in pathway.experiences {
            let place = [entry.city, entry.state].filter { !$0.isEmpty }.joined(separator: ", ")
            let title =
                [entry.site + (place.isEmpty ? "" : " (\(place))"), entry.specialty].filter { !$0.isEmpty }
                .joined(separator: ", ")
                + ", \(entry.start) to \(entry.end), \(entry.weeks) \(entry.weeks == 1 ? "week" : "weeks")"
                + (entry.isPlanned(today: today) ? ", planned" : "")
            try row(
                [
                    "experience", entry.id, "eras", entry.start.description, "", entry.kind.rawValue, title,
                    entry.notes,
                    "", names ? entry.supervisor : "",
                ], to: &sink)
        }
        for letter in pathway.letters {
            let assigned = letter.assignments.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            try row(
                [
                    "letter", letter.id, "eras", letter.received?.description ?? "", "",
                    letter.usPhysician ? "usPhysician" : "other",
                    names
                        ? [letter.writer, letter.title, letter.specialty, letter.institution].filter { !$0.isEmpty }
                            .joined(separator: ", ")
                        : letter.anonymousDescription,
                    assigned.joined(separator: "; "), letter.received == nil ? "false" : "true",
                    letter.experienceID ?? "",
                ], to: &sink)
        }
    }

    /// A change's summary without a writer's or supervisor's name in it.
    static func anonymousSummary(_ change: Change) -> String {
        switch change {
        case .editLetter(let id, .writer, _): "Letter \(id): \(LetterField.writer.label) set (name left out)"
        case .editExperience(let id, .supervisor, let value):
            "Experience \(id): \(ExperienceField.supervisor.label) "
                + (value.isEmpty ? "cleared" : "set (name left out)")
        default: change.summary
        }
    }

    /// One CSV line, CRLF-terminated.
    static func row(_ fields: [String], to sink: inout some ExportSink) throws {
        try sink.write(fields.map(field).joined(separator: ",") + "\r\n")
    }

    /// The first characters that make a spreadsheet read a cell as a formula.
    public static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// A field, quoted when it holds a comma, a quote, or a line break (RFC 4180, 2.6 and 2.7).
    ///
    /// A spreadsheet would run typed text that starts like a formula (`=HYPERLINK(...)`, `-2+3`,
    /// `@SUM`, or a tab or CR before one); a leading apostrophe keeps it text (OWASP's advice for
    /// CSV exports). Line breaks inside a field become LF, and other controls are shown as
    /// `TerminalText` shows them, so the table is safe to print on a terminal as well.
    public static func field(_ raw: String) -> String {
        let guarded = raw.first.map { formulaStarts.contains($0) } == true ? "'" + raw : raw
        let text = TerminalText.safeLines(guarded.replacingNewlines(with: "\n"))
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.unicodeScalars.append("\"") }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }
}

extension Change {
    /// The calendar day a change is about, if it has one (a result date, a deadline, an event).
    var day: CalendarDay? {
        switch self {
        case .mark(_, _, let date, _, _, _): date
        case .date(_, _, let date): date
        case .addDeadline(_, _, _, let date, _): date
        case .editDeadline(_, _, let date, _, _): date
        case .seasonDate(_, _, let date): date
        case .assignLetter(_, _, let date), .letterReceived(_, let date): date
        case .addExperience(let experience): experience.start
        default: nil
        }
    }

    /// Free text the change carries (a note), if any.
    var noteText: String? {
        switch self {
        case .mark(_, _, _, _, let note, _): note
        case .note(_, let text): text
        case .addDeadline(_, _, _, _, let note): note
        case .editDeadline(_, _, _, let note, _): note
        default: nil
        }
    }
}
