/// What the person has recorded for one milestone: its status and everything around it.
public struct MilestoneRecord: Equatable, Sendable, Codable {
    public var status: Status = .notStarted
    /// The day each status was reached (or, for `scheduled`, the test date), keyed by status name.
    public var dates: [String: CalendarDay] = [:]
    /// Every exam sitting, oldest first (exams only).
    public var attempts: [ExamAttempt] = []
    /// Ticked sub-items (ECFMG requirements, ERAS documents), keyed by item id.
    public var items: [String: Bool] = [:]
    /// Milestone fields such as the residency specialty or the license state, keyed by field id.
    public var details: [String: String] = [:]
    public var notes: String = ""

    public init() {}

    public func date(of status: Status) -> CalendarDay? { dates[status.rawValue] }

    public func isTicked(_ item: String) -> Bool { items[item] ?? false }

    /// Attempts that count toward the USMLE limit (all of them, incomplete included).
    public var attemptsUsed: Int { attempts.count }

    /// The most recent score recorded, if any.
    public var latestScore: Int? { attempts.last(where: { $0.score != nil })?.score }
}
