import PathwayCore

/// The programs table: the columns the person chose, or those the width gives (at 80 columns
/// the id, the name with its end kept, the city, visa, status, date and fit marks). Fit marks are
/// letters (V, S, Y, U), so they read without colour.
enum ProgramsView {
    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect, glyphs: Glyphs) {
        let rows = ProgramBrowser.rows(state)
        let total = state.pathway.programs.count
        let filter = ProgramBrowser.filterText(state)
        var title = "Programs"
        if total > 0 {
            // The filter in force is named, since nothing else on the screen shows it.
            title +=
                filter.isEmpty
                ? " (\(total)"
                : " (\(rows.count) of \(total) matching \"\(TextWidth.visible(filter, unicode: state.unicode))\""
            title += ", by \(state.programs.sort.rawValue)"
            let marked = state.programs.marked.count
            title += marked > 0 ? ", \(marked) marked)" : ")"
        }
        let inner = Canvas.inner(rect)
        let x = inner.x + 1
        let width = inner.width - 2
        // Below the wide layout the status takes its short words, to leave the name room.
        let shortStatus = width < ProgramTableColumn.wideFrom
        var shown = ProgramTableColumn.shown(chosen: state.programs.columns, width: width)
        // Chosen columns that leave the name too narrow to read give way, the least telling
        // first (specialty, state, city, date, visa, id), and the title says how many.
        func left() -> Int { width - shown.compactMap { $0.width(shortStatus: shortStatus) }.reduce(0) { $0 + $1 + 1 } }
        var hidden = 0
        while left() < minimumNameWidth, let next = ProgramTableColumn.givingWay.first(where: shown.contains) {
            shown.removeAll { $0 == next }
            hidden += 1
        }
        if hidden > 0, total > 0 {
            title += " \(hidden) column\(hidden == 1 ? "" : "s") hidden for the width"
        }
        canvas.box(rect, title: title, focused: true, glyphs: glyphs)
        guard inner.width > 10, inner.height > 1 else { return }
        guard !rows.isEmpty else {
            drawEmpty(state, filter: filter, into: &canvas, x: x, y: inner.y, width: width, glyphs: glyphs)
            return
        }
        let nameWidth = max(1, left())
        let columns = shown.map {
            TableColumn(title: $0.title, width: $0.width(shortStatus: shortStatus) ?? nameWidth)
        }
        // The fit is judged for the rows drawn only: the person once per frame, each drawn
        // program once, not the thousands a season may hold.
        let applicant = ProgramFit.Applicant(pathway: state.pathway, today: state.today)
        let fitColumn = shown.firstIndex(of: .fit)
        let table = ListTable(
            columns: columns, rowCount: rows.count,
            row: { index in
                let program = rows[index]
                let marks = String(ProgramFit.warnings(for: program, applicant: applicant).map(\.kind.mark))
                let cells = shown.map { column in
                    let text = column.cell(program, marks: marks, shortStatus: shortStatus, unicode: state.unicode)
                    // Similar names differ at their end ("... Internal Medicine", "... Pediatrics").
                    return column == .name ? keepingEnd(text, width: nameWidth, ellipsis: glyphs.ellipsis) : text
                }
                return ListTable.Row(
                    cells: cells, role: program.status.isActive ? .text : .muted,
                    marked: state.programs.marked.contains(program.id),
                    highlight: marks.isEmpty ? nil : fitColumn.map { ($0, .dueSoon) })
            }, footer: [], scrollMarksOnBorder: true)
        table.draw(into: &canvas, inner: inner, cursor: state.programs.table, glyphs: glyphs)
    }

    /// The narrowest the name column gets; chosen columns beyond that are not drawn.
    static let minimumNameWidth = 16

    /// Text cut to `width` columns in its middle, keeping its start and more of its end.
    static func keepingEnd(_ text: String, width: Int, ellipsis: String) -> String {
        guard TextWidth.of(text) > width, width > 4 else { return text }
        let room = width - TextWidth.of(ellipsis)
        var head = ""
        var headWidth = 0
        for character in text {
            let next = TextWidth.of(character)
            if headWidth + next > room / 3 { break }
            head.append(character)
            headWidth += next
        }
        var tail: [Character] = []
        var tailWidth = 0
        for character in text.reversed() {
            let next = TextWidth.of(character)
            if headWidth + tailWidth + next > room { break }
            tail.append(character)
            tailWidth += next
        }
        let trimmedHead = head.last == " " ? String(head.dropLast()) : head
        return trimmedHead + ellipsis + String(tail.reversed())
    }

    /// A status in at most 11 columns, for narrow windows.
    static func shortLabel(_ status: ProgramStatus) -> String {
        switch status {
        case .invited: "invited"
        case .interviewScheduled: "scheduled"
        default: status.label
        }
    }

    /// What to do when the table has no rows: add or import programs, or clear the filter.
    private static func drawEmpty(
        _ state: AppState, filter: String, into canvas: inout Canvas, x: Int, y: Int, width: Int, glyphs: Glyphs
    ) {
        let keys = ProgramsScreen.keyMap
        let lines: [String]
        if state.pathway.programs.isEmpty {
            lines = [
                "No programs yet: \(keys.key(.addItem)) adds one, or import your spreadsheet with",
                "imgpath program import FILE.csv",
                "",
                "A row per program: its visa sponsorship, score and graduation-year cut-offs, and",
                "where your application stands. \(keys.key(.advance)) moves a program to its next status.",
            ]
        } else {
            lines = [
                "No program matches \"\(TextWidth.visible(filter, unicode: state.unicode))\".",
                "\(EditorScreen.keyMap.key(.back)) clears the filter.",
            ]
        }
        let paragraphs = lines.enumerated().map { offset, line in (line, offset == 0 ? StyleRole.text : .muted) }
        ListTable.drawParagraphs(paragraphs, into: &canvas, x: x, y: y, width: width, glyphs: glyphs)
    }
}
