extension Canvas {
    /// The grid as the terminal holds it once drawn: for each row, one string per column, with
    /// the spacing character and the zero-width characters that column carries, or "" for the
    /// second column of a wide character.
    ///
    /// The terminal backend draws each cluster as `TextWidth.cells(of:)` splits it and blanks
    /// what is left of its columns; this reads the grid the same way, so tests can hold the
    /// canvas against what a terminal emulator shows, column by column.
    public var terminalRows: [[String]] {
        (0..<height).map { row in
            var columns: [String] = []
            columns.reserveCapacity(width)
            var x = 0
            while x < width {
                // A continuation with no cluster to its left: the backend draws nothing there.
                guard let character = self[x, row].character else {
                    columns.append(" ")
                    x += 1
                    continue
                }
                var end = x + 1
                while end < width, self[end, row].character == nil { end += 1 }
                if TextWidth.printableASCII(character) != nil {
                    columns.append(String(character))
                } else {
                    for part in TextWidth.cells(of: character) where columns.count + part.width <= end {
                        var text = String.UnicodeScalarView()
                        text.append(contentsOf: part.scalars)
                        columns.append(String(text))
                        if part.width == 2 { columns.append("") }
                    }
                }
                // Columns the cluster leaves over are blanked, as the backend does.
                while columns.count < end { columns.append(" ") }
                x = end
            }
            return columns
        }
    }
}
