/// The body of a detail screen (a letter, an experience): a line per field, label and value,
/// the selectable ones first, then lines that explain, scrolled to keep the selection in view.
struct FieldList {
    /// One drawn line.
    struct Line {
        var label: String
        var value: String
        var role: StyleRole = .text
        /// A line of text under the fields that takes the label's column too.
        var spansLabel = false
    }

    var lines: [Line]
    /// The width of the labels' column.
    var labelWidth: Int

    /// The rows a detail screen's box shows for a window height.
    static func visible(_ state: AppState) -> Int { max(1, ListTable.body(state).height - 2) }

    /// How far the list scrolls past the selected line, so the lines under the fields can be read.
    func scrollLimit(selected: Int, visible: Int) -> Int {
        ListCursor.scrollLimit(selectedLine: selected, lineCount: lines.count, visible: visible)
    }

    func draw(into canvas: inout Canvas, inner: Rect, cursor: ListCursor, glyphs: Glyphs) {
        let x = inner.x + 1
        let width = inner.width - 2
        let first = cursor.firstLine(selectedLine: cursor.selection, lineCount: lines.count, visible: inner.height)
        for (offset, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            let y = inner.y + offset
            if line.spansLabel {
                canvas.put(line.value, x: x, y: y, role: line.role, maxWidth: width, ellipsis: glyphs.ellipsis)
            } else {
                canvas.put(line.label, x: x, y: y, role: .muted, maxWidth: labelWidth - 1, ellipsis: glyphs.ellipsis)
                canvas.put(
                    line.value, x: x + labelWidth, y: y, role: line.role, maxWidth: width - labelWidth,
                    ellipsis: glyphs.ellipsis)
            }
            if first + offset == cursor.selection {
                canvas.paint(x: inner.x, y: y, width: inner.width, role: .selection)
            }
        }
        if first + inner.height < lines.count {
            canvas.put(glyphs.ellipsis, x: inner.x + inner.width - 1, y: inner.y + inner.height - 1, role: .accent)
        }
    }

    /// Text wrapped to the value column, the first line labelled.
    static func wrapped(_ label: String, _ text: String, role: StyleRole, valueWidth: Int) -> [Line] {
        TextWrap.lines(text, width: max(10, valueWidth)).enumerated().map { index, part in
            Line(label: index == 0 ? label : "", value: part, role: role)
        }
    }
}
