import PathwayCore

/// The choice list: statuses a milestone could move to (blocked ones with the reason), or the
/// values of a profile choice.
enum PickerView {
    /// The lines under each option: why it is blocked, or the advice it carries (none when clear).
    static func reasons(_ option: Picker.Option, width: Int) -> [(String, StyleRole)] {
        if let blocker = option.blocker {
            return TextWrap.lines("blocked: \(blocker)", width: width).prefix(3).map { ($0, .blocked) }
        }
        if let warning = option.warning {
            return TextWrap.lines("note: \(warning)", width: width).prefix(3).map { ($0, .dueSoon) }
        }
        return []
    }

    /// One line of the list: an option's label, or a line of its reasons under it.
    struct Line {
        let text: String
        let x: Int
        let role: StyleRole
        let emphasis: Bool
        /// The option the line shows, nil for a reason's line.
        let option: Int?
    }

    /// Where the list goes: inside the screen's box, so that a long list never lies on its
    /// borders and title.
    static func area(_ state: AppState) -> Rect {
        let body = ListTable.body(state)
        return Rect(x: body.x, y: body.y + 1, width: body.width, height: max(1, body.height - 2))
    }

    /// The box, every line of the list (each option followed by its reasons), and the first line
    /// shown: scrolled so that the highlighted option and its reasons are in view. Drawing and
    /// a click read the same layout.
    static func layout(_ state: AppState, _ picker: Picker, within area: Rect) -> (
        rect: Rect, lines: [Line], first: Int
    ) {
        let width = min(area.width - 4, 72)
        let textWidth = width - 8
        let lineCount = picker.options.reduce(0) { $0 + 1 + reasons($1, width: textWidth).count }
        let height = min(area.height, lineCount + 2)
        let rect = Rect(
            x: area.x + (area.width - width) / 2, y: area.y + max(0, (area.height - height) / 2), width: width,
            height: height)
        var lines: [Line] = []
        for (index, option) in picker.options.enumerated() {
            let role: StyleRole = option.isAllowed ? .text : .muted
            let mark =
                option.isCurrent
                ? (state.unicode ? "●" : "*")
                : option.isAllowed ? (state.unicode ? "○" : "o") : (state.unicode ? "✖" : "x")
            // Labels can hold text from the file (a program's name): drawn with controls made visible.
            let label = TextWidth.visible(option.label, unicode: state.unicode)
            lines.append(Line(text: " \(mark) \(label)", x: 0, role: role, emphasis: option.isAllowed, option: index))
            for (text, reasonRole) in reasons(option, width: textWidth) {
                lines.append(Line(text: text, x: 5, role: reasonRole, emphasis: false, option: nil))
            }
        }
        let selectedLine = lines.firstIndex { $0.option == picker.cursor.selection } ?? 0
        let margin = picker.selected.map { reasons($0, width: textWidth).count } ?? 0
        let first = ListCursor().firstLine(
            selectedLine: selectedLine, lineCount: lines.count, visible: Canvas.inner(rect).height, margin: margin)
        return (rect, lines, first)
    }

    /// The option at (x, y), if a line of one is drawn there.
    static func option(at x: Int, _ y: Int, _ state: AppState, _ picker: Picker) -> Int? {
        let (rect, lines, first) = layout(state, picker, within: area(state))
        let inner = Canvas.inner(rect)
        guard inner.contains(x: x, y: y) else { return nil }
        let index = first + y - inner.y
        return index < lines.count ? lines[index].option : nil
    }

    static func draw(_ state: AppState, _ picker: Picker, into canvas: inout Canvas, within area: Rect, glyphs: Glyphs)
    {
        let (rect, lines, first) = layout(state, picker, within: area)
        // A clear margin around the box, so nothing of the pane behind runs into its edge.
        canvas.fill(x: rect.x - 1, y: rect.y, width: rect.width + 2, height: rect.height, role: .text)
        canvas.box(rect, title: picker.title, focused: true, glyphs: glyphs, frame: .accent)
        let inner = Canvas.inner(rect)
        for (offset, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            let y = inner.y + offset
            canvas.put(
                line.text, x: inner.x + line.x, y: y, role: line.role,
                maxWidth: inner.width - line.x - (line.x > 0 ? 1 : 0),
                emphasis: line.emphasis, ellipsis: glyphs.ellipsis)
            if let option = line.option, option == picker.cursor.selection {
                canvas.paint(x: inner.x, y: y, width: inner.width, role: .selection)
            }
        }
        if first > 0 { canvas.put(glyphs.ellipsis, x: rect.x + rect.width - 2, y: rect.y, role: .accent) }
        if first + inner.height < lines.count {
            canvas.put(glyphs.ellipsis, x: rect.x + rect.width - 2, y: rect.y + rect.height - 1, role: .accent)
        }
    }
}
