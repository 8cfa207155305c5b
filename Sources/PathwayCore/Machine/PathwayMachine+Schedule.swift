/// The rules for deadlines and the season calendar: ids must exist, titles must say something,
/// dates must be plausible (a year typed as 2207 is refused rather than silently kept).
extension PathwayMachine {
    /// The days a personal deadline can fall on.
    public static let deadlineDays: ClosedRange<CalendarDay> = {
        let first = CalendarDay(year: 2000, month: 1, day: 1) ?? .epoch
        let last = CalendarDay(year: 2100, month: 12, day: 31) ?? .epoch
        return first...last
    }()

    static func evaluateSchedule(_ change: Change, in pathway: Pathway) -> Result<Decision, RuleViolation> {
        let accepted = { (change: Change) in
            Result<Decision, RuleViolation>.success(Decision(change: change, warnings: []))
        }
        switch change {
        case .addDeadline(let id, let milestone, let title, let date, let note):
            let cleanTitle = title.trimmingSpaces()
            guard !cleanTitle.isEmpty else { return .failure(.emptyTitle) }
            guard deadlineDays.contains(date) else {
                return .failure(.dateOutOfRange(date, allowed: deadlineDays, what: "a deadline"))
            }
            // The id is the machine's to give: a caller's id is only accepted when it is the next one,
            // so that ids stay unique and replays stay deterministic.
            let given = pathway.nextDeadlineID
            if let id, id != given {
                return .failure(.invalidValue(field: "deadline id", value: id, expected: given))
            }
            return accepted(
                .addDeadline(id: given, milestone: milestone, title: cleanTitle, date: date, note: cleanNote(note)))
        case .editDeadline(let id, let title, let date, let note, let done):
            guard let current = pathway.deadline(id) else {
                return .failure(.unknownDeadline(id, known: pathway.deadlines.map(\.id)))
            }
            let cleanTitle = title.map { $0.trimmingSpaces() }
            if let cleanTitle, cleanTitle.isEmpty { return .failure(.emptyTitle) }
            if let date, !deadlineDays.contains(date) {
                return .failure(.dateOutOfRange(date, allowed: deadlineDays, what: "a deadline"))
            }
            // Keep only the parts that change, so the history says exactly what was edited.
            let newNote = note.map { cleanNote($0) ?? "" }
            let edit = Change.editDeadline(
                id: id,
                title: cleanTitle == current.title ? nil : cleanTitle,
                date: date == current.date ? nil : date,
                note: newNote == (current.note ?? "") ? nil : newNote,
                done: done == current.done ? nil : done)
            guard edit != .editDeadline(id: id, title: nil, date: nil, note: nil, done: nil) else {
                return .failure(.noChange("deadline \(id) already reads that way"))
            }
            return accepted(edit)
        case .removeDeadline(let id):
            guard pathway.deadline(id) != nil else {
                return .failure(.unknownDeadline(id, known: pathway.deadlines.map(\.id)))
            }
            return accepted(change)
        case .seasonCycle(let cycle):
            if let cycle, !SeasonCalendar.cycleRange.contains(cycle) { return .failure(.cycleOutOfRange(cycle)) }
            guard pathway.season.cycle != cycle else {
                return .failure(
                    .noChange(
                        cycle.map { "the calendar already follows the \($0) Match" } ?? "the cycle is already automatic"
                    ))
            }
            return accepted(change)
        case .seasonDate(let cycle, let event, let date):
            guard SeasonCalendar.cycleRange.contains(cycle), let days = SeasonCalendar.plausibleDays(for: cycle) else {
                return .failure(.cycleOutOfRange(cycle))
            }
            if let date, !days.contains(date) {
                return .failure(.dateOutOfRange(date, allowed: days, what: "an event of the \(cycle) Match cycle"))
            }
            if let date, let refusal = event.yearRefusal(date, cycle: cycle) { return .failure(.conflict(refusal)) }
            guard pathway.season.date(event, cycle: cycle) != date else {
                return .failure(
                    .noChange(
                        date == nil
                            ? "\(event.title) has no date of yours to clear"
                            : "\(event.title) is already \(date.map(String.init(describing:)) ?? "")"))
            }
            return .success(Decision(change: change, warnings: seasonWarnings(after: change, in: pathway)))
        default:
            return .failure(.noChange("not a deadline or calendar change"))
        }
    }

    /// Advice after a season date changes: a rank order list deadline after Match Day of the same
    /// cycle cannot be right (the lists are matched before Match Day).
    static func seasonWarnings(after change: Change, in pathway: Pathway) -> [RuleWarning] {
        guard case .seasonDate(let cycle, let event, _) = change, event == .rankOrderListDeadline || event == .matchDay
        else { return [] }
        var probe = pathway
        probe.apply(change)
        let calendar = SeasonCalendar(pathway: probe, today: .epoch, cycle: cycle)
        guard let deadline = calendar.event(.rankOrderListDeadline)?.date,
            let matchDay = calendar.event(.matchDay)?.date,
            deadline > matchDay
        else { return [] }
        return [
            RuleWarning(
                "the \(cycle) rank order list deadline (\(deadline)) falls after Match Day (\(matchDay)); "
                    + "check both dates", source: "nrmp.org, Main Residency Match calendar, 2025")
        ]
    }

    /// A note without surrounding spaces; nil when nothing is left.
    private static func cleanNote(_ note: String?) -> String? {
        guard let text = note?.trimmingSpaces(), !text.isEmpty else { return nil }
        return text
    }
}
