/// The notes editor: a box over the screen with the text wrapped and the caret kept in view.
enum NotesEditorView {
    static func draw(
        _ state: AppState, _ editor: TextEditor, into canvas: inout Canvas, within area: Rect, glyphs: Glyphs
    ) {
        let rect = Rect(x: area.x + 2, y: area.y + 1, width: max(0, area.width - 4), height: max(0, area.height - 2))
        canvas.fill(x: rect.x - 1, y: rect.y, width: rect.width + 2, height: rect.height, role: .text)
        canvas.box(rect, title: state.editTarget?.prompt ?? "Notes", focused: true, glyphs: glyphs, frame: .accent)
        let inner = Canvas.inner(rect)
        let width = inner.width - 2
        guard width > 0, inner.height > 0 else { return }
        // Rows of (character, column) as they wrap; the caret's row and column.
        var rows: [[(String, Int)]] = [[]]
        var column = 0
        var caret = (row: 0, column: 0)
        for (index, character) in editor.characters.enumerated() {
            if index == editor.cursor { caret = (rows.count - 1, column) }
            if character == "\n" {
                rows.append([])
                column = 0
                continue
            }
            let shown = TextWidth.visible(String(character), unicode: state.unicode)
            let w = TextWidth.of(shown)
            if column + w > width {
                rows.append([])
                column = 0
                if index == editor.cursor { caret = (rows.count - 1, 0) }
            }
            rows[rows.count - 1].append((shown, column))
            column += w
        }
        if editor.cursor >= editor.characters.count {
            if column >= width {
                rows.append([])
                column = 0
            }
            caret = (rows.count - 1, column)
        }
        let first = max(0, caret.row - inner.height + 1)
        for (offset, row) in rows.dropFirst(first).prefix(inner.height).enumerated() {
            for (text, x) in row {
                canvas.put(text, x: inner.x + 1 + x, y: inner.y + offset, role: .text)
            }
        }
        // The caret is the one cell drawn out of the text's role, so it shows in every theme.
        canvas.paint(
            x: inner.x + 1 + caret.column, y: inner.y + caret.row - first, width: 1, role: .selection, emphasis: true)
    }
}
