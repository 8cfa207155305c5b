import PathwayCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How many terminal columns text takes, and how to make user text safe to draw.
///
/// Text is laid out the way the terminal advances its cursor, not by grapheme clusters alone.
/// A terminal cell (an ncurses `cchar_t`) holds one spacing character and the zero-width
/// characters after it; every spacing character takes the columns the C library's `wcwidth`
/// gives it, the function ncursesw and tmux call. So a Devanagari syllable such as "प्रि" (प
/// with its virama, then र, then the vowel sign ि, each spacing) spans three cells. `wcwidth`
/// is asked under a UTF-8 character type of its own, so the answer does not depend on the
/// process locale (tests run in the "C" locale).
///
/// Two characters are never sent, because terminals disagree on what they do to the cursor:
/// the zero-width joiner (tmux draws "👩‍⚕️" in the first emoji's two cells, xterm and pyte
/// in three) and the emoji variation selector U+FE0F (tmux from 3.4 widens "❤️" to two cells,
/// ncurses and older terminals keep one). Without them every terminal that follows `wcwidth`
/// puts the cursor where ncurses expects it, so borders and the text after an emoji stay in
/// place everywhere; the cost is that a joined emoji shows as its parts ("👩⚕") and an emoji
/// with a text form may show as text.
public enum TextWidth {
    /// The most characters one terminal cell holds: ncurses' `CCHARW_MAX`, a spacing
    /// character and four marks. Marks past it are left out, as ncurses would.
    public static let charactersPerCell = 5

    /// Columns a grapheme cluster takes: the sum of its cells (`cells(of:)`); 0 for one that
    /// draws nothing (a lone combining mark, a zero-width space), more than 2 for a cluster of
    /// several spacing characters.
    public static func of(_ character: Character) -> Int {
        if printableASCII(character) != nil { return 1 }
        var width = 0
        for scalar in character.unicodeScalars where !isLeftOut(scalar) {
            let w = columns(of: scalar)
            // A cluster that starts with a mark has no base to sit on: it draws nothing.
            if width == 0 && w == 0 { return 0 }
            width += w
        }
        return width
    }

    /// Columns a string takes.
    public static func of(_ text: String) -> Int {
        // Most text on screen is printable ASCII: one column a byte, no clusters to find.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// The byte of a printable ASCII character, or nil: the common case, told apart by its
    /// UTF-8 bytes without walking its Unicode scalars.
    public static func printableASCII(_ character: Character) -> UInt8? {
        let utf8 = character.utf8
        guard utf8.count == 1, let byte = utf8.first, byte >= 0x20, byte < 0x7F else { return nil }
        return byte
    }

    /// The cells a cluster is drawn in, as the terminal advances its cursor: each spacing
    /// scalar with the zero-width scalars after it (at most `charactersPerCell` in all), without
    /// the characters left out (`isLeftOut`). Empty for a cluster that draws nothing.
    public static func cells(of character: Character) -> [(scalars: [Unicode.Scalar], width: Int)] {
        var cells: [(scalars: [Unicode.Scalar], width: Int)] = []
        for scalar in character.unicodeScalars where !isLeftOut(scalar) {
            let w = columns(of: scalar)
            if w > 0 {
                cells.append(([drawable(scalar)], w))
            } else if let last = cells.indices.last, cells[last].scalars.count < charactersPerCell {
                cells[last].scalars.append(scalar)
            } else if cells.isEmpty {
                // A leading mark has no base; the cluster draws nothing (see `of`).
                return []
            }
        }
        return cells
    }

    /// The most characters of one text the screen shows.
    static let visibleLimit = 100_000

    /// The scalar itself, or U+FFFD for one the C library has no width for (unassigned in its
    /// Unicode version, such as an emoji newer than it): ncurses would move its cursor by that
    /// -1 and the terminal by its own guess, where the replacement character takes one column
    /// everywhere.
    static func drawable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        guard value >= 0xA0, CLibraryWidth.shared.width(Int32(bitPattern: value)) < 0 else { return scalar }
        return "\u{FFFD}"
    }

    /// Whether a scalar is never drawn: the zero-width joiner and the emoji variation selector,
    /// whose effect on the cursor differs between terminals (see the type's discussion).
    public static func isLeftOut(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x200D || scalar.value == 0xFE0F
    }

    /// `wcwidth` of one scalar, with controls (which are never drawn raw) counted as one column.
    public static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        if value < 0x20 || value == 0x7F || (0x80..<0xA0).contains(value) { return 1 }
        let w = Int(CLibraryWidth.shared.width(Int32(bitPattern: value)))
        // wcwidth is -1 for scalars unassigned in the C library's Unicode: drawn as U+FFFD, one
        // column (`drawable`).
        return w < 0 ? 1 : min(w, 2)
    }

    /// User text made safe for the terminal: `TerminalText.safe`, the one function every output
    /// shares (control characters shown as `^X` or `\u{..}`, line breaks as `⏎`, or `\n` without
    /// UTF-8). Without UTF-8 every other non-ASCII cluster becomes one `?`, as the terminal would
    /// show it.
    public static func visible(_ text: String, unicode: Bool = true) -> String {
        // No screen shows more of one text than this (wrapped notes stop at 500 lines): a name
        // or note of megabytes costs what its beginning costs.
        let text = text.utf8.count > visibleLimit ? String(text.prefix(visibleLimit)) : text
        let safe = TerminalText.safe(text, unicode: unicode)
        guard !unicode else { return safe }
        return String(safe.map { $0.isASCII ? $0 : "?" })
    }
}
