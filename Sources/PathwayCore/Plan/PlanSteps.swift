/// The next steps of the pathway as plan items, each dated with the earliest day it becomes
/// possible: an exam's result from its day, matched from Match Day, completing residency
/// once its length is served, the license once the state's training years are served.
struct PlanSteps {
    /// Steps possible today, in the order of advice.
    let now: [PlanItem]
    /// Steps that wait for a day, the soonest first (the order of advice on a tie).
    let waiting: [PlanItem]

    /// `lost`: the Match cycle the person went through without a position, once its SOAP is over
    /// (`Plan.cycleWithoutPosition`).
    init(pathway: Pathway, calendar: SeasonCalendar, today: CalendarDay, book: FactBook, lost: Int?) {
        var now: [PlanItem] = []
        var later: [PlanItem] = []
        for id in pathway.adviceOrder where !pathway.isDone(id) && !pathway.isOvertaken(id) {
            guard
                let step = PlanSteps.step(
                    id, pathway: pathway, calendar: calendar, today: today, book: book, lost: lost)
            else { continue }
            if step.date == nil { now.append(step) } else { later.append(step) }
        }
        self.now = now
        waiting = Plan.byDate(later, today: today)
    }

    /// The step of one milestone, or nil when it has none to suggest.
    static func step(
        _ id: MilestoneID, pathway: Pathway, calendar: SeasonCalendar, today: CalendarDay, book: FactBook,
        lost: Int?
    ) -> PlanItem? {
        // Completing residency is suggested from the day its length is served: ask as of that day.
        let asOf = id == .residency ? max(today, pathway.programEnd ?? today) : today
        guard var status = PathwayMachine.suggestedNext(for: id, in: pathway, today: asOf) else { return nil }
        if let lost {
            // SOAP is over: the way on is the next cycle's Match, and no residency from that cycle.
            if id == .residency, calendar.cycle == lost { return nil }
            if id == .match, status == .soap, TransitionTable.next(.match, from: .unmatched).contains(.registered) {
                status = .registered
            }
        }
        var earliest: CalendarDay?
        var estimated = false
        var notes: [String] = []
        switch (id, status) {
        case (_, _) where id.isExam:
            let record = pathway[id]
            if record.status == .scheduled, let examDay = record.date(of: .scheduled) {
                earliest = examDay
                notes.append("exam on \(examDay); record the result once it is out")
            } else if let allowed = RetakeSpacing.earliestAttempt(after: record.attempts.map(\.date)), allowed > today {
                // Registering can be done now; the spacing only dates the sitting itself.
                notes.append("earliest next attempt \(allowed) (\(RuleFacts.retakeSpacingSource))")
            }
            if pathway.attemptsLeft(id) == 1 {
                let limit = RuleFacts.usmleAttemptLimit
                notes.append(
                    "attempt \(limit) is the last allowed: \(limit) attempts without a pass end USMLE eligibility "
                        + "(\(RuleFacts.usmleAttemptLimitSource))")
            }
        case (.match, .matched):
            if let matchDay = Plan.day(of: .matchDay, in: calendar) {
                earliest = matchDay.day
                estimated = matchDay.estimated
                notes.append("results are released in Match Week; Match Day \(matchDay.day)")
            }
        case (.match, .ranked):
            if let opens = Plan.day(of: .rankingOpens, in: calendar) {
                earliest = opens.day
                estimated = opens.estimated
                notes.append("rank order list entry opens \(opens.day)")
            }
        case (.residency, .completed):
            if let end = pathway.programEnd {
                earliest = end
                notes.append("the program's length is served on \(end)")
            }
        case (.residency, .inTraining):
            // Positions start on the season's start day, in or outside the Match.
            if let starts = Plan.day(of: .residencyStarts, in: calendar) {
                earliest = starts.day
                estimated = starts.estimated
            }
        case (.license, .applied):
            guard let served = PlanSteps.trainingServed(pathway: pathway, book: book) else { return nil }
            earliest = served.day
            notes.append(served.note)
        default:
            break
        }
        if let reason = pathway.nextStepReason(for: id) { notes.append(reason) }
        let date = earliest.flatMap { $0 > today ? $0 : nil }
        return PlanItem(
            kind: .step, date: date, today: today, text: "\(MilestoneCatalog[id].shortName): \(status.label)",
            milestone: id, estimated: date != nil && estimated, status: status, id: "step-\(id.rawValue)",
            note: notes.isEmpty ? nil : notes.joined(separator: "; "))
    }

    /// The day the training years the license state requires are served, with what they are; nil
    /// while that cannot be told (residency not started, or started on an unknown day).
    static func trainingServed(pathway: Pathway, book: FactBook) -> (day: CalendarDay?, note: String)? {
        let years = TrainingYears(for: pathway, book: book)
        var note = "\(years.years) year\(years.years == 1 ? "" : "s") of US training (\(years.source))"
        if let state = years.state, let extra = book[FactBook.stateID(state, .stateAlsoRequires)] {
            note += "; \(state) also requires \(extra.text ?? extra.value.description)"
        }
        if let start = pathway.residencyStart {
            return (start.adding(months: 12 * years.years), note)
        }
        // Training done on a day not recorded: the years are served.
        return pathway[.residency].status == .completed ? (nil, note) : nil
    }
}
