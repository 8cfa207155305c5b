/// Where one program stands in the person's application season.
public enum ProgramStatus: String, CaseIterable, Codable, Sendable {
    case considering
    case applied
    case invited
    case interviewScheduled
    case interviewed
    case rejected
    case withdrawn

    public var label: String {
        switch self {
        case .considering: "considering"
        case .applied: "applied"
        case .invited: "invited to interview"
        case .interviewScheduled: "interview scheduled"
        case .interviewed: "interviewed"
        case .rejected: "rejected"
        case .withdrawn: "withdrawn"
        }
    }

    /// The date this status records, in words ("applied on").
    public var dateLabel: String {
        switch self {
        case .considering: "added on"
        case .applied: "applied on"
        case .invited: "invite received on"
        case .interviewScheduled, .interviewed: "interview on"
        case .rejected: "rejected on"
        case .withdrawn: "withdrawn on"
        }
    }

    /// The step along the way to an interview; the ends (rejected, withdrawn) have none.
    var progress: Int? {
        switch self {
        case .considering: 0
        case .applied: 1
        case .invited: 2
        case .interviewScheduled: 3
        case .interviewed: 4
        case .rejected, .withdrawn: nil
        }
    }

    /// Whether the program is still open to the person (not rejected or withdrawn).
    public var isActive: Bool { progress != nil }

    /// The usual next status, which the screen's quick key moves to.
    public var next: ProgramStatus? {
        switch self {
        case .considering: .applied
        case .applied: .invited
        case .invited: .interviewScheduled
        case .interviewScheduled: .interviewed
        case .interviewed, .rejected, .withdrawn: nil
        }
    }

    /// Reads a status leniently ("interview scheduled", "Interview-Scheduled", "INVITED").
    public init?(lenient text: String) {
        let folded = text.lowercased().filter { $0.isLetter }
        if let status = ProgramStatus.allCases.first(where: { $0.rawValue.lowercased() == folded }) {
            self = status
            return
        }
        switch folded {
        case "interested", "planned", "planning", "shortlist", "shortlisted", "": self = .considering
        case "submitted", "sent": self = .applied
        case "invite", "interviewinvite", "ii", "invitedtointerview": self = .invited
        case "scheduled": self = .interviewScheduled
        case "interviewdone", "done": self = .interviewed
        case "rejection", "declined": self = .rejected
        case "withdrew": self = .withdrawn
        default: return nil
        }
    }
}
