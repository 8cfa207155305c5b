/// The season calendar of one Match cycle: every usual event with the date in effect and its source.
public struct SeasonCalendar: Equatable, Sendable {
    /// The year of the Match (held in March); ERAS opens the June before.
    public let cycle: Int
    /// Whether the cycle is the person's own (chosen with `calendar cycle YEAR`, recorded as the
    /// Match cycle, or the year they matched in) rather than guessed from today.
    public let isChosen: Bool
    /// Every event of the cycle, in the order they happen in a usual cycle.
    public let events: [SeasonEventEntry]

    /// The calendar of `cycle`, or of the cycle the pathway follows when nil.
    public init(pathway: Pathway, today: CalendarDay, cycle: Int? = nil) {
        let chosen = cycle ?? pathway.season.cycle
        let year = chosen ?? SeasonCalendar.inferredCycle(pathway: pathway, today: today)
        self.cycle = year
        isChosen = chosen != nil || pathway.matchCycle.map(SeasonCalendar.cycleRange.contains) == true
        events = SeasonEventID.allCases.map {
            SeasonEventEntry(id: $0, cycle: year, userDate: pathway.season.date($0, cycle: year))
        }
    }

    /// The cycle followed when none was chosen: the person's Match cycle (recorded on ERAS or the
    /// Match, or the year they matched in), else the next Match (held in March) counted from today.
    public static func inferredCycle(pathway: Pathway, today: CalendarDay) -> Int {
        if let year = pathway.matchCycle, cycleRange.contains(year) { return year }
        return today.month <= 3 ? today.year : today.year + 1
    }

    /// The cycles a person can choose.
    public static let cycleRange = 2000...2100

    /// The days an event of a cycle can fall on: from January of the year before the Match
    /// (ERAS opens in June) to December of the Match year (residency starts in July).
    public static func plausibleDays(for cycle: Int) -> ClosedRange<CalendarDay>? {
        guard let first = CalendarDay(year: cycle - 1, month: 1, day: 1),
            let last = CalendarDay(year: cycle, month: 12, day: 31)
        else { return nil }
        return first...last
    }

    public func event(_ id: SeasonEventID) -> SeasonEventEntry? { events.first { $0.id == id } }
}
