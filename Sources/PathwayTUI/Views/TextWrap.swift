/// Breaks text into lines of at most a number of columns, at spaces where it can.
enum TextWrap {
    /// - Parameter limit: stop after this many lines (the last may then not be the text's end),
    ///   for a view that shows only the first few of a long text.
    static func lines(_ text: String, width: Int, limit: Int = .max) -> [String] {
        guard width > 0 else { return [text] }
        var lines: [String] = []
        var current = ""
        // The width of `current`, kept as words are added rather than measured again each time.
        var currentWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if lines.count >= limit { return Array(lines.prefix(limit)) }
            let word = String(word)
            let wordWidth = TextWidth.of(word)
            let candidateWidth = current.isEmpty ? wordWidth : currentWidth + 1 + wordWidth
            if candidateWidth <= width {
                current = current.isEmpty ? word : current + " " + word
                currentWidth = candidateWidth
                continue
            }
            if !current.isEmpty { lines.append(current) }
            // A word longer than the line is cut into pieces.
            var rest = word
            while TextWidth.of(rest) > width {
                var piece = ""
                for c in rest {
                    if TextWidth.of(piece) + TextWidth.of(c) > width { break }
                    piece.append(c)
                }
                if piece.isEmpty { break }
                lines.append(piece)
                rest.removeFirst(piece.count)
            }
            current = rest
            currentWidth = TextWidth.of(rest)
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines.count > limit ? Array(lines.prefix(limit)) : lines
    }
}
