/// Something dated on the person's timeline: a personal deadline or an event of the season
/// calendar, with the calendar days left from today.
public struct AgendaItem: Equatable, Sendable {
    /// What the item is.
    public enum Source: Equatable, Sendable {
        case deadline(Deadline)
        case season(SeasonEventEntry)
        /// A program's interview day.
        case interview(Program)
        /// The day after an interview: time to send the thank-you note.
        case thankYou(Program)
        /// The first day of a planned US clinical experience.
        case experience(ClinicalExperience)
    }

    public let source: Source
    public let date: CalendarDay
    /// Calendar days from today to the date: 0 today, negative when it has passed. Whole days
    /// between two `YYYY-MM-DD` values, so no time zone or clock change can shift it.
    public let daysLeft: Int
    /// Whether the milestone the item belongs to is already done (its season events no longer
    /// ask anything of the person).
    public let milestoneDone: Bool

    public init(source: Source, today: CalendarDay, milestoneDone: Bool) {
        self.source = source
        switch source {
        case .deadline(let deadline): date = deadline.date
        case .season(let event): date = event.date ?? today
        case .interview(let program): date = program.interviewDay ?? today
        case .thankYou(let program): date = (program.interviewDay ?? today).adding(days: 1)
        case .experience(let experience): date = experience.start
        }
        daysLeft = today.days(until: date)
        self.milestoneDone = milestoneDone
    }

    /// The deadline id (`dl-3`) or the season event id (`matchDay`).
    public var id: String {
        switch source {
        case .deadline(let deadline): deadline.id
        case .season(let event): event.id.rawValue
        case .interview(let program): program.id + "-interview"
        case .thankYou(let program): program.id + "-thanks"
        case .experience(let experience): experience.id + "-start"
        }
    }

    public var title: String {
        switch source {
        case .deadline(let deadline): deadline.title
        case .season(let event): event.title
        case .interview(let program): "Interview: " + program.name + (program.interviewTimeText.map { ", " + $0 } ?? "")
        case .thankYou(let program): "Thank-you note to " + program.name
        case .experience(let experience): "\(experience.kind.label.capitalizedFirst) starts: " + experience.site
        }
    }

    public var milestone: MilestoneID {
        switch source {
        case .deadline(let deadline): deadline.milestone
        case .season(let event): event.milestone
        case .interview, .thankYou, .experience: .eras
        }
    }

    public var isDeadline: Bool {
        if case .deadline = source { return true }
        return false
    }

    /// A thank-you reminder: like a deadline, it is the person's to do, and it can be late.
    public var isReminder: Bool {
        if case .thankYou = source { return true }
        return false
    }

    /// A deadline the person ticked off, or a thank-you note sent.
    public var isDone: Bool {
        switch source {
        case .deadline(let deadline): deadline.done
        case .thankYou(let program): program.thankYouSent != nil
        case .interview(let program): program.status == .interviewed
        case .season, .experience: false
        }
    }

    /// Whether the item still asks something of the person.
    public var needsAction: Bool {
        switch source {
        case .deadline, .thankYou, .interview, .experience: !isDone
        case .season: !milestoneDone
        }
    }

    /// A personal deadline or thank-you note not done whose day has passed. Season events and
    /// interviews are not "overdue": they happen whether or not the person acts.
    public var isOverdue: Bool { (isDeadline || isReminder) && !isDone && daysLeft < 0 }

    /// "today", "tomorrow", "in 12 days", "yesterday", "3 days ago".
    public var whenText: String { AgendaItem.describe(daysLeft: daysLeft) }

    /// Words for a count of days from today.
    public static func describe(daysLeft: Int) -> String {
        switch daysLeft {
        case 0: "today"
        case 1: "tomorrow"
        case -1: "yesterday"
        case let n where n > 1: "in \(n) days"
        default: "\(-daysLeft) days ago"
        }
    }
}
