/// An in-memory grid of cells that views draw into. The terminal backend copies it to the screen;
/// tests read it as text lines and a style layer.
public struct Canvas: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    /// A cell. Setting one that held part of a wide cluster blanks the rest of that cluster, so
    /// no half of it stays behind to shift the row (a box drawn over a wide name, for example).
    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set {
            clearOverlap(x: x, y: y)
            cells[y * width + x] = newValue
        }
    }

    /// Blanks what is left of a cluster wider than one cell when the cell at (x, y) is about to
    /// be replaced: its base to the left when (x, y) is a continuation, and its continuations to
    /// the right.
    private mutating func clearOverlap(x: Int, y: Int) {
        let row = y * width
        if cells[row + x].character == nil {
            var base = x - 1
            while base >= 0, cells[row + base].character == nil { base -= 1 }
            for column in max(0, base)..<x { cells[row + column].character = " " }
        }
        var column = x + 1
        while column < width, cells[row + column].character == nil {
            cells[row + column].character = " "
            column += 1
        }
    }

    /// Fills a rectangle (clipped to the grid) with spaces in a role.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, role: StyleRole) {
        let rows = max(0, y)..<max(max(0, y), min(height, y + h))
        let columns = max(0, x)..<max(max(0, x), min(width, x + w))
        for row in rows {
            for column in columns { self[column, row] = Cell(" ", role: role) }
        }
    }

    /// Draws text from (x, y), clipped to `maxWidth` columns (and the grid). Text wider than the
    /// space ends with an ellipsis. Returns the number of columns used.
    @discardableResult
    public mutating func put(
        _ text: String, x: Int, y: Int, role: StyleRole = .text, maxWidth: Int? = nil, emphasis: Bool = false,
        ellipsis: String = "…"
    ) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(maxWidth ?? (width - x), width - x)
        guard limit > 0 else { return 0 }
        let fits = TextWidth.of(text) <= limit
        let budget = fits ? limit : max(0, limit - TextWidth.of(ellipsis))
        var column = x
        for character in text {
            let w = TextWidth.of(character)
            if column - x + w > budget { break }
            if w == 0 { continue }
            if column >= 0 {
                // A cluster wider than a cell keeps its base in the first cell and marks the
                // others as its continuation; the terminal draws it across all of them.
                for part in 0..<w where column + part < width { clearOverlap(x: column + part, y: y) }
                cells[y * width + column] = Cell(character, role: role, emphasis: emphasis)
                for part in 1..<max(1, w) where column + part < width {
                    cells[y * width + column + part] = Cell(nil, role: role, emphasis: emphasis)
                }
            }
            column += w
        }
        if !fits {
            for character in ellipsis where column < x + limit {
                self[column, y] = Cell(character, role: role, emphasis: emphasis)
                column += 1
            }
        }
        return column - x
    }

    /// Sets the role of every cell in a row span, keeping the characters (for highlights).
    public mutating func paint(x: Int, y: Int, width w: Int, role: StyleRole, emphasis: Bool? = nil) {
        guard y >= 0, y < height else { return }
        // Straight into the storage: the characters stay, so no wide cluster may be cleared.
        for column in max(0, x)..<max(max(0, x), min(width, x + w)) {
            cells[y * width + column].role = role
            if let emphasis { cells[y * width + column].emphasis = emphasis }
        }
    }

    /// The grid as text, one string per row, with trailing spaces removed.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width {
                if let character = self[column, row].character { line.append(character) }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The style layer: one role code per cell (see `StyleRole.code`), with trailing text-role
    /// cells removed.
    public var styleLines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width {
                let cell = self[column, row]
                line.append(cell.emphasis && cell.role == .text ? "B" : cell.role.code)
            }
            while line.last == "." { line.removeLast() }
            return line
        }
    }
}
