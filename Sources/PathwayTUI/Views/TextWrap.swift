/// Breaks text into lines of at most a number of columns, at spaces where it can.
///
/// The work is bounded by what is returned, not by the text's length: characters are read once,
/// in order, and reading stops at the line limit. A note of a hundred megabytes without a space
/// costs what its first lines cost.
enum TextWrap {
    /// The most lines a text is wrapped into when the caller names no limit: more than any
    /// screen shows, few enough that drawing stays quick whatever the text.
    static let defaultLimit = 500

    /// - Parameter limit: stop after this many lines (the last may then not be the text's end),
    ///   for a view that shows only the first few of a long text.
    static func lines(_ text: String, width: Int, limit: Int = defaultLimit) -> [String] {
        guard width > 0 else { return [text] }
        var lines: [String] = []
        // The line being filled and the word being read, with their widths.
        var current = ""
        var currentWidth = 0
        var word = ""
        var wordWidth = 0
        // Set while a word longer than a line is read: its full pieces are lines of their own.
        var cutting = false
        func placeWord() {
            if cutting {
                (current, currentWidth) = (word, wordWidth)
                cutting = false
            } else {
                let candidateWidth = current.isEmpty ? wordWidth : currentWidth + 1 + wordWidth
                if candidateWidth <= width {
                    current = current.isEmpty ? word : current + " " + word
                    currentWidth = candidateWidth
                } else {
                    if !current.isEmpty { lines.append(current) }
                    (current, currentWidth) = (word, wordWidth)
                }
            }
            (word, wordWidth) = ("", 0)
        }
        for character in text {
            if lines.count >= limit { return Array(lines.prefix(limit)) }
            if character == " " {
                placeWord()
                continue
            }
            let characterWidth = TextWidth.of(character)
            if wordWidth + characterWidth > width {
                // The word cannot fit on any line: the line before it ends, and each full piece
                // of the word becomes a line.
                if !cutting {
                    if !current.isEmpty { lines.append(current) }
                    (current, currentWidth) = ("", 0)
                    cutting = true
                }
                if !word.isEmpty {
                    lines.append(word)
                    (word, wordWidth) = ("", 0)
                }
            }
            word.append(character)
            wordWidth += characterWidth
        }
        placeWord()
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines.count > limit ? Array(lines.prefix(limit)) : lines
    }
}
