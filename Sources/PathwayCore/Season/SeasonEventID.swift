/// The usual events of one Match cycle, in the order they happen.
///
/// The raw values are part of the file and command-line contract: `imgpath calendar set matchDay 2027-03-19`.
public enum SeasonEventID: String, CaseIterable, Codable, Sendable, Hashable, Comparable {
    case myerasOpens
    case erasSubmissionOpens
    case nrmpRegistrationOpens
    case programsBeginReview
    case nrmpLateFeeDeadline
    case rankingOpens
    case rankOrderListDeadline
    case matchWeek
    case soapEnds
    case matchDay
    case ecfmgCertificationDeadline
    case residencyStarts

    /// Position in the cycle, starting at zero.
    public var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// The year the event falls in, for the Match of `cycle`: the application season opens the
    /// year before the Match (ERAS in June and September, NRMP registration in September, its
    /// late fee from the end of November), and ranking, the Match and the start of residency
    /// come in the Match's own year (as in every cycle the facts hold).
    public func year(inCycle cycle: Int) -> Int {
        switch self {
        case .myerasOpens, .erasSubmissionOpens, .programsBeginReview, .nrmpRegistrationOpens, .nrmpLateFeeDeadline:
            cycle - 1
        case .rankingOpens, .rankOrderListDeadline, .matchWeek, .soapEnds, .matchDay, .ecfmgCertificationDeadline,
            .residencyStarts:
            cycle
        }
    }

    /// Why `date` cannot be this event's in the Match of `cycle`, or nil.
    public func yearRefusal(_ date: CalendarDay, cycle: Int) -> String? {
        let year = year(inCycle: cycle)
        guard date.year != year else { return nil }
        return "\(title) of the \(cycle) Match falls in \(year), and \(date) is in \(date.year)"
    }

    public static func < (lhs: SeasonEventID, rhs: SeasonEventID) -> Bool { lhs.order < rhs.order }

    /// What a person reads for the event.
    public var title: String {
        switch self {
        case .myerasOpens: "MyERAS opens (ERAS season begins)"
        case .erasSubmissionOpens: "ERAS applications can be submitted to programs"
        case .programsBeginReview: "Programs begin reviewing ERAS applications"
        case .nrmpRegistrationOpens: "NRMP Match registration opens"
        case .nrmpLateFeeDeadline: "NRMP registration late fee starts (register before)"
        case .rankingOpens: "Rank order list entry opens (NRMP)"
        case .rankOrderListDeadline: "Rank order list deadline (NRMP; 9 pm ET)"
        case .soapEnds: "SOAP ends"
        case .matchWeek: "Match Week begins; SOAP begins"
        case .matchDay: "Match Day"
        case .ecfmgCertificationDeadline: "ECFMG certificate needed (by the start of residency)"
        case .residencyStarts: "Residency starts"
        }
    }

    /// The milestone the event belongs to.
    public var milestone: MilestoneID {
        switch self {
        case .myerasOpens, .erasSubmissionOpens, .programsBeginReview: .eras
        case .nrmpRegistrationOpens, .nrmpLateFeeDeadline, .rankingOpens, .rankOrderListDeadline, .matchWeek, .soapEnds,
            .matchDay:
            .match
        case .ecfmgCertificationDeadline: .ecfmg
        case .residencyStarts: .residency
        }
    }

    /// Reads the id in any case, with or without spaces and dashes ("match-day", "Match Day").
    public init?(lenient text: String) {
        let wanted = Profile.simplified(text)
        guard let found = Self.allCases.first(where: { Profile.simplified($0.rawValue) == wanted }) else { return nil }
        self = found
    }
}
