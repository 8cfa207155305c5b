/// The person's choices for the season calendar: which Match cycle to follow and the dates they
/// entered themselves (their own cycle's dates override the defaults).
public struct SeasonSettings: Equatable, Sendable {
    /// The chosen cycle (the year of the Match, held in March); nil follows the automatic choice.
    public var cycle: Int?
    /// Dates the person entered, by cycle and event.
    public var dates: [Int: [SeasonEventID: CalendarDay]] = [:]

    public init() {}

    /// The date the person entered for an event of a cycle, if any.
    public func date(_ event: SeasonEventID, cycle: Int) -> CalendarDay? { dates[cycle]?[event] }

    mutating func set(_ event: SeasonEventID, cycle: Int, to day: CalendarDay?) {
        var forCycle = dates[cycle] ?? [:]
        forCycle[event] = day
        dates[cycle] = forCycle.isEmpty ? nil : forCycle
    }

    /// Every entered date, ordered by cycle and event, for the file's snapshot and exports.
    public var entered: [(cycle: Int, event: SeasonEventID, date: CalendarDay)] {
        dates.keys.sorted().flatMap { cycle in
            (dates[cycle] ?? [:]).keys.sorted().compactMap { event in
                dates[cycle]?[event].map { (cycle, event, $0) }
            }
        }
    }
}
