import PathwayCore

/// The timeline screen: deadlines with days left, the season calendar with the source and year
/// of each date, and what was done when.
enum TimelineView {
    /// Lines kept in view under the selected one (its source line, and one more).
    static let margin = 2

    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect, glyphs: Glyphs) {
        canvas.box(rect, title: "Timeline", focused: true, glyphs: glyphs)
        let inner = Canvas.inner(rect)
        guard inner.width > 10, inner.height > 0 else { return }
        let lines = TimelineLine.lines(for: state)
        let targets = lines.indices.filter { lines[$0].target != nil }
        let selectedLine =
            state.timelineTarget.flatMap { target in lines.firstIndex { $0.target == target } } ?? targets.first ?? 0
        // Keep the selected line in view, with its source line under it when there is one.
        let first = state.timelineScroll.firstLine(
            selectedLine: selectedLine, lineCount: lines.count, visible: inner.height, margin: margin)
        let x = inner.x + 1
        let width = inner.width - 2
        for (offset, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            let y = inner.y + offset
            if line.target == nil && line.date.isEmpty {
                canvas.put(
                    line.title, x: x, y: y, role: line.role, maxWidth: width, emphasis: line.isHeader,
                    ellipsis: glyphs.ellipsis)
                continue
            }
            var column = x
            column += canvas.put(line.date.padded(to: 11), x: column, y: y, role: line.role, maxWidth: 11)
            if width >= 60 {
                column += canvas.put(line.when.padded(to: 14), x: column, y: y, role: line.role, maxWidth: 14)
            }
            column += canvas.put(line.milestone.padded(to: 11), x: column, y: y, role: .muted, maxWidth: 11)
            canvas.put(
                line.title, x: column, y: y, role: line.role, maxWidth: x + width - column, ellipsis: glyphs.ellipsis)
            if first + offset == selectedLine && !targets.isEmpty {
                canvas.paint(x: inner.x, y: y, width: inner.width, role: .selection)
            }
        }
        if first + inner.height < lines.count {
            canvas.put(glyphs.ellipsis, x: rect.x + rect.width - 2, y: rect.y + rect.height - 1, role: .accent)
        }
    }
}
