/// A boxed list of lines that scrolls with `AppState.text`.
enum ScrollingText {
    static func draw(
        _ lines: [(String, StyleRole)], title: String, state: AppState, into canvas: inout Canvas, rect: Rect,
        glyphs: Glyphs
    ) {
        canvas.box(rect, title: title, focused: true, glyphs: glyphs)
        let inner = Canvas.inner(rect)
        let first = state.text.firstLine(selectedLine: 0, lineCount: lines.count, visible: inner.height)
        for (offset, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            canvas.put(
                line.0, x: inner.x + 1, y: inner.y + offset, role: line.1, maxWidth: inner.width - 2,
                ellipsis: glyphs.ellipsis)
        }
        if first + inner.height < lines.count {
            canvas.put(glyphs.ellipsis, x: rect.x + rect.width - 2, y: rect.y + rect.height - 1, role: .accent)
        }
    }
}

extension String {
    func padded(to width: Int) -> String {
        let w = TextWidth.of(self)
        return w >= width ? self + " " : self + String(repeating: " ", count: width - w)
    }
}
