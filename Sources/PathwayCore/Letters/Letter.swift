/// A letter of recommendation: who writes it, where it came from, and where it stands in ERAS.
///
/// The id (`lr-1`, `lr-2`, ...) is given when it is added and never reused.
public struct Letter: Equatable, Sendable, Codable {
    public let id: String
    public var writer: String
    public var title: String = ""
    public var specialty: String = ""
    public var institution: String = ""
    /// Whether the writer is a US physician, which programs weigh most for IMGs.
    public var usPhysician: Bool = false
    /// The clinical experience the letter came from, by id.
    public var experienceID: String?
    public var requested: CalendarDay?
    /// The day ERAS showed the letter as received (the person ticks it).
    public var received: CalendarDay?
    /// The programs (by id) the letter is assigned to, with the day it was assigned.
    public var assignments: [String: CalendarDay] = [:]

    public init(id: String, writer: String) {
        self.id = id
        self.writer = writer
    }

    public static let idPrefix = "lr-"

    public static func id(number: Int) -> String { idPrefix + String(number) }
}
