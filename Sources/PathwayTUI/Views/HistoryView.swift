import PathwayCore

/// The newest history lines first, with when they were written; read from the end of the
/// history file, so a long history costs nothing more to show.
enum HistoryView {
    /// More than a screenful many times over; older lines are in `imgpath history`.
    static let limit = 500

    /// The lines: a note of undone changes, then the newest history lines.
    static func lines(_ state: AppState) -> [(String, StyleRole)] {
        var lines: [(String, StyleRole)]
        do {
            lines = try state.journal.newestLines(limit: limit).map { line in
                let prefix = line.op == .undo ? "Undone: " : line.op == .redo ? "Redone: " : ""
                let text = TextWidth.visible(prefix + line.entry.change.summary, unicode: state.unicode)
                return ("\(line.at.localDescription)  \(text)", line.op == .change ? .text : .muted)
            }
        } catch {
            lines = [(TextWidth.visible("\(error)", unicode: state.unicode), .failed)]
        }
        if lines.isEmpty { lines = [("No changes yet.", .muted)] }
        if state.journal.canRedo {
            lines.insert(("An undone change can be redone (\(KeyMap.global.key(.redo))).", .muted), at: 0)
        }
        return lines
    }

    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect, glyphs: Glyphs) {
        let count = state.journal.head.seq
        let title = count > limit ? "History (newest \(limit) of \(count) changes)" : "History (\(count) changes)"
        ScrollingText.draw(lines(state), title: title, state: state, into: &canvas, rect: rect, glyphs: glyphs)
    }
}
