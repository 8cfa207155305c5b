/// How a residency interview is held.
public enum InterviewFormat: String, CaseIterable, Codable, Sendable {
    case virtual
    case inPerson

    public var label: String {
        switch self {
        case .virtual: "virtual"
        case .inPerson: "in person"
        }
    }

    /// Reads what people write: "virtual", "online", "zoom", "in person", "onsite".
    public init?(lenient text: String) {
        switch text.lowercased().filter({ $0.isLetter }) {
        case "virtual", "online", "video", "zoom", "remote": self = .virtual
        case "inperson", "onsite", "person", "site", "campus": self = .inPerson
        default: return nil
        }
    }
}
