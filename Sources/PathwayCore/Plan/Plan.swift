/// What to do next and by when, as of one day: the one computation behind `status`, `next`,
/// `plan`, `agenda` and the screen's next line.
///
/// Items come in this order: overdue deadlines and notes, oldest first; what falls due within
/// `soonDays`; the next steps of the pathway possible now, in the order of advice; then later
/// dates, among them the steps that wait, each on the earliest day it becomes possible. Nothing
/// done or past is listed as coming up. Season dates not yet published are the facts'
/// estimates, marked so.
public struct Plan: Equatable, Sendable {
    public let today: CalendarDay
    /// The season calendar the plan follows.
    public let calendar: SeasonCalendar
    public let items: [PlanItem]
    /// The dated items the plan was made from (deadlines, season dates, interviews, notes), kept
    /// so a reader that also needs them (the checklist's days column, the timeline's ticked
    /// deadlines) does not compute them a second time.
    public let agenda: Agenda

    /// Dates within this many days come before the next step; later ones give way to it.
    public static let soonDays = 60

    /// The plan of `pathway` on `today`. `previous`, the plan before a change, lets the agenda
    /// take its interviews again when the change left the programs alone (see `Agenda`).
    public init(pathway: Pathway, today: CalendarDay, book: FactBook = .current, previous: Plan? = nil) {
        self.today = today
        let agenda = Agenda(pathway: pathway, today: today, previous: previous?.agenda)
        self.agenda = agenda
        calendar = agenda.calendar
        let overdue = agenda.overdue.map { Plan.item($0, today: today) }
        var dated = agenda.items.filter { !$0.isOverdue && $0.needsAction && $0.daysLeft >= 0 }.map {
            Plan.item($0, today: today)
        }
        dated += Plan.estimatedEvents(pathway: pathway, calendar: calendar, today: today)
        if let recertify = Plan.recertify(pathway: pathway, calendar: calendar, today: today) {
            dated.append(recertify)
        }
        // Found once for the whole plan: the season dates and the steps both ask.
        let lost = Plan.cycleWithoutPosition(pathway: pathway, today: today)
        let followed = agenda.calendar.cycle
        dated = Plan.byDate(
            dated.filter { Plan.stillMeant($0, pathway: pathway, cycle: followed, lost: lost) }, today: today)
        let steps = PlanSteps(pathway: pathway, calendar: calendar, today: today, book: book, lost: lost)
        let soon = dated.filter { ($0.daysLeft ?? 0) <= Plan.soonDays }
        let later = dated.filter { ($0.daysLeft ?? 0) > Plan.soonDays }
        // A step that waits for a day takes its place among the later dates.
        items = overdue + soon + steps.now + Plan.byDate(steps.waiting + later, today: today)
    }

    /// Items by date, keeping their order on the same day (a stable sort).
    static func byDate(_ items: [PlanItem], today: CalendarDay) -> [PlanItem] {
        items.enumerated().sorted { a, b in
            let (x, y) = (a.element.date ?? today, b.element.date ?? today)
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
    }

    /// The one thing to look at now; nil when nothing is left to do.
    public var next: PlanItem? { items.first }

    /// The first step of the pathway: what `status` and the screen's next line show.
    public var nextStep: PlanItem? { items.first { $0.kind == .step } }

    /// Overdue items, the oldest first.
    public var overdue: [PlanItem] { items.filter { $0.kind == .overdue } }

    /// The items without a date or dated from today to `days` days ahead, in plan order.
    public func within(days: Int) -> [PlanItem] {
        items.filter { item in item.daysLeft.map { $0 <= days } ?? true }
    }

    /// The dated items, overdue ones included, from the past to `days` days ahead, by date: the
    /// agenda's list.
    public func dated(withinDays days: Int) -> [PlanItem] {
        Plan.byDate(items.filter { item in item.daysLeft.map { $0 <= days } ?? false }, today: today)
    }

    /// An item of the agenda as a plan item.
    static func item(_ item: AgendaItem, today: CalendarDay) -> PlanItem {
        let kind: PlanItem.Kind
        var program: String?
        var note: String?
        switch item.source {
        case .deadline(let deadline):
            kind = item.isOverdue ? .overdue : .deadline
            note = deadline.note
        case .season(let event):
            kind = .season
            note = event.sourceText
        case .thankYou(let found):
            kind = item.isOverdue ? .overdue : .reminder
            program = found.id
        case .interview(let found):
            kind = .reminder
            program = found.id
        case .experience:
            kind = .reminder
        }
        return PlanItem(
            kind: kind, date: item.date, today: today, text: item.title, milestone: item.milestone, program: program,
            id: item.id, note: note, source: item)
    }

    /// Season events with no date but an estimate, still ahead and still asking something of the
    /// person, marked as estimates with how each was made. Only for a cycle the person follows (chosen,
    /// or with ERAS or the Match under way): a guessed cycle's guessed dates would be noise.
    static func estimatedEvents(pathway: Pathway, calendar: SeasonCalendar, today: CalendarDay) -> [PlanItem] {
        let follows =
            calendar.isChosen || pathway[.eras].status != .notStarted || pathway[.match].status != .notStarted
        guard follows else { return [] }
        return calendar.events.compactMap { event in
            guard event.date == nil, let estimate = event.estimate, estimate.date >= today,
                !pathway.isDone(event.milestone)
            else { return nil }
            return PlanItem(
                kind: .season, date: estimate.date, today: today, text: event.title, milestone: event.milestone,
                estimated: true, id: event.id.rawValue, note: "estimated: " + (estimate.source.note ?? "an estimate"))
        }
    }

    /// Whether a season date still asks something of this person. None does once USMLE
    /// eligibility has ended (the road is closed at the exams). After a Match without a
    /// position, once SOAP is over, that cycle's residency start and certificate deadline do not:
    /// the next cycle's dates are the ones to follow. `cycle` is the one the plan follows, `lost`
    /// the one without a position (`cycleWithoutPosition`).
    static func stillMeant(_ item: PlanItem, pathway: Pathway, cycle: Int, lost: Int?) -> Bool {
        guard item.kind == .season else { return true }
        if pathway.stepAtAttemptLimit != nil { return false }
        return !(lost == cycle && (item.milestone == .residency || item.milestone == .ecfmg))
    }

    /// The Match cycle the person went through unmatched, once its SOAP is over (its dates, or
    /// their estimates, from that cycle's own calendar, whichever cycle the plan follows); nil
    /// otherwise.
    static func cycleWithoutPosition(pathway: Pathway, today: CalendarDay) -> Int? {
        guard pathway[.match].status == .unmatched, let day = pathway[.match].date(of: .unmatched) else { return nil }
        // A Match is in March: the year of the day it was lost is its cycle.
        let cycle = day.year
        let calendar = SeasonCalendar(pathway: pathway, today: today, cycle: cycle)
        guard let ends = Plan.day(of: .soapEnds, in: calendar), today > ends.day else { return nil }
        return cycle
    }

    /// The id of the item that asks to certify the rank order list again.
    public static let recertifyID = "rankOrderRecertify"

    /// When programs were interviewed after the rank order list was certified: certify it again
    /// by the deadline (while it is still ahead).
    static func recertify(pathway: Pathway, calendar: SeasonCalendar, today: CalendarDay) -> PlanItem? {
        let added = pathway.rankOrder.addedSinceCertified(pathway.programs)
        guard !added.isEmpty, !pathway.isDone(.match),
            let deadline = Plan.day(of: .rankOrderListDeadline, in: calendar), deadline.day >= today
        else { return nil }
        return PlanItem(
            kind: .deadline, date: deadline.day, today: today,
            text: "Rank order list changed since certified: certify again", milestone: .match,
            program: added.first?.id, estimated: deadline.estimated, id: recertifyID,
            note: "not on the certified list: " + added.map(\.name).joined(separator: ", "))
    }

    /// The day an event of the calendar falls on, the estimate when no date is set, and whether
    /// that is an estimate.
    static func day(of id: SeasonEventID, in calendar: SeasonCalendar) -> (day: CalendarDay, estimated: Bool)? {
        guard let event = calendar.event(id) else { return nil }
        if let date = event.date { return (date, false) }
        return event.estimate.map { ($0.date, true) }
    }
}
