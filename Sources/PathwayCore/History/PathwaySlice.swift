/// The part of a pathway one change touches, as it was before or after it: what a history line
/// keeps so that undo and redo put back one slice instead of replaying the whole history.
///
/// Only the parts a change can touch are present; restoring a slice leaves the others alone.
public struct PathwaySlice: Equatable, Sendable, Codable {
    /// A milestone's record (marks, ticks, notes, fields, dates, scores).
    public var milestone: MilestoneID?
    public var record: MilestoneRecord?
    public var profile: Profile?
    /// The whole deadline list and the highest number given so far: a deadline change can add,
    /// edit or remove one, and the list stays short (it is personal, not per program).
    public var deadlines: [Deadline]?
    public var lastDeadlineNumber: Int?
    public var seasonCycle: Int?
    public var seasonDates: [SeasonDate]?
    /// Set when the slice holds the season settings (the cycle may be nil there).
    public var season: Bool?

    /// A date the person entered for a season event.
    public struct SeasonDate: Equatable, Sendable, Codable {
        public var cycle: Int
        public var event: SeasonEventID
        public var date: CalendarDay
    }

    init() {}
}
