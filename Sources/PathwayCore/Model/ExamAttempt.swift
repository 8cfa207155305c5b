/// One sitting of a USMLE Step, as the person recorded it.
public struct ExamAttempt: Equatable, Sendable, Codable {
    /// The result of a sitting. An incomplete attempt counts toward the attempt limit.
    public enum Result: String, Codable, Sendable, CaseIterable {
        case passed
        case failed
        case incomplete
    }

    public var date: CalendarDay
    public var result: Result
    /// The three-digit score, where the Step reports one for that date.
    public var score: Int?

    public init(date: CalendarDay, result: Result, score: Int? = nil) {
        self.date = date
        self.result = result
        self.score = score
    }
}
