/// One stretch of US clinical experience (an observership, a hands-on elective, research or US
/// employment): programs count it, and the letters from US physicians it brings.
///
/// The id (`ce-1`, `ce-2`, ...) is given when it is added and never reused.
public struct ClinicalExperience: Equatable, Sendable, Codable {
    public let id: String
    public var kind: ExperienceKind
    public var site: String
    public var city: String = ""
    /// A US state or territory postal code, or empty.
    public var state: String = ""
    public var specialty: String = ""
    public var start: CalendarDay
    public var end: CalendarDay
    public var supervisor: String = ""
    public var notes: String = ""

    public init(id: String, kind: ExperienceKind, site: String, start: CalendarDay, end: CalendarDay) {
        self.id = id
        self.kind = kind
        self.site = site
        self.start = start
        self.end = end
    }

    public static let idPrefix = "ce-"

    public static func id(number: Int) -> String { idPrefix + String(number) }

    /// Whole weeks from start to end, both days counted (a Monday-to-Friday week is one week).
    public var weeks: Int { (start.days(until: end) + 1 + 6) / 7 }

    /// Why the dates cannot be true, or nil when they can.
    public static func datesRefusal(start: CalendarDay, end: CalendarDay) -> String? {
        end < start ? "the end date \(end) is before the start date \(start)" : nil
    }
}
