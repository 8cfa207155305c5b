import PathwayCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How many terminal columns text takes, and how to make user text safe to draw.
///
/// Widths come from the C library's `wcwidth`, the function ncursesw and tmux call, so what the
/// canvas measures is what the terminal draws. It is asked under a UTF-8 character type of its
/// own, so the answer does not depend on the process locale (tests run in the "C" locale).
///
/// A grapheme cluster (a Swift `Character`) is measured as the terminal lays it out: each
/// scalar takes its `wcwidth` (combining marks and variation selectors take none, so they stay
/// in their base's cell; a Devanagari vowel sign with a width of its own takes its column), and
/// a scalar after a zero-width joiner takes none (tmux draws a ZWJ emoji sequence in its first
/// emoji's cells).
public enum TextWidth {
    /// Columns a grapheme cluster takes: 0 for one that draws nothing (a lone combining mark,
    /// a zero-width space), usually 1 or 2, more for a cluster of several spacing letters.
    public static func of(_ character: Character) -> Int {
        if printableASCII(character) != nil { return 1 }
        let scalars = character.unicodeScalars
        var width = 0
        var joined = false
        var first = true
        for scalar in scalars {
            defer { first = false }
            if scalar.value == 0x200D {
                joined = true
                continue
            }
            if joined {
                joined = false
                continue
            }
            let w = columns(of: scalar)
            // A cluster that starts with a mark has no base to sit on: it draws nothing.
            if first && w == 0 { return 0 }
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

    /// The cells a cluster is drawn in, as the terminal library takes them: each spacing scalar
    /// with the zero-width scalars after it, and a zero-width joiner with the scalar it joins
    /// kept in the same cell. Empty for a cluster that draws nothing.
    public static func cells(of character: Character) -> [(scalars: [Unicode.Scalar], width: Int)] {
        var cells: [(scalars: [Unicode.Scalar], width: Int)] = []
        var joined = false
        for scalar in character.unicodeScalars {
            if scalar.value == 0x200D, !cells.isEmpty {
                cells[cells.count - 1].scalars.append(scalar)
                joined = true
                continue
            }
            let w = columns(of: scalar)
            if joined || w == 0 {
                joined = false
                if !cells.isEmpty { cells[cells.count - 1].scalars.append(scalar) }
                continue
            }
            cells.append(([scalar], w))
        }
        return cells
    }

    /// The most characters of one text the screen shows.
    static let visibleLimit = 100_000

    /// `wcwidth` of one scalar, with controls (which are never drawn raw) counted as one column.
    public static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        if value < 0x20 || value == 0x7F || (0x80..<0xA0).contains(value) { return 1 }
        let w = Int(CLibraryWidth.shared.width(Int32(bitPattern: value)))
        // wcwidth is -1 for unassigned and private-use scalars: the terminal gives them a cell.
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
