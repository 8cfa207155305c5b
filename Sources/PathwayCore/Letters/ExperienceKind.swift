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

    /// Other words read as this kind (compared by their letters only, in any case).
    public var aliases: [String] {
        switch self {
        case .observership: ["observer", "obs", "shadowing"]
        case .handsOn: ["externship", "extern", "elective", "rotation", "clerkship", "hands-on rotation"]
        case .research: ["researcher", "research fellow"]
        case .employment: ["job", "work", "US employment", "employed"]
        }
    }

    /// Every kind with the other words read as it, for help text:
    /// "observership (or observer, obs, shadowing); handsOn (or externship, ...); ...".
    public static var namesWithAliases: String {
        allCases.map { "\($0.rawValue) (or \($0.aliases.joined(separator: ", ")))" }.joined(separator: "; ")
    }

    /// Reads a kind leniently: its name or one of its `aliases` ("hands on", "Externship", "obs").
    public init?(lenient text: String) {
        let folded = Self.folded(text)
        guard
            let kind = ExperienceKind.allCases.first(where: { Self.folded($0.rawValue) == folded })
                ?? ExperienceKind.allCases.first(where: { $0.aliases.map(Self.folded).contains(folded) })
        else { return nil }
        self = kind
    }

    private static func folded(_ text: String) -> String {
        text.lowercased().filter { $0.isLetter }
    }
}
