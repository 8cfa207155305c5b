import Testing

@testable import PathwayTUI

/// Wrapping reads a text once and stops at its line limit, and breaks lines where it always did.
@Suite struct TextWrapTests {
    /// The wrapping as it was written first (every word measured, long words cut by measuring
    /// what is left): the reference the one-pass version must match.
    static func reference(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [text] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let word = String(word)
            let wordWidth = TextWidth.of(word)
            let candidateWidth = current.isEmpty ? wordWidth : currentWidth + 1 + wordWidth
            if candidateWidth <= width {
                current = current.isEmpty ? word : current + " " + word
                currentWidth = candidateWidth
                continue
            }
            if !current.isEmpty { lines.append(current) }
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
        return lines
    }

    @Test func matchesTheReferenceOnMixedText() {
        var generator = SeededGenerator(seed: 42)
        let pieces = ["a", "bb", "ccc", "longerword", " ", " ", "  ", "王", "प्रिया", "é", "👩‍⚕️", "x"]
        for _ in 0..<2_000 {
            let count = Int.random(in: 0...30, using: &generator)
            let text = (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }.joined()
            // From 4 columns every character fits on a line; below, the reference put a character
            // wider than the line with the rest of its word, past the line's end.
            let width = Int.random(in: 4...12, using: &generator)
            #expect(TextWrap.lines(text, width: width) == Self.reference(text, width: width), "\(text) at \(width)")
        }
    }

    @Test func aHugeWordStopsAtTheLimit() {
        let word = String(repeating: "x", count: 5_000_000)
        let lines = TextWrap.lines(word, width: 40, limit: 3)
        #expect(lines == Array(repeating: String(repeating: "x", count: 40), count: 3))
        #expect(TextWrap.lines(word, width: 40).count == TextWrap.defaultLimit)
    }

    /// A small deterministic generator, so a failure can be reproduced.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }
}
