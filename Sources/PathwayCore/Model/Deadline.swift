/// A personal deadline the person keeps for a milestone ("ask Dr. Rao for a letter by ...").
///
/// The id (`dl-1`, `dl-2`, ...) is given when the deadline is added and never reused within a
/// history, so calendar exports keep the same event identity across edits.
public struct Deadline: Equatable, Sendable, Codable {
    public let id: String
    public var milestone: MilestoneID
    public var title: String
    public var date: CalendarDay
    public var note: String?
    /// Ticked off by the person; a done deadline is never overdue.
    public var done: Bool

    public init(
        id: String, milestone: MilestoneID, title: String, date: CalendarDay, note: String? = nil, done: Bool = false
    ) {
        self.id = id
        self.milestone = milestone
        self.title = title
        self.date = date
        self.note = note
        self.done = done
    }

    /// The prefix of every deadline id.
    public static let idPrefix = "dl-"

    /// The number in an id such as `dl-12`, or nil when the text is not a deadline id.
    public static func number(in id: String) -> Int? { ItemNumber.number(in: id, prefix: idPrefix) }

    /// The id for a deadline number.
    public static func id(number: Int) -> String { idPrefix + String(number) }
}
