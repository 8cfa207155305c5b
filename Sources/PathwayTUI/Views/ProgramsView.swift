import PathwayCore

/// The programs table: name, state, visa, status, date and fit marks, in 80 columns; specialty
/// and city join when the window is wide. Fit marks are letters (V, S, Y, U), so they read
/// without colour.
enum ProgramsView {
    /// A column of the table: its heading and width (the name takes what is left).
    struct Column {
        let title: String
        let width: Int
    }

    /// Windows at least this wide (inside the box) show specialty and city too.
    static let wideFrom = 110

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
            title += ", by \(state.programs.sort.rawValue))"
        }
        canvas.box(rect, title: title, focused: true, glyphs: glyphs)
        let inner = Canvas.inner(rect)
        guard inner.width > 10, inner.height > 1 else { return }
        let x = inner.x + 1
        let width = inner.width - 2
        guard !rows.isEmpty else {
            drawEmpty(state, filter: filter, into: &canvas, x: x, y: inner.y, width: width, glyphs: glyphs)
            return
        }
        let wide = width >= wideFrom
        // Narrow windows (under 80 columns) take the short status words, to leave the name room;
        // the narrowest leave the status's day to the program's details.
        let narrow = width < 76
        let dated = width >= 66
        let fixed: [Column] =
            (wide ? [Column(title: "Specialty", width: 18), Column(title: "City", width: 14)] : [])
            + [
                Column(title: "State", width: 5), Column(title: "Visa", width: 7),
                Column(title: "Status", width: narrow ? 11 : 20),
            ]
            + (dated ? [Column(title: "Date", width: 10)] : []) + [Column(title: "Fit", width: 4)]
        let nameWidth = max(1, width - fixed.reduce(0) { $0 + $1.width + 1 })
        let columns = [Column(title: "Name", width: nameWidth)] + fixed
        drawCells(columns.map(\.title), columns, into: &canvas, x: x, y: inner.y, role: .muted, glyphs: glyphs)
        // The fit of every program, judged once for the frame rather than per row or column.
        let fits = state.pathway.programFits(today: state.today)
        let visible = inner.height - 1
        let selected = min(state.programs.table.selection, rows.count - 1)
        let first = state.programs.table.firstLine(selectedLine: selected, lineCount: rows.count, visible: visible)
        for (offset, program) in rows.dropFirst(first).prefix(visible).enumerated() {
            let y = inner.y + 1 + offset
            let marks = String((fits[program.id] ?? []).map(\.kind.mark))
            var cells = [TextWidth.visible(program.name, unicode: state.unicode)]
            if wide {
                cells += [
                    TextWidth.visible(program.specialty, unicode: state.unicode),
                    TextWidth.visible(program.city, unicode: state.unicode),
                ]
            }
            cells += [
                program.state, program.visa.shortLabel, narrow ? shortLabel(program.status) : program.status.label,
            ]
            cells += (dated ? [ProgramBrowser.shownDate(program)?.description ?? ""] : []) + [marks]
            let role: StyleRole = program.status.isActive ? .text : .muted
            drawCells(cells, columns, into: &canvas, x: x, y: y, role: role, glyphs: glyphs)
            if !marks.isEmpty {
                canvas.paint(x: x + width - 5, y: y, width: 4, role: .dueSoon)
            }
            if first + offset == selected { canvas.paint(x: inner.x, y: y, width: inner.width, role: .selection) }
        }
        if first + visible < rows.count {
            canvas.put(glyphs.ellipsis, x: rect.x + rect.width - 2, y: rect.y + rect.height - 1, role: .accent)
        }
    }

    /// A status in at most 11 columns, for narrow windows.
    static func shortLabel(_ status: ProgramStatus) -> String {
        switch status {
        case .invited: "invited"
        case .interviewScheduled: "scheduled"
        default: status.label
        }
    }

    /// One line of the table: each cell cut to its column, a space between columns.
    private static func drawCells(
        _ cells: [String], _ columns: [Column], into canvas: inout Canvas, x: Int, y: Int, role: StyleRole,
        glyphs: Glyphs
    ) {
        var column = x
        for (text, spec) in zip(cells, columns) {
            canvas.put(text, x: column, y: y, role: role, maxWidth: spec.width, ellipsis: glyphs.ellipsis)
            column += spec.width + 1
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
