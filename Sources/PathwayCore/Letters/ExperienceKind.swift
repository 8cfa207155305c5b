/// The kinds of US clinical experience programs tell apart: watching care is not giving it.
public enum ExperienceKind: String, CaseIterable, Codable, Sendable {
    case observership
    /// An externship or elective with hands-on patient care.
    case handsOn
    case research
    /// Employment in US health care.
    case employment

    public var label: String {
        switch self {
        case .observership: "observership"
        case .handsOn: "hands-on (externship or elective)"
        case .research: "research"
        case .employment: "US employment"
        }
    }

    /// Reads a kind leniently ("hands on", "Externship", "elective", "obs").
    public init?(lenient text: String) {
        let folded = text.lowercased().filter { $0.isLetter }
        if let kind = ExperienceKind.allCases.first(where: { $0.rawValue.lowercased() == folded }) {
            self = kind
            return
        }
        switch folded {
        case "observer", "obs", "shadowing": self = .observership
        case "externship", "extern", "elective", "rotation", "clerkship", "handsonrotation": self = .handsOn
        case "researcher", "researchfellow": self = .research
        case "job", "work", "usemployment", "employed": self = .employment
        default: return nil
        }
    }
}
