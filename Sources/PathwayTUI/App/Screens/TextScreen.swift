import PathwayCore

/// The screens that are text to read: help, history and a whole message. They scroll, and Esc
/// or Enter goes back.
enum TextScreen: ScreenFeature {
    static let keyMap = KeyMap(
        "Help, history and messages",
        KeyMap.movement(hint: "scroll")
            + [KeyBinding([.escape, .enter], .back, help: "Go back", hint: "back")])

    static func reduce(_ state: inout AppState, _ command: Command, now: Timestamp) -> [Effect] {
        let visible = max(1, Layout(width: state.width, height: state.height).checklist.height - 2)
        let lines = TextScreen.lineCount(state)
        if state.text.apply(command, count: 1, page: max(1, visible - 1), scrollLimit: lines - visible) {
            return []
        }
        if command == .back {
            state.screen = state.screenBeforeText
            state.text = ListCursor()
        }
        return []
    }

    /// Whether a screen is one of the text screens.
    static func shows(_ screen: AppState.Screen) -> Bool {
        screen == .help || screen == .history || screen == .message
    }

    /// How many lines the current text screen has, for the end of its scroll.
    static func lineCount(_ state: AppState) -> Int {
        TextScreen.lines(state).count
    }

    /// The lines of the text screen being shown, with their roles.
    static func lines(_ state: AppState) -> [(String, StyleRole)] {
        let width = max(10, state.width - 4)
        switch state.screen {
        case .help:
            return HelpView.lines(unicode: state.unicode)
        case .history:
            return HistoryView.lines(state)
        default:
            guard let message = state.message else { return [("No message.", .muted)] }
            return TextWrap.lines(TextWidth.visible(message.text, unicode: state.unicode), width: width)
                .map { ($0, message.kind.role) }
        }
    }
}
