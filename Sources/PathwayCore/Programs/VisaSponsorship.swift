/// Which training visas a residency program sponsors, as the program states it.
public enum VisaSponsorship: String, CaseIterable, Codable, Sendable {
    case j1
    case h1b
    case both
    case none
    case unknown

    public var label: String {
        switch self {
        case .j1: "J-1 only"
        case .h1b: "H-1B only"
        case .both: "J-1 and H-1B"
        case .none: "no visas"
        case .unknown: "not known"
        }
    }

    /// The short form the programs table shows in its narrow visa column.
    public var shortLabel: String {
        switch self {
        case .j1: "J-1"
        case .h1b: "H-1B"
        case .both: "J1+H1B"
        case .none: "none"
        case .unknown: "?"
        }
    }

    /// Reads the ways people write it in their sheets ("J-1", "J1/H1B", "Yes - both", "no").
    public init?(lenient text: String) {
        let folded = String(text.lowercased().filter { $0.isLetter || $0.isNumber })
        switch folded {
        case "j1", "j1only", "jonly", "j": self = .j1
        case "h1b", "h1", "h1bonly", "h": self = .h1b
        case "both", "j1h1b", "h1bj1", "j1andh1b", "h1bandj1", "yesboth", "j1h1", "h1j1": self = .both
        case "none", "no", "novisa", "novisas", "nosponsorship", "citizensonly", "greencardonly": self = .none
        case "", "unknown", "notknown", "unsure", "notsure", "tbd": self = .unknown
        default: return nil
        }
    }

    /// Whether a person on `track` could train here, or nil when the program's stance is unknown.
    public func sponsors(_ track: VisaTrack) -> Bool? {
        switch (self, track) {
        case (.unknown, _): nil
        case (_, .none): true
        case (.both, _): true
        case (.j1, .j1), (.h1b, .h1b): true
        case (.j1, .either), (.h1b, .either): true
        default: false
        }
    }
}
