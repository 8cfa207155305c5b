import PathwayCore

/// How many terminal columns text takes, and how to make user text safe to draw.
///
/// Implemented here rather than with the C library's `wcwidth`, whose answer depends on the
/// process locale; views must render the same in tests and in every terminal.
public enum TextWidth {
    /// Columns a character takes: 0 for combining marks, 2 for wide East Asian characters and
    /// emoji, 1 otherwise.
    public static func of(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let value = scalar.value
        if value < 0x300 { return 1 }
        if character.unicodeScalars.count == 1 && scalar.properties.generalCategory == .nonspacingMark {
            return 0
        }
        return isWide(value) ? 2 : 1
    }

    /// Columns a string takes.
    public static func of(_ text: String) -> Int { text.reduce(0) { $0 + of($1) } }

    private static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
    }

    /// User text made safe for the terminal: `TerminalText.safe`, the one function every output
    /// shares (control characters shown as `^X` or `\u{..}`, line breaks as `⏎`, or `|` without UTF-8).
    public static func visible(_ text: String, unicode: Bool = true) -> String {
        TerminalText.safe(text, unicode: unicode)
    }
}
