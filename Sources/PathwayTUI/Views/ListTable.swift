/// The table every list screen draws (programs, letters, US experience): a heading line, rows
/// with a selected one, scrolled to keep the selection in view, marked rows, and summary lines
/// (totals, warnings) kept at the bottom of the box. `TableFeature` is its screen side.
struct ListTable {
    /// One line of the table: its cells and colour role.
    struct Row {
        var cells: [String]
        var role: StyleRole
        /// Marked for an action on many rows: a `*` in the margin, so it reads without colour.
        var marked = false
        /// A cell to paint in its own role (the programs' fit marks), by column.
        var highlight: (column: Int, role: StyleRole)?

        init(cells: [String], role: StyleRole, marked: Bool = false, highlight: (column: Int, role: StyleRole)? = nil) {
            self.cells = cells
            self.role = role
            self.marked = marked
            self.highlight = highlight
        }
    }

    /// The box the list screens draw in: the window less the title, message lines and key bar.
    static func body(_ state: AppState) -> Rect {
        Rect(x: 0, y: 1, width: state.width, height: Layout(width: state.width, height: state.height).checklist.height)
    }

    /// Paragraphs wrapped to `width` from (x, y), each in its role; an empty one is a blank line.
    /// What an empty list says in place of its rows.
    static func drawParagraphs(
        _ paragraphs: [(String, StyleRole)], into canvas: inout Canvas, x: Int, y: Int, width: Int, glyphs: Glyphs
    ) {
        var row = y
        for (text, role) in paragraphs {
            for part in text.isEmpty ? [""] : TextWrap.lines(text, width: width) {
                canvas.put(part, x: x, y: row, role: role, maxWidth: width, ellipsis: glyphs.ellipsis)
                row += 1
            }
        }
    }

    /// Draws a list screen's box with `title`, then the table `make` builds for the inner box and
    /// its text width, or, with no rows, the `empty` paragraphs (what the list is, how to add).
    static func draw(
        title: String, empty: [(String, StyleRole)]?, cursor: ListCursor, into canvas: inout Canvas, rect: Rect,
        glyphs: Glyphs, make: (_ inner: Rect, _ width: Int) -> ListTable
    ) {
        canvas.box(rect, title: title, focused: true, glyphs: glyphs)
        let inner = Canvas.inner(rect)
        guard inner.width > 10, inner.height > 2 else { return }
        let width = inner.width - 2
        if let empty {
            drawParagraphs(empty, into: &canvas, x: inner.x + 1, y: inner.y, width: width, glyphs: glyphs)
            return
        }
        make(inner, width).draw(into: &canvas, inner: inner, cursor: cursor, glyphs: glyphs)
    }

    /// What an empty list says: the first line in text, how to add one; then what a row holds,
    /// and the command that adds one from the command line.
    static func emptyText(_ first: String, about: String, command: String) -> [(String, StyleRole)] {
        [(first, .text), ("", .muted), (about, .muted), ("", .muted), ("From the command line: " + command, .muted)]
    }

    /// How many rows a list screen's table shows above the `footer` it draws for the inner box.
    static func visibleRows(
        _ state: AppState, footer: (AppState, Rect) -> [(text: String, role: StyleRole)]
    ) -> Int {
        let inner = Canvas.inner(body(state))
        return visibleRows(innerHeight: inner.height, footerLines: footer(state, inner).count)
    }

    var columns: [TableColumn]
    /// How many rows the table has, and the row at an index: made only for the rows drawn, so a
    /// table of thousands costs what the window shows.
    var rowCount: Int
    var row: (Int) -> Row
    /// Summary lines under the table, already wrapped to the text width.
    var footer: [(text: String, role: StyleRole)]
    /// Where "more below" is shown: on the box's border under the rows (a table without a
    /// footer, the programs), or on the last row with "more above" on the first (the lists).
    var scrollMarksOnBorder = false

    init(columns: [TableColumn], rows: [Row], footer: [(text: String, role: StyleRole)]) {
        self.init(columns: columns, rowCount: rows.count, row: { rows[$0] }, footer: footer)
    }

    init(
        columns: [TableColumn], rowCount: Int, row: @escaping (Int) -> Row, footer: [(text: String, role: StyleRole)],
        scrollMarksOnBorder: Bool = false
    ) {
        self.columns = columns
        self.rowCount = rowCount
        self.row = row
        self.footer = footer
        self.scrollMarksOnBorder = scrollMarksOnBorder
    }

    /// How many table rows fit in a box's inner height with `footerLines` summary lines under
    /// them (the heading line and a blank line before the summary take two more).
    static func visibleRows(innerHeight: Int, footerLines: Int) -> Int {
        max(1, innerHeight - 1 - (footerLines > 0 ? footerLines + 1 : 0))
    }

    /// The most summary lines a box's inner height gives the footer: what the table's rows leave,
    /// and never less than a third, so warnings show however long the list.
    static func footerRoom(innerHeight: Int, rowCount: Int) -> Int {
        max(1, innerHeight / 3, innerHeight - 2 - rowCount)
    }

    /// The cursor after a click at (x, y) on a table drawn inside `inner` (its heading on the
    /// first line, then `visible` rows of `count`, as `draw` lays them out), or nil when the
    /// click is not on a row. The clicked row is selected where it is: the rows do not move.
    static func cursor(
        clickedAt x: Int, _ y: Int, inner: Rect, cursor: ListCursor, count: Int, visible: Int
    ) -> ListCursor? {
        let offset = y - inner.y - 1
        guard count > 0, inner.contains(x: x, y: y), offset >= 0, offset < visible else { return nil }
        let selected = min(max(0, cursor.selection), count - 1)
        let first = cursor.firstLine(selectedLine: selected, lineCount: count, visible: visible)
        let row = first + offset
        guard row < count else { return nil }
        // The first line follows the selection; the scroll keeps it where it was.
        let base = ListCursor(selection: row).firstLine(selectedLine: row, lineCount: count, visible: visible)
        return ListCursor(selection: row, scroll: max(0, first - base))
    }

    /// Draws the table inside `inner`, the text from `x` over `width` columns.
    func draw(into canvas: inout Canvas, inner: Rect, cursor: ListCursor, glyphs: Glyphs) {
        let x = inner.x + 1
        let width = inner.width - 2
        TableColumn.draw(columns.map(\.title), columns, into: &canvas, x: x, y: inner.y, role: .muted, glyphs: glyphs)
        let visible = Self.visibleRows(innerHeight: inner.height, footerLines: footer.count)
        let selected = min(max(0, cursor.selection), rowCount - 1)
        let first = cursor.firstLine(selectedLine: selected, lineCount: rowCount, visible: visible)
        for index in first..<min(rowCount, first + visible) {
            let row = row(index)
            let y = inner.y + 1 + index - first
            TableColumn.draw(row.cells, columns, into: &canvas, x: x, y: y, role: row.role, glyphs: glyphs)
            if let highlight = row.highlight, highlight.column < columns.count {
                let start = x + columns[..<highlight.column].reduce(0) { $0 + $1.width + 1 }
                canvas.paint(x: start, y: y, width: columns[highlight.column].width, role: highlight.role)
            }
            if row.marked { canvas.put("*", x: inner.x, y: y, role: .accent) }
            if index == selected { canvas.paint(x: inner.x, y: y, width: inner.width, role: .selection) }
        }
        let right = inner.x + inner.width - 1
        if scrollMarksOnBorder {
            if first + visible < rowCount {
                canvas.put(glyphs.ellipsis, x: right, y: inner.y + inner.height, role: .accent)
            }
            return
        }
        if first > 0 { canvas.put(glyphs.ellipsis, x: right, y: inner.y + 1, role: .accent) }
        if first + visible < rowCount { canvas.put(glyphs.ellipsis, x: right, y: inner.y + visible, role: .accent) }
        let top = inner.y + inner.height - footer.count
        for (offset, line) in footer.enumerated() {
            canvas.put(line.text, x: x, y: top + offset, role: line.role, maxWidth: width, ellipsis: glyphs.ellipsis)
        }
    }

    /// Paragraphs wrapped to `width`, each line with its paragraph's role, at most `limit` lines:
    /// when they do not all fit, the last line is `more` (where to read the rest).
    ///
    /// Only whole paragraphs are shown above `more`: a warning cut at a line end could read as
    /// its opposite ("… on 2026-12-06 but ERAS has"). A first paragraph longer than the room
    /// is the one exception, cut with `ellipsis` so the cut shows.
    static func wrap(
        _ paragraphs: [(String, StyleRole)], width: Int, limit: Int, more: String, ellipsis: String = "…"
    ) -> [(text: String, role: StyleRole)] {
        let wrapped = paragraphs.map { paragraph in
            TextWrap.lines(paragraph.0, width: width).map { (text: $0, role: paragraph.1) }
        }
        let all = wrapped.flatMap { $0 }
        guard all.count > limit else { return all }
        let room = max(0, limit - 1)
        var lines: [(text: String, role: StyleRole)] = []
        for paragraph in wrapped {
            if lines.count + paragraph.count <= room {
                lines += paragraph
                continue
            }
            if lines.isEmpty && room > 0 {
                lines = Array(paragraph.prefix(room))
                lines[room - 1].text = Self.cut(lines[room - 1].text, width: width, ellipsis: ellipsis)
            }
            break
        }
        return lines + [(text: more, role: .muted)]
    }

    /// A line that goes on below, ended with `ellipsis` within `width`.
    static func cut(_ line: String, width: Int, ellipsis: String) -> String {
        var text = line
        let room = width - TextWidth.of(ellipsis)
        while !text.isEmpty && TextWidth.of(text) > room { text.removeLast() }
        while text.last == " " { text.removeLast() }
        return text + ellipsis
    }
}
