/// Every status a milestone can be in. Each milestone uses its own subset (see `MilestoneCatalog`).
///
/// The raw values are lowerCamel names of the file and `status --json` contract.
public enum Status: String, CaseIterable, Codable, Sendable, Hashable {
    case notStarted
    // Exams.
    case registered
    case scheduled
    case passed
    case failed
    // ECFMG certification.
    case inProgress
    case certified
    // ERAS.
    case preparing
    case submitted
    case interviewing
    // NRMP Match (also uses `registered`).
    case ranked
    case matched
    case unmatched
    case soap
    // Residency.
    case inTraining
    case completed
    // License.
    case applied
    case granted

    /// The words a person reads for this status.
    public var label: String {
        switch self {
        case .notStarted: "not started"
        case .registered: "registered"
        case .scheduled: "scheduled"
        case .passed: "passed"
        case .failed: "failed"
        case .inProgress: "in progress"
        case .certified: "certified"
        case .preparing: "preparing"
        case .submitted: "submitted"
        case .interviewing: "interviewing"
        case .ranked: "rank list certified"
        case .matched: "matched"
        case .unmatched: "unmatched"
        case .soap: "in SOAP"
        case .inTraining: "in training"
        case .completed: "completed"
        case .applied: "applied"
        case .granted: "granted"
        }
    }
}
