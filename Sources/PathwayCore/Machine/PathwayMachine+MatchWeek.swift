/// The Match's own calendar as advice: results come out in Match Week, so a match recorded
/// before it is most likely a mistake (a position found outside the Match is recorded through
/// residency instead); a rank order list certified before ranking opens, or with interviews
/// still ahead, will need certifying again.
extension PathwayMachine {
    /// A warning when `matched` is dated before the cycle's Match Week begins (Match Day when the
    /// week has no date); nothing otherwise, or when the cycle has neither date.
    static func matchWeekWarnings(
        _ id: MilestoneID, to status: Status, date: CalendarDay, in pathway: Pathway, today: CalendarDay
    ) -> [RuleWarning] {
        guard id == .match, status == .matched else { return [] }
        let calendar = SeasonCalendar(pathway: pathway, today: min(today, date))
        // Applicants learn whether they matched on the Monday of Match Week, where on Match Day.
        let event: SeasonEventID = Plan.day(of: .matchWeek, in: calendar) == nil ? .matchDay : .matchWeek
        guard let first = Plan.day(of: event, in: calendar), date < first.day else { return [] }
        let matchDay = Plan.day(of: .matchDay, in: calendar)
        let source = "\(event.title): " + (calendar.event(event)?.sourceText ?? "")
        var message =
            "Match results are released in Match Week: the \(calendar.cycle) Match Week begins \(first.day)"
            + (first.estimated ? " (estimated)" : "")
        if let matchDay { message += ", Match Day \(matchDay.day)" + (matchDay.estimated ? " (estimated)" : "") }
        message += "; a position found outside the Match is recorded as starting residency"
        return [RuleWarning(message, source: source)]
    }

    /// Warnings when the rank order list is certified on `day` before the cycle's ranking opens, or
    /// while interviews are still ahead.
    static func rankCertifyWarnings(day: CalendarDay, in pathway: Pathway, today: CalendarDay) -> [RuleWarning] {
        let calendar = SeasonCalendar(pathway: pathway, today: min(today, day))
        var found: [RuleWarning] = []
        if let opens = Plan.day(of: .rankingOpens, in: calendar), day < opens.day {
            found.append(
                RuleWarning(
                    "Rank order list entry opens \(opens.day)" + (opens.estimated ? " (estimated)" : "")
                        + " in the \(calendar.cycle) Match: certify the list once it is open",
                    source: "\(SeasonEventID.rankingOpens.title): "
                        + (calendar.event(.rankingOpens)?.sourceText ?? "")))
        }
        let ahead = pathway.programs.filter { program in
            program.status == .interviewScheduled && (program.interviewDay.map { $0 >= day } ?? true)
        }
        if !ahead.isEmpty {
            let names = ahead.map(\.name).joined(separator: ", ")
            var message =
                "\(ahead.count) interview\(ahead.count == 1 ? " is" : "s are") still ahead (\(names)): "
                + "certify the list again after \(ahead.count == 1 ? "it" : "them")"
            if let deadline = Plan.day(of: .rankOrderListDeadline, in: calendar) {
                message += ", before the deadline \(deadline.day)" + (deadline.estimated ? " (estimated)" : "")
            }
            found.append(RuleWarning(message, source: "your programs"))
        }
        return found
    }
}
