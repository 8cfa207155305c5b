extension Canvas {
    /// A detail screen's box when what it showed is gone (removed, or undone away): the box,
    /// titled with what it was, and one line saying so.
    mutating func goneBox(_ rect: Rect, title: String, text: String, glyphs: Glyphs) {
        box(rect, title: title, focused: true, glyphs: glyphs)
        let inner = Canvas.inner(rect)
        put(text, x: inner.x + 1, y: inner.y, role: .muted, maxWidth: inner.width - 2, ellipsis: glyphs.ellipsis)
    }

    /// Draws a box border with a title; a focused box draws its title in the accent role.
    mutating func box(_ rect: Rect, title: String, focused: Bool, glyphs: Glyphs, frame: StyleRole = .border) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.x + rect.width - 1
        let bottom = rect.y + rect.height - 1
        for x in rect.x...right {
            self[x, rect.y] = Cell(glyphs.horizontal, role: frame)
            self[x, bottom] = Cell(glyphs.horizontal, role: frame)
        }
        for y in rect.y...bottom {
            self[rect.x, y] = Cell(glyphs.vertical, role: frame)
            self[right, y] = Cell(glyphs.vertical, role: frame)
        }
        self[rect.x, rect.y] = Cell(glyphs.topLeft, role: frame)
        self[right, rect.y] = Cell(glyphs.topRight, role: frame)
        self[rect.x, bottom] = Cell(glyphs.bottomLeft, role: frame)
        self[right, bottom] = Cell(glyphs.bottomRight, role: frame)
        let marker = focused ? (glyphs.pointer + " ") : ""
        put(
            " \(marker)\(title) ", x: rect.x + 1, y: rect.y, role: focused ? .accent : .muted,
            maxWidth: rect.width - 2, emphasis: focused, ellipsis: glyphs.ellipsis)
    }

    /// The inside of a box.
    static func inner(_ rect: Rect) -> Rect {
        Rect(x: rect.x + 1, y: rect.y + 1, width: max(0, rect.width - 2), height: max(0, rect.height - 2))
    }

    /// A progress bar of `width` cells.
    mutating func bar(done: Int, total: Int, x: Int, y: Int, width: Int, glyphs: Glyphs) {
        let filled = total == 0 ? 0 : done * width / total
        for i in 0..<width {
            let full = i < filled
            put(String(full ? glyphs.barFull : glyphs.barEmpty), x: x + i, y: y, role: full ? .done : .muted)
        }
    }
}
