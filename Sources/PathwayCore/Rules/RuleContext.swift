/// What a rule looks at: the recorded pathway, the milestone and status being asked for, and the
/// day and score the change carries.
///
/// Chronology and retake spacing depend on the day of the change, not only on the state, so a
/// requirement is checked against this rather than against the pathway alone.
public struct RuleContext: Sendable {
    public let pathway: Pathway
    public let milestone: MilestoneID
    public let status: Status
    /// The day the change records (the result's day, the test date, the start date), if any.
    public let date: CalendarDay?
    public let score: Int?
    /// Today, for rules about what has already happened (a program's length served).
    public let today: CalendarDay?

    public init(
        pathway: Pathway, milestone: MilestoneID, status: Status, date: CalendarDay? = nil, score: Int? = nil,
        today: CalendarDay? = nil
    ) {
        self.pathway = pathway
        self.milestone = milestone
        self.status = status
        self.date = date
        self.score = score
        self.today = today
    }
}
