/// One event of a Match cycle as the calendar shows it: the date in effect and where it came from.
public struct SeasonEventEntry: Equatable, Sendable {
    /// Where the date in effect comes from.
    public enum Origin: String, Equatable, Sendable, Codable {
        /// The person entered it.
        case user
        /// Published for this cycle (see `defaultEntry.source`).
        case published
        /// Found only in a secondary source for this cycle.
        case secondary
        /// Follows from a standing rule (residency starts July 1).
        case rule
        /// No date yet: the person should enter this cycle's date.
        case notSet
    }

    public let id: SeasonEventID
    public let cycle: Int
    /// The date the person entered, which wins over the default.
    public let userDate: CalendarDay?
    /// This cycle's default, with its source and year.
    public let defaultEntry: SeasonDefaults.Entry?
    /// When this cycle has no default: the latest earlier cycle's published date, for orientation
    /// only (never used as this cycle's date).
    public let earlierCycle: SeasonDefaults.Entry?
    /// When this cycle has no default: the facts' estimate of this cycle's date, shown with how it
    /// was made (never used as the date).
    public let estimate: SeasonDefaults.Entry?

    public init(id: SeasonEventID, cycle: Int, userDate: CalendarDay?) {
        self.id = id
        self.cycle = cycle
        self.userDate = userDate
        defaultEntry = SeasonDefaults.entry(for: id, cycle: cycle)
        earlierCycle = defaultEntry == nil ? SeasonDefaults.latestEarlier(for: id, before: cycle) : nil
        estimate = defaultEntry == nil ? SeasonDefaults.estimate(for: id, cycle: cycle) : nil
    }

    public var title: String { id.title }
    public var milestone: MilestoneID { id.milestone }

    /// The date in effect: the person's, else this cycle's default; nil when not set.
    public var date: CalendarDay? { userDate ?? defaultEntry?.date }

    /// Whether the person changed the date from the default (or entered one where none existed).
    public var isUserSet: Bool { userDate != nil }

    public var origin: Origin {
        if userDate != nil { return .user }
        switch defaultEntry?.source.kind {
        case .published, .estimated: return .published
        case .secondary: return .secondary
        case .rule: return .rule
        case nil: return .notSet
        }
    }

    /// Where the date comes from, in words: "you set it (default 2026-03-20, nrmp.org, checked
    /// 2026-12-06)", "nrmp.org, checked 2026-12-06", "not set: estimated 2027-03-19 (HOW);
    /// enter the date once it is published", or "not set: enter this
    /// year's date (2026 Match: 2026-03-20 (nrmp.org, checked 2026-12-06); confirm for your cycle)".
    public var sourceText: String {
        switch origin {
        case .user:
            guard let defaultEntry else { return "you set it" }
            return "you set it (default \(defaultEntry.date), \(defaultEntry.source.label))"
        case .published, .secondary:
            return defaultEntry?.source.label ?? ""
        case .rule:
            return (defaultEntry.map { "usual date, \($0.source.label); confirm with your program" }) ?? ""
        case .notSet:
            if let estimate {
                var how = estimate.source.note ?? "an estimate"
                if let age = estimate.source.ageNote { how += "; " + age }
                return "not set: estimated \(estimate.date) (\(how)); enter the date once it is published"
            }
            var text = "not set: enter this year's date"
            if let earlierCycle {
                text +=
                    " (\(earlierCycle.cycle) Match: \(earlierCycle.date) (\(earlierCycle.source.label)); "
                    + "confirm for your cycle)"
            }
            return text
        }
    }
}
