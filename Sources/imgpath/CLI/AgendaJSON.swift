import PathwayCore

/// The JSON forms of deadlines, season events and agenda items, shared by `deadline list`,
/// `calendar`, `agenda` and `next`.
enum AgendaJSON {
    /// A dated item: a personal deadline or a season event, with the days left from today.
    struct Item: Encodable {
        let type: String
        let id: String
        let milestone: String
        let title: String
        let date: String
        let daysLeft: Int
        let when: String
        let overdue: Bool
        let done: Bool?
        let note: String?
        let cycle: Int?
        let source: String?
        /// Whether the date is an estimate (a season date not yet published).
        let estimated: Bool

        /// An item of the plan: its agenda item when it has one; otherwise an estimated season
        /// date (`event`) or a step waiting for a day (`step`).
        init?(_ item: PlanItem, cycle: Int) {
            if let source = item.source {
                self = Item(source)
                return
            }
            guard let day = item.date, let milestone = item.milestone else { return nil }
            type = item.kind == .step ? "step" : "event"
            id = item.id
            self.milestone = milestone.rawValue
            title = item.text
            date = day.description
            daysLeft = item.daysLeft ?? 0
            when = item.whenText
            overdue = false
            done = nil
            note = item.kind == .step ? item.note : nil
            self.cycle = item.kind == .season ? cycle : nil
            source = item.kind == .season ? item.note : nil
            estimated = item.estimated
        }

        init(_ item: AgendaItem) {
            estimated = false
            id = item.id
            milestone = item.milestone.rawValue
            title = item.title
            date = item.date.description
            daysLeft = item.daysLeft
            when = item.whenText
            overdue = item.isOverdue
            switch item.source {
            case .deadline(let deadline):
                type = "deadline"
                done = deadline.done
                note = deadline.note
                cycle = nil
                source = nil
            case .season(let event):
                type = "event"
                done = nil
                note = nil
                cycle = event.cycle
                source = event.sourceText
            case .interview:
                type = "interview"
                done = item.isDone
                note = nil
                cycle = nil
                source = nil
            case .thankYou:
                type = "thankYou"
                done = item.isDone
                note = nil
                cycle = nil
                source = nil
            case .experience(let experience):
                type = "experience"
                done = nil
                note = experience.notes.isEmpty ? nil : experience.notes
                cycle = nil
                source = nil
            }
        }
    }

    /// Where a default date comes from.
    struct Source: Encodable {
        let kind: String
        let site: String
        let document: String
        let url: String
        let year: Int
        /// The day the date was checked; for an estimate, how it was made; whether it is old.
        let checked: String?
        let how: String?
        let mayBeOutOfDate: Bool

        init(_ source: SeasonSource) {
            kind = source.kind.rawValue
            site = source.site
            document = source.document
            url = source.url
            year = source.year
            checked = source.checked?.description
            how = source.note
            mayBeOutOfDate = source.ageNote != nil
        }
    }

    /// A default of some cycle, with its source.
    struct DefaultDate: Encodable {
        let cycle: Int
        let date: String
        let source: Source

        init(_ entry: SeasonDefaults.Entry) {
            cycle = entry.cycle
            date = entry.date.description
            source = Source(entry.source)
        }
    }

    /// One event of the season calendar.
    struct Event: Encodable {
        let id: String
        let title: String
        let milestone: String
        let date: String?
        let daysLeft: Int?
        let origin: String
        let userSet: Bool
        let sourceText: String
        let defaultDate: DefaultDate?
        let earlierCycle: DefaultDate?
        /// This cycle's estimate when the date is not set (never used as the date).
        let estimate: DefaultDate?

        init(_ event: SeasonEventEntry, today: CalendarDay) {
            id = event.id.rawValue
            title = event.title
            milestone = event.milestone.rawValue
            date = event.date?.description
            daysLeft = event.date.map { today.days(until: $0) }
            origin = event.origin.rawValue
            userSet = event.isUserSet
            sourceText = event.sourceText
            defaultDate = event.defaultEntry.map(DefaultDate.init)
            earlierCycle = event.earlierCycle.map(DefaultDate.init)
            estimate = event.estimate.map(DefaultDate.init)
        }
    }

    /// The whole season calendar of one cycle.
    struct Calendar: Encodable {
        let cycle: Int
        let chosen: Bool
        let today: String
        let events: [Event]

        init(_ calendar: SeasonCalendar, today: CalendarDay) {
            cycle = calendar.cycle
            chosen = calendar.isChosen
            self.today = today.description
            events = calendar.events.map { Event($0, today: today) }
        }
    }

    /// A line of a plain-text list: date, days left, title, milestone, id.
    static func line(_ item: AgendaItem) -> String {
        let mark = item.isDeadline ? (item.isDone ? "[x]" : "[ ]") : "   "
        return "  \(item.date)  \(item.whenText.padding(to: 13)) \(mark) \(Output.field(item.title))  "
            + "(\(MilestoneCatalog[item.milestone].shortName), \(item.id))"
    }

    /// A line of the plan: the agenda's line for a dated item; an estimate or a step says so.
    static func line(_ item: PlanItem) -> String {
        if let source = item.source { return line(source) }
        let date = item.date?.description ?? "now".padding(to: 10)
        let title = item.kind == .step ? "Step: \(item.text)" : Output.field(item.text)
        var text = "  \(date)  \(item.whenText.padding(to: 13))     \(title)"
        if item.estimated { text += " (estimated)" }
        if let milestone = item.milestone { text += "  (\(MilestoneCatalog[milestone].shortName), \(item.id))" }
        if item.kind == .step, let note = item.note { text += "\n      " + Output.field(note) }
        return text
    }
}
