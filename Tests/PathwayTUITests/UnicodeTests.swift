import PathwayCore
import Testing

@testable import PathwayTUI

/// Widths by the C library's `wcwidth` over whole grapheme clusters, and screens that keep
/// every row exactly the window's width whatever script the person writes in.
@Suite struct UnicodeTests {
    @Test(arguments: [
        ("राहुल", 4), ("👩‍⚕️", 3), ("प्रिया शर्मा", 10), ("❤️", 1), ("🧑🏽‍⚕️", 5), ("王王", 4), ("e\u{301}", 1), ("a\u{200B}b", 2),
        ("🇮🇳", 2), ("क्षि", 3),
        ("🩺", 2), ("🚀", 2), ("🪪", 2), ("محمد", 4), ("Ñandú", 5),
    ])
    func widthsAreTheTerminals(text: String, width: Int) {
        #expect(TextWidth.of(text) == width)
    }

    @Test func clustersStayWholeInTheirCells() {
        var canvas = Canvas(width: 20, height: 1)
        canvas.put("राहुल 👩‍⚕️|", x: 0, y: 0)
        #expect(canvas.lines == ["राहुल 👩‍⚕️|"])
        // र with its vowel sign is one cluster over two cells, the second a continuation.
        #expect(canvas[0, 0].character == "रा")
        #expect(canvas[1, 0].character == nil)
        #expect(canvas[8, 0].character == "|")
        // Drawing over half of a wide cluster blanks the other half, so the row keeps its width.
        canvas[1, 0] = Cell("x")
        #expect(canvas[0, 0].character == " ")
        #expect(canvas.lines == [" xहुल 👩‍⚕️|"])
    }

    /// The cells a cluster is drawn in are the terminal's: each spacing character starts one,
    /// marks stay with it, and the joiner and VS16 (whose effect terminals disagree on) are
    /// left out.
    @Test func clustersSplitWhereTheTerminalAdvances() {
        func cells(_ text: String) -> [String] {
            text.flatMap { TextWidth.cells(of: $0) }.map { cell in
                var text = String.UnicodeScalarView()
                text.append(contentsOf: cell.scalars)
                return "\(text)/\(cell.width)"
            }
        }
        #expect(cells("प्रि") == ["प्/1", "र/1", "ि/1"])
        #expect(cells("रा") == ["र/1", "ा/1"])
        #expect(cells("हु") == ["हु/1"])
        #expect(cells("👩‍⚕️") == ["👩/2", "⚕/1"])
        #expect(cells("🇮🇳") == ["🇮/1", "🇳/1"])
        #expect(cells("❤️") == ["❤/1"])
        #expect(cells("a\u{308}\u{301}\u{323}\u{302}\u{300}") == ["a\u{308}\u{301}\u{323}\u{302}/1"])
        #expect(cells("\u{1FAE8}") == ["\u{FFFD}/1"], "an emoji newer than the C library: one replacement character")
        #expect(cells("\u{301}").isEmpty)
    }

    /// A cluster's width is the sum of its cells, for every piece of the random text.
    @Test func widthIsTheSumOfTheCells() {
        for piece in Self.pieces + ["प्रिया शर्मा", "🧑🏽‍⚕️", "👨‍👩‍👧‍👦", "🏳️‍🌈", "ক্ষিতি", "தமிழ்", "שָׁלוֹם"] {
            for character in piece {
                #expect(
                    TextWidth.of(character) == TextWidth.cells(of: character).reduce(0) { $0 + $1.width }, "\(piece)")
            }
        }
    }

    /// The canvas read as terminal columns: what a terminal emulator holds once it is drawn.
    @Test func terminalRowsAreTheTerminalsColumns() {
        var canvas = Canvas(width: 12, height: 1)
        canvas.put("|प्रिया 王|", x: 0, y: 0)
        #expect(canvas.terminalRows == [["|", "प्", "र", "ि", "य", "ा", " ", "王", "", "|", " ", " "]])
    }

    @Test func userTextIsSafeInEveryLocale() {
        #expect(TextWidth.visible("a\r\nb") == "a⏎b", "CR LF, one cluster, is never drawn raw")
        #expect(TextWidth.visible("राहुल 王 é", unicode: false) == "??? ? ?")
        #expect(TextWidth.visible("राहुल", unicode: true) == "राहुल")
    }

    /// A small random generator with a seed, so a failure can be replayed.
    struct SeededRandom: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    static let pieces: [String] = [
        "Ali", "Amara", " ", "Dr.", "محمد", "فاطمة", "राहुल", "क्षि", "प्रिया", "王", "李伟", "東京", "김민준",
        "👩‍⚕️", "🩺", "🇮🇳", "❤️", "🚀", "e\u{301}", "a\u{308}\u{301}", "\u{200B}", "Ñandú", "ü", "—", "…",
    ]

    static func randomText(_ random: inout SeededRandom, count: Int) -> String {
        (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
    }

    /// Every row of every screen is exactly the window's width by the same measure, for names,
    /// notes, fields and deadlines in random mixes of scripts.
    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
    func everyRowIsTheWindowWidth(seed: UInt64) {
        var random = SeededRandom(state: seed)
        var journal = RenderTests.midPathway()
        let now = RenderTests.now
        _ = journal.record(.profile(.name, value: Self.randomText(&random, count: 12)), clock: .fixed(now))
        _ = journal.record(.profile(.medicalSchool, value: Self.randomText(&random, count: 30)), clock: .fixed(now))
        _ = journal.record(.note(.step2ck, text: Self.randomText(&random, count: 80)), clock: .fixed(now))
        _ = journal.record(
            .detail(.eras, field: "specialty", value: Self.randomText(&random, count: 20)), clock: .fixed(now))
        _ = journal.record(
            .addDeadline(.eras, Self.randomText(&random, count: 15), CalendarDay(parsing: "2026-12-10")!),
            clock: .fixed(now))
        let sizes = [(80, 24), (60, 18), (100, 30), (61, 19), (123, 41)]
        for (width, height) in sizes {
            for screen in [AppState.Screen.main, .help, .profile, .history, .timeline, .onboarding, .message] {
                var state = RenderTests.state(journal, width: width, height: height)
                state.screen = screen
                state.selected = .step2ck
                state.pane = .detail
                state.message = StatusMessage(Self.randomText(&random, count: 40))
                check(state, "\(screen) \(width)x\(height) seed \(seed)")
                // With the editor open on wide text, and with the status picker.
                state.screen = .main
                _ = AppReducer.reduce(&state, .key(.character("n")), now: now)
                for character in Self.randomText(&random, count: 25) { state.editor?.insert(character) }
                check(state, "editor \(width)x\(height) seed \(seed)")
                state.editor = nil
                state.editTarget = nil
                state.detailIndex = state.detailRows.firstIndex(of: .notes) ?? 0
                _ = AppReducer.reduce(&state, .key(.character("e")), now: now)
                check(state, "notes editor \(width)x\(height) seed \(seed)")
                state.editor = nil
                state.editTarget = nil
                _ = AppReducer.reduce(&state, .key(.character("s")), now: now)
                check(state, "picker \(width)x\(height) seed \(seed)")
            }
        }
    }

    private func check(_ state: AppState, _ what: String) {
        let canvas = ScreenRenderer.render(state)
        for y in 0..<canvas.height {
            var width = 0
            var x = 0
            var consistent = true
            while x < canvas.width {
                guard let character = canvas[x, y].character else {
                    consistent = false
                    break
                }
                let w = TextWidth.of(character)
                // A cluster of width w is followed by w - 1 continuation cells.
                for part in 1..<max(1, w) where x + part >= canvas.width || canvas[x + part, y].character != nil {
                    consistent = false
                }
                width += w
                x += max(1, w)
            }
            #expect(consistent && width == canvas.width, "row \(y) of \(what) is \(width) wide: \(canvas.lines[y])")
        }
        // The borders of the main screen stay in their columns.
        if state.screen == .main && state.picker == nil && !(state.editor?.multiline ?? false) {
            let layout = Layout(width: state.width, height: state.height)
            for y in (layout.checklist.y + 1)..<(layout.checklist.y + layout.checklist.height - 1) {
                #expect(canvas[layout.checklist.width - 1, y].character == "│", "\(what) row \(y)")
                #expect(canvas[state.width - 1, y].character == "│", "\(what) row \(y)")
            }
        }
    }
}
