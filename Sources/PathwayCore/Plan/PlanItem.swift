/// One line of the plan: something to do or to know, with its date when it has one.
///
/// Every view of "what next" (`status`, `next`, `plan`, `agenda`, the screen) shows these items,
/// so they say the same thing.
public struct PlanItem: Equatable, Sendable {
    /// What kind of item it is; the raw values are the `plan --json` contract.
    public enum Kind: String, Equatable, Sendable, CaseIterable {
        /// A personal deadline or a thank-you note whose day has passed and that is not done.
        case overdue
        /// A personal deadline still ahead.
        case deadline
        /// A next step of the pathway, dated with the earliest day it becomes possible.
        case step
        /// An event of the season calendar.
        case season
        /// A thank-you note due, an interview or the start of a clinical experience.
        case reminder
    }

    public let kind: Kind
    /// The item's day; for a step, the earliest day it becomes possible, nil when it is possible now.
    public let date: CalendarDay?
    /// Calendar days from today to `date`: negative when it has passed.
    public let daysLeft: Int?
    /// What a person reads.
    public let text: String
    public let milestone: MilestoneID?
    /// The program the item is about, for interviews and thank-you notes.
    public let program: String?
    /// Whether the date is an estimate rather than a published or entered one.
    public let estimated: Bool
    /// For a step: the status it moves the milestone to.
    public let status: Status?
    /// A stable id: the agenda item's (`dl-3`, `matchDay`, `pg-1-thanks`) or `step-<milestone>`.
    public let id: String
    /// More about the item: how an estimate was made, why a step waits, what else it needs.
    public let note: String?
    /// The dated item of the agenda this comes from, if any.
    public let source: AgendaItem?

    public init(
        kind: Kind, date: CalendarDay?, today: CalendarDay, text: String, milestone: MilestoneID?,
        program: String? = nil, estimated: Bool = false, status: Status? = nil, id: String, note: String? = nil,
        source: AgendaItem? = nil
    ) {
        self.kind = kind
        self.date = date
        daysLeft = date.map { today.days(until: $0) }
        self.text = text
        self.milestone = milestone
        self.program = program
        self.estimated = estimated
        self.status = status
        self.id = id
        self.note = note
        self.source = source
    }

    /// The command that records a step: `imgpath mark step1 registered`.
    public var command: String? {
        guard kind == .step, let milestone, let status else { return nil }
        return "imgpath mark \(milestone.rawValue) \(status.rawValue)"
    }

    /// "today", "in 12 days", "3 days ago"; "now" for a step possible today.
    public var whenText: String {
        guard let daysLeft else { return "now" }
        return AgendaItem.describe(daysLeft: daysLeft)
    }

    /// The date as shown: with "(estimated)" after an estimate, so it never reads as a published one.
    public var dateText: String? {
        date.map { estimated ? "\($0) (estimated)" : $0.description }
    }
}
