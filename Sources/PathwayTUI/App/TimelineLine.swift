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

    /// The lines of the timeline: overdue and coming up from the plan (so they say what
    /// `agenda`, "Coming up" and the next line say), the season calendar with its sources while
    /// the Match is ahead, and what was done and when.
    public static func lines(for state: AppState) -> [TimelineLine] {
        let plan = state.plan
        let pathway = state.pathway
        var lines: [TimelineLine] = []
        if !plan.overdue.isEmpty {
            lines.append(TimelineLine(title: "Overdue", role: .overdue, isHeader: true))
            lines += plan.overdue.map { item($0, state: state) }
            lines.append(TimelineLine(title: "", isHeader: true))
        }
        lines.append(TimelineLine(title: "Coming up", role: .accent, isHeader: true))
        // The dated part of the plan from today on: deadlines, season dates (estimates marked),
        // interviews, notes, and the steps that wait for a day. Nothing done or past.
        let coming = plan.dated(withinDays: Int.max).filter { $0.kind != .overdue && ($0.daysLeft ?? 0) >= 0 }
        lines +=
            coming.isEmpty
            ? [
                TimelineLine(
                    title: "Nothing dated yet: \(TimelineScreen.keyMap.key(.newDeadline)) adds a deadline to a step.",
                    role: .muted)
            ] : coming.map { item($0, state: state) }

        lines.append(TimelineLine(title: "", isHeader: true))
        lines += seasonLines(plan.calendar, state: state)

        // Deadlines ticked off stay reachable (Space unticks them), with the results.
        let tickedOff = plan.agenda.items.filter { $0.isDeadline && $0.isDone }.reversed().map {
            ticked($0, state: state)
        }
        let done = tickedOff + doneEvents(pathway: pathway)
        if !done.isEmpty {
            lines.append(TimelineLine(title: "", isHeader: true))
            lines.append(TimelineLine(title: "Done", role: .accent, isHeader: true))
            lines += done
        }
        return lines
    }

    /// A line for an item of the plan. Deadlines and season dates can be selected (to tick,
    /// edit or set them); a step waiting for its day is there to be seen.
    static func item(_ entry: PlanItem, state: AppState) -> TimelineLine {
        let days = entry.daysLeft ?? 0
        let role: StyleRole = entry.kind == .overdue ? .overdue : days <= 14 ? .dueSoon : .text
        var target: Target?
        switch entry.source?.source {
        case .deadline(let deadline): target = .deadline(deadline.id)
        case .season(let event): target = .season(event.id)
        case .interview, .thankYou, .experience: target = nil
        case nil: target = entry.kind == .season ? SeasonEventID(rawValue: entry.id).map(Target.season) : nil
        }
        var title = TextWidth.visible(entry.text, unicode: state.unicode)
        if entry.kind == .season { title += entry.estimated ? " (season, estimated)" : " (season)" }
        if entry.kind == .step { title += entry.estimated ? " (from this day, estimated)" : " (from this day)" }
        // "~" after the days marks an estimate, as in "Coming up", when a long title is cut.
        return TimelineLine(
            date: entry.date?.description ?? "", when: entry.whenText + (entry.estimated ? " ~" : ""),
            milestone: entry.milestone.map { MilestoneCatalog[$0].shortName } ?? "", title: title, role: role,
            target: target)
    }

    /// A deadline ticked off, marked done, under "Done".
    static func ticked(_ entry: AgendaItem, state: AppState) -> TimelineLine {
        let check = state.unicode ? "✔ " : "x "
        let target: Target? =
            if case .deadline(let deadline) = entry.source { .deadline(deadline.id) } else { nil }
        return TimelineLine(
            date: entry.date.description, when: entry.whenText, milestone: MilestoneCatalog[entry.milestone].shortName,
            title: check + TextWidth.visible(entry.title, unicode: state.unicode), role: .muted, target: target)
    }

    /// The season calendar with the source of each date, while the Match is ahead. An event of a
    /// step already done says so instead of counting days (a certified person's certificate
    /// deadline asks nothing more). Once matched or in residency the cycle's dates ask nothing
    /// more, and one line says so instead of a calendar of past or unknown dates.
    static func seasonLines(_ calendar: SeasonCalendar, state: AppState) -> [TimelineLine] {
        let pathway = state.pathway
        let editKey = TimelineScreen.keyMap.key(.edit)
        if pathway.isDone(.match) || pathway[.residency].status != .notStarted {
            return [
                TimelineLine(title: "Season calendar, \(calendar.cycle) Match", role: .accent, isHeader: true),
                TimelineLine(
                    title: "Behind you: its dates ask nothing more (imgpath calendar still lists them).",
                    role: .muted),
            ]
        }
        var lines = [
            TimelineLine(
                title: "Season calendar, \(calendar.cycle) Match (dates change every year; \(editKey) sets yours)",
                role: .accent, isHeader: true)
        ]
        for event in calendar.events {
            let asks = !pathway.isDone(event.milestone)
            let days = event.date.map { state.today.days(until: $0) }
            lines.append(
                TimelineLine(
                    date: event.date?.description ?? "no date",
                    when: asks ? days.map(AgendaItem.describe(daysLeft:)) ?? "" : "",
                    milestone: MilestoneCatalog[event.milestone].shortName,
                    title: event.title + (asks ? "" : " (done)"), role: event.date == nil || !asks ? .muted : .text,
                    target: .calendar(event.id)))
            lines.append(TimelineLine(title: "    " + event.sourceText, role: .muted))
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
