import PathwayCore
import Testing

/// The one function that makes user text safe for a terminal.
@Suite struct TerminalTextTests {
    @Test(arguments: [
        ("\u{1B}]0;pwned\u{07}", "^[]0;pwned^G"),
        ("a\u{00}b", "a^@b"),
        ("a\u{08}b\u{7F}", "a^Hb^?"),
        ("one\ntwo\r\nthree\rfour", "one⏎two⏎three⏎four"),
        ("tab\there", "tab here"),
        ("\u{9B}31m\u{85}", "\\u{9b}31m\\u{85}"),
        ("\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}", "\\u{202a}\\u{202b}\\u{202c}\\u{202d}\\u{202e}"),
        ("\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}", "\\u{2066}\\u{2067}\\u{2068}\\u{2069}\\u{200e}\\u{200f}"),
        ("Dr. Okafor, 東京, é, 👩‍⚕️", "Dr. Okafor, 東京, é, 👩‍⚕️"),
    ])
    func controlsAreShownVisiblyAndTextIsKept(_ input: String, _ expected: String) {
        #expect(TerminalText.safe(input) == expected)
        #expect(!TerminalText.needsEscaping(TerminalText.safe(input)))
    }

    /// Every format character and line or paragraph separator in Unicode, not a list of known
    /// ones: U+061C, U+2028 and U+2029 among them. The joiners that scripts and emoji need stay.
    @Test func everyFormatCharacterAndSeparatorIsShownVisibly() {
        let kept: Set<UInt32> = [0x200C, 0x200D]
        var checked = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            switch scalar.properties.generalCategory {
            case .format, .lineSeparator, .paragraphSeparator, .control:
                guard !kept.contains(value) else {
                    #expect(!TerminalText.isControl(scalar))
                    continue
                }
                checked += 1
                #expect(TerminalText.isControl(scalar), "U+\(String(value, radix: 16))")
                let shown = TerminalText.safe("a" + String(Character(scalar)) + "b")
                #expect(!shown.unicodeScalars.contains(scalar), "U+\(String(value, radix: 16))")
                #expect(
                    !TerminalText.escapingJSON("\"" + String(Character(scalar)) + "\"").unicodeScalars.contains {
                        $0.value >= 0x7F && $0 == scalar
                    })
            default:
                #expect(!TerminalText.isControl(scalar), "U+\(String(value, radix: 16))")
            }
        }
        #expect(checked > 200)
        #expect(TerminalText.safe("\u{61C}x\u{2028}y\u{2029}") == "\\u{61c}x\\u{2028}y\\u{2029}")
    }

    @Test func withoutUTF8ALineBreakIsAnEscapeNotABar() {
        // A bar looks like a table border; `\n` cannot be mistaken for one.
        #expect(TerminalText.safe("a\nb\r\nc\rd", unicode: false) == #"a\nb\nc\nd"#)
    }

    @Test func blocksKeepTheirLinesAndEscapeTheRest() {
        #expect(TerminalText.safeLines("one\u{1B}[2J\ntwo\r") == "one^[[2J\ntwo⏎")
    }

    @Test func jsonGetsEscapesForDELC1AndBidi() {
        let json = "{\n  \"a\" : \"x\u{7F}\u{85}\u{202E}\u{2069}é\"\n}"
        #expect(TerminalText.escapingJSON(json) == "{\n  \"a\" : \"x\\u007f\\u0085\\u202e\\u2069é\"\n}")
        #expect(TerminalText.escapingJSON("[1, 2]") == "[1, 2]")
    }

    @Test func everyScalarBelowU00A0AndEveryBidiControlIsCaught() {
        let controls =
            (0..<0xA0).filter { $0 < 0x20 || $0 >= 0x7F } + [0x200E, 0x200F] + Array(0x202A...0x202E)
            + Array(0x2066...0x2069)
        for value in controls {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            #expect(TerminalText.isControl(scalar), "U+\(String(value, radix: 16))")
            let shown = TerminalText.safe("x" + String(Character(scalar)) + "y")
            #expect(!shown.unicodeScalars.contains { TerminalText.isControl($0) }, "U+\(String(value, radix: 16))")
        }
        #expect(!TerminalText.isControl(" "))
        #expect(!TerminalText.isControl("\u{A0}"))
    }
}
