/// Text made safe to show on a terminal: the one place that decides which characters a
/// terminal would act on instead of printing, and how they are shown instead.
///
/// Notes, names, titles, paths and lock-file contents come from people and from synced files;
/// printed raw, an escape sequence in one can retitle the window, clear the screen or rewrite
/// what is shown, and a bidi control can reorder a line so it reads as something else. Every
/// human-readable output (the screen, every command's lines, error messages, Markdown and CSV
/// on standard output) passes user text through `safe(_:unicode:)`.
public enum TerminalText {
    /// Whether a terminal (or a bidi-aware renderer) would act on this scalar rather than show
    /// it: C0 controls, DEL, C1 controls (U+0080-U+009F), and every format character (Unicode
    /// category Cf: the directional marks and isolates, U+061C, invisible joiners and hyphens,
    /// the byte order mark) and line or paragraph separator (Zl, Zp: U+2028, U+2029), which can
    /// reorder, hide or break a line. The zero-width joiner and non-joiner stay: they are part of
    /// how emoji sequences and Indic and Arabic words are written, and move nothing.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F, 0x80..<0xA0: return true
        case 0x20..<0x7F, 0xA0..<0xAD, 0xAE..<0x600, 0x200C, 0x200D: return false
        default:
            // Text is mostly ASCII and Latin, decided above without a table lookup.
            switch scalar.properties.generalCategory {
            case .format, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
    }

    /// Whether the text holds any scalar `isControl` flags.
    public static func needsEscaping(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isControl)
    }

    /// User text for one line of a terminal: a line break (LF, CR or CRLF) becomes a visible `⏎`
    /// (`\n` without UTF-8, which no table border or separator looks like), a tab a space, other C0 controls `^X` (ESC is `^[`), DEL `^?`, and
    /// C1 and bidi controls `\u{...}`, so nothing reaches the terminal raw and nothing the text
    /// holds can start a new line.
    ///
    /// - Parameters:
    ///   - text: the text as stored.
    ///   - unicode: whether the terminal's character set is UTF-8 (false shows `\n` for a break).
    public static func safe(_ text: String, unicode: Bool = true) -> String {
        guard needsEscaping(text) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A:
                // CRLF is one line break.
                if !previousWasCR { out += unicode ? "⏎" : "\\n" }
            case 0x0D: out += unicode ? "⏎" : "\\n"
            case 0x09: out += " "
            case 0x00..<0x20: out += "^" + String(Unicode.Scalar(UInt8(scalar.value + 0x40)))
            case 0x7F: out += "^?"
            default:
                if isControl(scalar) {
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Several lines of output: each line made safe with `safe(_:unicode:)`, the LF between them
    /// kept. For a block the program built itself; a field that must stay on one line is made
    /// safe on its own first.
    public static func safeLines(_ text: String, unicode: Bool = true) -> String {
        guard needsEscaping(text) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { safe(String($0), unicode: unicode) }
            .joined(separator: "\n")
    }

    /// JSON text (as `JSONEncoder` writes it) with DEL, C1 and bidi controls written as `\uXXXX`
    /// escapes, as it already writes C0 controls, so the output is safe to print and `jq` shows
    /// the same escapes. Outside strings JSON holds only ASCII punctuation, digits, letters and
    /// whitespace, so every such scalar is inside a string, where the escape means the same.
    public static func escapingJSON(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { $0.value >= 0x7F && isControl($0) }) else { return json }
        var out = ""
        out.reserveCapacity(json.utf8.count + 16)
        for scalar in json.unicodeScalars {
            if scalar.value >= 0x7F, isControl(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: false)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
