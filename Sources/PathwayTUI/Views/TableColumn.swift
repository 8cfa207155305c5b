/// A column of a list screen's table: its heading and width. The first column of a table (the
/// name, site or writer) takes the width the fixed ones leave.
struct TableColumn {
    let title: String
    let width: Int

    /// The columns for a text width: a first column that takes what `fixed` leaves (at least one
    /// cell), then the fixed ones, a space between each.
    static func fitting(_ first: String, _ fixed: [TableColumn], in width: Int) -> [TableColumn] {
        let left = max(1, width - fixed.reduce(0) { $0 + $1.width + 1 })
        return [TableColumn(title: first, width: left)] + fixed
    }

    /// Draws one line of a table: each cell cut to its column, a space between columns.
    static func draw(
        _ cells: [String], _ columns: [TableColumn], into canvas: inout Canvas, x: Int, y: Int, role: StyleRole,
        glyphs: Glyphs
    ) {
        var column = x
        for (text, spec) in zip(cells, columns) {
            canvas.put(text, x: column, y: y, role: role, maxWidth: spec.width, ellipsis: glyphs.ellipsis)
            column += spec.width + 1
        }
    }
}
