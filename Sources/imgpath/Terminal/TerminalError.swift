/// Why the interactive screen cannot start. Each message points at the plain CLI, which works
/// without a terminal (pipes, scripts, screen readers).
enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// stdin or stdout is not a terminal (redirected, piped, run from cron).
    case notATerminal(stream: String)
    /// TERM is unset, empty or `dumb`: no cursor movement to draw a screen with.
    case incapableTerminal(term: String?)
    /// ncurses could not set up the terminal, usually a TERM without a terminfo entry.
    case cannotStart(term: String)

    var description: String {
        let hint = "use `imgpath status` for plain text"
        switch self {
        case .notATerminal(let stream):
            return "imgpath: the interactive screen needs a terminal (\(stream) is not a tty); \(hint)"
        case .incapableTerminal(let term):
            let what = term.map { $0.isEmpty ? "TERM is empty" : "TERM=\($0)" } ?? "TERM is not set"
            return "imgpath: the interactive screen needs a terminal that can move the cursor (\(what)); \(hint)"
        case .cannotStart(let term):
            return "imgpath: cannot start the screen on this terminal (TERM=\(term) is unknown to terminfo?); \(hint)"
        }
    }
}
