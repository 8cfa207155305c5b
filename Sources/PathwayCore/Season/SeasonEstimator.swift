/// Estimates the dates of a Match cycle that are not published yet, from the pattern of the
/// published cycles, and says how each estimate was made.
///
/// The rules were checked against the published NRMP and ERAS calendars of the 2018-2026 cycles
/// (`Facts/history/season-calendars.json`, results in `Facts/README.md`). Weekday rules hold
/// for every cycle checked; the other events carry the latest earlier cycle's calendar forward,
/// which is wrong exactly in a year the organisation changed its calendar (2021, 2026), as the
/// README records. `SeasonEstimatorTests` runs these rules on each of those cycles as if it were
/// unpublished, and checks that the estimates in `Facts/season-*.json` are this estimator's.
public enum SeasonEstimator {
    /// One estimated date and how it was made.
    public struct Estimate: Equatable, Sendable {
        public let event: SeasonEventID
        public let date: CalendarDay
        /// How the date was worked out, in words a person can check.
        public let how: String
    }

    /// The events the estimator dates; the ECFMG deadline and the start of residency follow a
    /// standing rule (July 1) and need no estimate.
    public static let events: [SeasonEventID] = [
        .myerasOpens, .erasSubmissionOpens, .nrmpRegistrationOpens, .programsBeginReview, .nrmpLateFeeDeadline,
        .rankingOpens, .rankOrderListDeadline, .matchWeek, .soapEnds, .matchDay,
    ]

    /// The estimates for `cycle` from the published dates of earlier cycles (`published[year][event]`);
    /// later cycles in `published` are ignored. An event is left out when no rule can date it.
    public static func estimates(cycle: Int, published: [Int: [SeasonEventID: CalendarDay]]) -> [Estimate] {
        events.compactMap { estimate($0, cycle: cycle, published: published) }
    }

    /// The estimate of one event of `cycle`, or nil when no rule can date it.
    public static func estimate(
        _ event: SeasonEventID, cycle: Int, published: [Int: [SeasonEventID: CalendarDay]]
    ) -> Estimate? {
        guard let matchDay = thirdFriday(ofMarch: cycle) else { return nil }
        switch event {
        case .matchDay:
            return Estimate(event: event, date: matchDay, how: "the third Friday of March, as in every cycle checked")
        case .matchWeek:
            return Estimate(
                event: event, date: matchDay.adding(days: -4),
                how: "the Monday of Match Day's week, as in every cycle checked")
        case .soapEnds:
            return Estimate(
                event: event, date: matchDay.adding(days: -1),
                how: "the Thursday before Match Day, as in every cycle checked")
        case .myerasOpens:
            // ERAS has opened on the first Wednesday from June 3 since the 2022 cycle.
            guard let june3 = CalendarDay(year: cycle - 1, month: 6, day: 3) else { return nil }
            return Estimate(
                event: event, date: nextWednesday(from: june3),
                how: "the first Wednesday from June 3, as in the 2022-2027 cycles")
        case .erasSubmissionOpens:
            guard let september1 = CalendarDay(year: cycle - 1, month: 9, day: 1) else { return nil }
            return Estimate(
                event: event, date: nextWednesday(from: september1),
                how: "the first Wednesday of September, as in the 2022-2026 cycles")
        case .programsBeginReview:
            guard let september1 = CalendarDay(year: cycle - 1, month: 9, day: 1) else { return nil }
            return Estimate(
                event: event, date: nextWednesday(from: september1).adding(days: 21),
                how: "three weeks after applications can first be sent, as in the 2023-2026 cycles")
        case .rankOrderListDeadline:
            // The deadline has moved between 16 and 23 days before Match Day: keep the latest cycle's.
            guard let (year, deadline) = latest(.rankOrderListDeadline, before: cycle, in: published),
                let thatMatchDay = published[year]?[.matchDay] ?? thirdFriday(ofMarch: year)
            else { return nil }
            let days = deadline.days(until: thatMatchDay)
            return Estimate(
                event: event, date: matchDay.adding(days: -days),
                how: "\(days) days before the estimated Match Day, as in the \(year) cycle (\(deadline))")
        case .nrmpRegistrationOpens:
            guard let september15 = CalendarDay(year: cycle - 1, month: 9, day: 15) else { return nil }
            return Estimate(
                event: event, date: september15,
                how: "September 15, as in every cycle checked but 2025 (the 16th, the 15th being a Sunday)")
        case .nrmpLateFeeDeadline, .rankingOpens:
            // The same day of the year as in the latest published cycle.
            guard let (year, day) = latest(event, before: cycle, in: published),
                let shifted = CalendarDay(year: day.year + cycle - year, month: day.month, day: day.day)
            else { return nil }
            return Estimate(
                event: event, date: shifted, how: "the same day as in the \(year) cycle (\(day))")
        case .ecfmgCertificationDeadline, .residencyStarts:
            return nil
        }
    }

    /// The third Friday of March of `year`.
    static func thirdFriday(ofMarch year: Int) -> CalendarDay? {
        guard let march1 = CalendarDay(year: year, month: 3, day: 1) else { return nil }
        // 1970-01-01 was a Thursday; Friday is 1 day later in the week.
        let weekday = ((march1.daysSinceEpoch % 7) + 7) % 7  // 0 = Thursday
        let toFriday = (1 - weekday + 7) % 7
        return march1.adding(days: toFriday + 14)
    }

    /// `day` itself when it is a Wednesday, else the next Wednesday.
    static func nextWednesday(from day: CalendarDay) -> CalendarDay {
        let weekday = ((day.daysSinceEpoch % 7) + 7) % 7  // 0 = Thursday, 6 = Wednesday
        return day.adding(days: (6 - weekday + 7) % 7)
    }

    /// The latest cycle before `cycle` with a published date for `event`, and that date.
    static func latest(
        _ event: SeasonEventID, before cycle: Int, in published: [Int: [SeasonEventID: CalendarDay]]
    ) -> (Int, CalendarDay)? {
        published.keys.filter { $0 < cycle }.sorted(by: >).lazy.compactMap { year in
            published[year]?[event].map { (year, $0) }
        }.first
    }

    /// The day the rules were last checked against the published calendars.
    public static let checked = CalendarDay(year: 2026, month: 12, day: 6) ?? .epoch

    /// The estimate of an event of a cycle the facts hold no date for, as an estimated fact (so
    /// it is shown, labelled and aged like one), made from the book's published dates.
    public static func fact(for event: SeasonEventID, cycle: Int, book: FactBook) -> Fact? {
        let earlier = published(in: book).filter { $0.key < cycle }
        guard let estimate = estimate(event, cycle: cycle, published: earlier) else { return nil }
        return Fact(
            id: FactBook.seasonID(cycle: cycle, event: event), value: .date(estimate.date),
            source: "estimate; no date for the \(cycle) cycle in the facts, worked out by the season rules",
            checked: checked, kind: .estimated, cycle: cycle, how: estimate.how)
    }

    /// The published (or secondary, never estimated) season dates of the fact book, by cycle.
    public static func published(in book: FactBook = .current) -> [Int: [SeasonEventID: CalendarDay]] {
        var found: [Int: [SeasonEventID: CalendarDay]] = [:]
        for cycle in Set(book.seasonCycles) {
            for event in SeasonEventID.allCases {
                guard let fact = book.seasonDate(event, cycle: cycle), fact.kind != .estimated, let day = fact.date
                else { continue }
                found[cycle, default: [:]][event] = day
            }
        }
        return found
    }
}
