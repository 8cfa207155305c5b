/// A key press, as the terminal backend decodes it. The reducer works on these, never on
/// ncurses codes.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl plus a letter, for example `.control("r")` for Ctrl-R.
    case control(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete
    case resize
    /// A mouse click at a cell.
    case click(x: Int, y: Int)
    case function(Int)

    /// How the key is written in help text.
    public var name: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-\(c.uppercased())"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .resize: "(resize)"
        case .click: "(click)"
        case .function(let n): "F\(n)"
        }
    }
}
