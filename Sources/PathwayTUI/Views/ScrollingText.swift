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
                atWord(line.0, width: inner.width - 2, ellipsis: glyphs.ellipsis), x: inner.x + 1, y: inner.y + offset,
                role: line.1, maxWidth: inner.width - 2, ellipsis: glyphs.ellipsis)
        }
        if first + inner.height < lines.count {
            canvas.put(glyphs.ellipsis, x: rect.x + rect.width - 2, y: rect.y + rect.height - 1, role: .accent)
        }
    }
}

extension ScrollingText {
    /// A line too wide for `width` cut after its last whole word that fits with `ellipsis`
    /// ("Profile: name, school,…" rather than "…citizenshi…"); the line itself when it fits, or
    /// when its first word alone is too wide (then `Canvas.put` cuts it).
    static func atWord(_ line: String, width: Int, ellipsis: String) -> String {
        guard TextWidth.of(line) > width else { return line }
        let room = width - TextWidth.of(ellipsis)
        var kept = ""
        var keptWidth = 0
        var lastWordEnd: String.Index? = nil
        for index in line.indices {
            let character = line[index]
            let w = TextWidth.of(character)
            if keptWidth + w > room { break }
            // A space after a word: the text up to here ends at a whole word.
            if character == " ", let last = kept.last, last != " " { lastWordEnd = kept.endIndex }
            kept.append(character)
            keptWidth += w
        }
        // The next character starts no new word only when it is a space: then all of `kept` is whole.
        let next = line.index(line.startIndex, offsetBy: kept.count, limitedBy: line.endIndex)
        if let next, next < line.endIndex, line[next] == " ", kept.last != " " { lastWordEnd = kept.endIndex }
        guard let end = lastWordEnd, kept[..<end].contains(where: { $0 != " " }) else { return line }
        return String(kept[..<end]) + ellipsis
    }
}

extension String {
    func padded(to width: Int) -> String {
        let w = TextWidth.of(self)
        return w >= width ? self + " " : self + String(repeating: " ", count: width - w)
    }
}
