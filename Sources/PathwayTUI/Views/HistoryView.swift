import PathwayCore

/// Every change, newest first, with when it was made.
enum HistoryView {
    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect, glyphs: Glyphs) {
        let history = state.journal.history
        var lines: [(String, StyleRole)] = history.reversed().map {
            ("\($0.at.localDescription)  \(TextWidth.visible($0.change.summary, unicode: state.unicode))", .text)
        }
        if lines.isEmpty { lines = [("No changes yet.", .muted)] }
        if !state.journal.redoStack.isEmpty {
            lines.insert(("\(state.journal.redoStack.count) undone change(s) can be redone (Ctrl-R).", .muted), at: 0)
        }
        ScrollingText.draw(lines, title: "History (\(history.count) changes)", state: state, into: &canvas, rect: rect, glyphs: glyphs)
    }
}
