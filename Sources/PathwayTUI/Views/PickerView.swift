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

    static func draw(_ state: AppState, _ picker: Picker, into canvas: inout Canvas, within area: Rect, glyphs: Glyphs)
    {
        let width = min(area.width - 4, 72)
        let textWidth = width - 8
        let lineCount = picker.options.reduce(0) { $0 + 1 + reasons($1, width: textWidth).count }
        let height = min(area.height, lineCount + 2)
        let rect = Rect(
            x: area.x + (area.width - width) / 2, y: area.y + max(0, (area.height - height) / 2), width: width,
            height: height)
        // A clear margin around the box, so nothing of the pane behind runs into its edge.
        canvas.fill(x: rect.x - 1, y: rect.y, width: rect.width + 2, height: rect.height, role: .text)
        canvas.box(rect, title: picker.title, focused: true, glyphs: glyphs, frame: .accent)
        let inner = Canvas.inner(rect)
        // Every line of the list, each option followed by its reasons; scrolled so that the
        // highlighted option and its reasons are in view.
        var lines: [(text: String, x: Int, role: StyleRole, emphasis: Bool, option: Int?)] = []
        for (index, option) in picker.options.enumerated() {
            let role: StyleRole = option.isAllowed ? .text : .muted
            let mark =
                option.isCurrent
                ? (state.unicode ? "●" : "*")
                : option.isAllowed ? (state.unicode ? "○" : "o") : (state.unicode ? "✖" : "x")
            // Labels can hold text from the file (a program's name): drawn with controls made visible.
            let label = TextWidth.visible(option.label, unicode: state.unicode)
            lines.append((" \(mark) \(label)", 0, role, option.isAllowed, index))
            for (text, reasonRole) in reasons(option, width: textWidth) {
                lines.append((text, 5, reasonRole, false, nil))
            }
        }
        let selectedLine = lines.firstIndex { $0.option == picker.cursor.selection } ?? 0
        let margin = picker.selected.map { reasons($0, width: textWidth).count } ?? 0
        let first = ListCursor().firstLine(
            selectedLine: selectedLine, lineCount: lines.count, visible: inner.height, margin: margin)
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
