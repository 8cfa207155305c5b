/// What a piece of the screen means. Themes give each role a colour and attributes; views only
/// name roles, so the same screen reads on dark, light and colourless terminals.
public enum StyleRole: String, CaseIterable, Codable, Sendable {
    case text
    case muted
    case accent
    case selection
    case done
    case inProgress
    case blocked
    case failed
    case dueSoon
    case overdue
    case border
    case statusBar

    /// One letter per role for the style layer of golden screens.
    public var code: Character {
        switch self {
        case .text: "."
        case .muted: "m"
        case .accent: "a"
        case .selection: "S"
        case .done: "d"
        case .inProgress: "p"
        case .blocked: "b"
        case .failed: "f"
        case .dueSoon: "s"
        case .overdue: "o"
        case .border: "-"
        case .statusBar: "="
        }
    }

    /// The role's place in `allCases`. Tables by role (the terminal's look for each) are arrays
    /// indexed by it: a dictionary would hash the role's name for every cell drawn.
    public var index: Int {
        switch self {
        case .text: 0
        case .muted: 1
        case .accent: 2
        case .selection: 3
        case .done: 4
        case .inProgress: 5
        case .blocked: 6
        case .failed: 7
        case .dueSoon: 8
        case .overdue: 9
        case .border: 10
        case .statusBar: 11
        }
    }
}
