import PathwayCore

/// Every change, newest first, with when it was made.
enum HistoryView {
    /// The lines: a note of undone changes, then every change, newest first.
    static func lines(_ state: AppState) -> [(String, StyleRole)] {
        var lines: [(String, StyleRole)] = state.journal.history.reversed().map {
            ("\($0.at.localDescription)  \(TextWidth.visible($0.change.summary, unicode: state.unicode))", .text)
        }
        if lines.isEmpty { lines = [("No changes yet.", .muted)] }
        if !state.journal.redoStack.isEmpty {
            lines.insert(
                ("\(state.journal.redoStack.count) undone change(s) can be redone (\(KeyMap.global.key(.redo))).", .muted),
                at: 0)
        }
        return lines
    }

    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect, glyphs: Glyphs) {
        ScrollingText.draw(
            lines(state), title: "History (\(state.journal.history.count) changes)", state: state, into: &canvas,
            rect: rect, glyphs: glyphs)
    }
}
