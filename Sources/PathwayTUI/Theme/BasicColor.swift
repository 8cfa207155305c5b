/// One of the eight colours every colour terminal has, or the terminal's own default; the
/// fallback a theme gives each role for terminals without 256 colours.
public enum BasicColor: String, CaseIterable, Sendable {
    case black, red, green, yellow, blue, magenta, cyan, white
    case `default`

    /// The colour's number in the ANSI order curses uses (`COLOR_BLACK` is 0 ... `COLOR_WHITE`
    /// is 7), or nil for the terminal's default colour.
    public var ansiIndex: Int? {
        switch self {
        case .black: 0
        case .red: 1
        case .green: 2
        case .yellow: 3
        case .blue: 4
        case .magenta: 5
        case .cyan: 6
        case .white: 7
        case .default: nil
        }
    }
}
