import PathwayCore

/// One line of the timeline screen; lines with a target can be selected and acted on.
public struct TimelineLine: Equatable, Sendable {
    /// What a selectable line stands for.
    public enum Target: Equatable, Sendable {
        case deadline(String)
        /// A season event among the dates coming up.
        case season(SeasonEventID)
        /// The same event in the season calendar section (a line of its own to select).
        case calendar(SeasonEventID)

        /// The season event, for either of its lines.
        public var seasonEvent: SeasonEventID? {
            switch self {
            case .deadline: nil
            case .season(let event), .calendar(let event): event
            }
        }
    }

    public var date: String = ""
    public var when: String = ""
    public var milestone: String = ""
    public var title: String
    public var role: StyleRole = .text
    public var target: Target?
    public var isHeader = false

    /// The lines of the timeline: overdue, coming up, the season calendar with its sources, and
    /// what was done and when.
    public static func lines(for state: AppState) -> [TimelineLine] {
        let agenda = state.agenda
        var lines: [TimelineLine] = []
        func item(_ entry: AgendaItem) -> TimelineLine {
            let role: StyleRole =
                entry.isOverdue
                ? .overdue
                : entry.isDone || !entry.needsAction
                    ? .muted
                    : entry.daysLeft <= 14 ? .dueSoon : .text
            let target: Target? =
                switch entry.source {
                case .deadline(let deadline): .deadline(deadline.id)
                case .season(let event): .season(event.id)
                case .interview, .thankYou, .experience: nil
                }
            let check = state.unicode ? "✔ " : "x "
            return TimelineLine(
                date: entry.date.description, when: entry.whenText,
                milestone: MilestoneCatalog[entry.milestone].shortName,
                title: (entry.isDone ? check : "") + TextWidth.visible(entry.title, unicode: state.unicode)
                    + (isSeason(entry) ? " (season)" : ""),
                role: role, target: target)
        }
        let overdue = agenda.overdue
        if !overdue.isEmpty {
            lines.append(TimelineLine(title: "Overdue", role: .overdue, isHeader: true))
            lines += overdue.map(item)
            lines.append(TimelineLine(title: "", isHeader: true))
        }
        lines.append(TimelineLine(title: "Coming up", role: .accent, isHeader: true))
        // A season date that no longer asks anything (a certified person's certificate deadline)
        // is not coming up; a deadline ticked off stays, marked, where Space unticks it.
        let coming = agenda.items.filter { $0.daysLeft >= 0 && ($0.needsAction || $0.isDeadline) }
        lines +=
            coming.isEmpty
            ? [
                TimelineLine(
                    title: "Nothing dated yet: \(TimelineScreen.keyMap.key(.newDeadline)) adds a deadline to a step.",
                    role: .muted)
            ] : coming.map(item)

        let calendar = agenda.calendar
        lines.append(TimelineLine(title: "", isHeader: true))
        lines.append(
            TimelineLine(
                title:
                    "Season calendar, \(calendar.cycle) Match (dates change every year; \(TimelineScreen.keyMap.key(.edit)) sets yours)",
                role: .accent, isHeader: true))
        for event in calendar.events {
            let days = event.date.map { state.today.days(until: $0) }
            lines.append(
                TimelineLine(
                    date: event.date?.description ?? "no date", when: days.map(AgendaItem.describe(daysLeft:)) ?? "",
                    milestone: MilestoneCatalog[event.milestone].shortName, title: event.title,
                    role: event.date == nil ? .muted : .text, target: .calendar(event.id)))
            lines.append(TimelineLine(title: "    " + event.sourceText, role: .muted))
        }

        // Past deadlines ticked off stay reachable (Space unticks them), with the results.
        let pastDone = agenda.items.filter { $0.isDeadline && $0.isDone && $0.daysLeft < 0 }.reversed().map(item)
        let done = pastDone + doneEvents(pathway: state.pathway)
        if !done.isEmpty {
            lines.append(TimelineLine(title: "", isHeader: true))
            lines.append(TimelineLine(title: "Done", role: .accent, isHeader: true))
            lines += done
        }
        return lines
    }

    /// Results and finished steps, newest first, with the day they happened: exam sittings from
    /// the attempts, other steps from the date their done status was reached (the records hold
    /// both, so the history file is not read to draw the screen).
    static func doneEvents(pathway: Pathway) -> [TimelineLine] {
        var events: [(date: CalendarDay, order: Int, line: TimelineLine)] = []
        for id in MilestoneID.allCases {
            let info = MilestoneCatalog[id]
            let record = pathway[id]
            for attempt in record.attempts {
                var text =
                    attempt.result == .incomplete
                    ? "incomplete attempt" : attempt.result == .passed ? Status.passed.label : Status.failed.label
                if let score = attempt.score { text += ", score \(score)" }
                events.append(
                    (
                        attempt.date, id.order,
                        TimelineLine(
                            date: attempt.date.description, milestone: info.shortName, title: text,
                            role: attempt.result == .passed ? .done : .failed)
                    ))
            }
            guard !id.isExam else { continue }
            // Results, and the milestones of the Match and of residency that happened on a day.
            let milestones: [Status] = [.unmatched, .ranked, .soap, .inTraining]
            for status in info.statuses
            where status != .notStarted && (info.isDone(status) || milestones.contains(status)) {
                guard let date = record.date(of: status) else { continue }
                events.append(
                    (
                        date, id.order,
                        TimelineLine(
                            date: date.description, milestone: info.shortName, title: status.label,
                            role: status == .unmatched ? .failed : .done)
                    ))
            }
        }
        return events.sorted { ($0.date, $0.order) > ($1.date, $1.order) }.map(\.line)
    }
}

extension TimelineLine {
    /// Whether an agenda item is an event of the season calendar.
    static func isSeason(_ item: AgendaItem) -> Bool {
        if case .season = item.source { return true }
        return false
    }
}
