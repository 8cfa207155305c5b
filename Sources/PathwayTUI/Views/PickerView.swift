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

    static func draw(_ state: AppState, _ picker: Picker, into canvas: inout Canvas, within area: Rect, glyphs: Glyphs) {
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
        var y = inner.y
        for (index, option) in picker.options.enumerated() where y < inner.y + inner.height {
            let role: StyleRole = option.isAllowed ? .text : .muted
            let mark = option.isAllowed ? (state.unicode ? "○" : "o") : (state.unicode ? "✖" : "x")
            canvas.put(" \(mark) \(option.label)", x: inner.x, y: y, role: role, maxWidth: inner.width, emphasis: option.isAllowed)
            if index == picker.cursor.selection { canvas.paint(x: inner.x, y: y, width: inner.width, role: .selection) }
            y += 1
            for (text, reasonRole) in reasons(option, width: textWidth) where y < inner.y + inner.height {
                canvas.put(text, x: inner.x + 5, y: y, role: reasonRole, maxWidth: inner.width - 6, ellipsis: glyphs.ellipsis)
                y += 1
            }
        }
    }
}
