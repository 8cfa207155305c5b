import PathwayCore

/// One program in full: every field with its value, its status days among them, then its status and fit
/// warnings in words.
enum ProgramDetailView {
    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect, glyphs: Glyphs) {
        guard let id = state.programs.detailID, let program = state.pathway.program(id) else {
            canvas.goneBox(
                rect, title: "Program",
                text: "This program no longer exists; \(ProgramDetailScreen.keyMap.key(.back)) goes back.",
                glyphs: glyphs)
            return
        }
        let name = TextWidth.visible(program.name, unicode: state.unicode)
        // The status and fit marks lead the title, so they show while the fields below scroll.
        let fits = ProgramFit.warnings(
            for: program, applicant: ProgramFit.Applicant(pathway: state.pathway, today: state.today))
        let marks = fits.isEmpty ? "" : ", fit " + String(fits.map(\.kind.mark))
        canvas.box(
            rect, title: "\(program.id) [\(program.status.label)\(marks)] \(name)", focused: true, glyphs: glyphs)
        let inner = Canvas.inner(rect)
        guard inner.width > 10, inner.height > 0 else { return }
        let x = inner.x + 1
        let width = inner.width - 2
        let lines = Self.lines(program, state: state, width: width)
        let selected = state.programs.detail.selection
        let first = state.programs.detail.firstLine(
            selectedLine: selected, lineCount: lines.count, visible: inner.height)
        for (offset, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            let y = inner.y + offset
            canvas.put(line.label, x: x, y: y, role: .muted, maxWidth: labelWidth - 1, ellipsis: glyphs.ellipsis)
            canvas.put(
                line.value, x: x + labelWidth, y: y, role: line.role, maxWidth: width - labelWidth,
                ellipsis: glyphs.ellipsis)
            if first + offset == selected { canvas.paint(x: inner.x, y: y, width: inner.width, role: .selection) }
        }
        // More below (the fit warnings, in a short window): j past the last field scrolls to it.
        if first + inner.height < lines.count {
            canvas.put(glyphs.ellipsis, x: rect.x + rect.width - 2, y: rect.y + rect.height - 1, role: .accent)
        }
    }

    /// The width of the labels' column.
    static let labelWidth = 32

    /// The lines of the details for a width: the fields first (the selectable lines, in the
    /// order of `ProgramField`), the status days among them), then the status, then the fit warnings, wrapped.
    static func lines(_ program: Program, state: AppState, width: Int) -> [(
        label: String, value: String, role: StyleRole
    )] {
        var lines: [(label: String, value: String, role: StyleRole)] = ProgramField.allCases.map { field in
            let value = field.text(of: program)
            return (field.label, value.isEmpty ? "-" : TextWidth.visible(value, unicode: state.unicode), .text)
        }
        lines.append(("", "", .text))
        // The status's day is among the fields above, where it can be corrected.
        lines.append(("Status", program.status.label, .accent))
        let applicant = ProgramFit.Applicant(pathway: state.pathway, today: state.today)
        let fits = ProgramFit.warnings(for: program, applicant: applicant)
        lines.append(("", "", .text))
        let valueWidth = max(10, width - labelWidth)
        if fits.isEmpty {
            lines.append(("Fit", "no warnings from your profile and scores", .done))
        }
        for fit in fits {
            for (index, part) in TextWrap.lines(fit.message, width: valueWidth).enumerated() {
                lines.append((index == 0 ? "Fit \(fit.kind.mark): \(fit.kind.label)" : "", part, .dueSoon))
            }
        }
        return lines
    }

    /// How far the details scroll past the last field, so the fit warnings can be read.
    static func scrollLimit(_ state: AppState) -> Int {
        guard let id = state.programs.detailID, let program = state.pathway.program(id) else { return 0 }
        let body = Layout(width: state.width, height: state.height).checklist.height
        let visible = max(1, body - 2)
        let count = lines(program, state: state, width: state.width - 4).count
        return ListCursor.scrollLimit(
            selectedLine: state.programs.detail.selection, lineCount: count, visible: visible)
    }
}
