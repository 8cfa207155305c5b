import Foundation
import PathwayCore
import Testing

@testable import PathwayTUI

#if canImport(Glibc)
    import Glibc
#endif

/// Screens rendered into the grid and compared with golden text at several sizes.
@Suite struct RenderTests {
    static let now = Timestamp(parsing: "2026-11-26T12:00:00Z")!

    static func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }

    /// A person mid-pathway: both exams passed (one retake), ECFMG under way, ERAS being prepared.
    static func midPathway() -> Journal {
        var journal = Journal()
        let changes: [Change] = [
            .profile(.name, value: "Amara Okafor"),
            .profile(.citizenship, value: "other"),
            .profile(.visaTrack, value: "j1"),
            .mark(.step1, .passed, date: day("2023-05-02")),
            .mark(.step2ck, .failed, date: day("2024-01-10"), score: 205, note: nil, incomplete: false),
            .mark(.step2ck, .passed, date: day("2024-06-01"), score: 251, note: nil, incomplete: false),
            .mark(.ecfmg, .inProgress, date: day("2024-06-15")),
            .tick(.ecfmg, item: "usmleId", done: true),
            .tick(.ecfmg, item: "credentials", done: true),
            .mark(.eras, .preparing, date: day("2026-06-01")),
            .tick(.eras, item: "cv", done: true),
            .detail(.eras, field: "letterCount", value: "3"),
            .note(.step2ck, text: "Retook after\tdedicated study"),
        ]
        for change in changes { _ = journal.record(change, clock: .fixed(now)) }
        return journal
    }

    /// Times on screen are local; the golden files are recorded in UTC.
    static let inUTC: Void = {
        setenv("TZ", "UTC", 1)
        tzset()
    }()

    static func state(_ journal: Journal, width: Int, height: Int, unicode: Bool = true) -> AppState {
        _ = inUTC
        var state = AppState(
            journal: journal, filePath: "/home/amara/.local/share/imgpath/pathway.json", themeName: "default-dark",
            unicode: unicode)
        state.width = width
        state.height = height
        state.today = now.localDay
        return state
    }

    @Test(arguments: [(80, 24), (120, 40), (60, 18)])
    func mainScreenAtSize(_ width: Int, _ height: Int) {
        var state = Self.state(Self.midPathway(), width: width, height: height)
        state.selected = .step2ck
        Golden.check(ScreenRenderer.render(state), "main-\(width)x\(height)")
    }

    @Test func mainScreenInASCII() {
        var state = Self.state(Self.midPathway(), width: 80, height: 24, unicode: false)
        state.selected = .ecfmg
        state.pane = .detail
        state.detailIndex = 3
        Golden.check(ScreenRenderer.render(state), "main-ascii-80x24")
    }

    @Test func onboardingOnAnEmptyFile() {
        let state = Self.state(Journal(), width: 80, height: 24)
        #expect(state.screen == .onboarding)
        Golden.check(ScreenRenderer.render(state), "onboarding-80x24")
    }

    @Test func statusPickerShowsBlockedChoicesWithTheirReason() {
        var state = Self.state(Self.midPathway(), width: 80, height: 24)
        state.selected = .ecfmg
        _ = AppReducer.reduce(&state, .key(.character("s")), now: Self.now)
        Golden.check(ScreenRenderer.render(state), "picker-ecfmg-80x24")
    }

    @Test func helpProfileAndHistoryScreens() {
        var state = Self.state(Self.midPathway(), width: 80, height: 24)
        _ = AppReducer.reduce(&state, .key(.character("?")), now: Self.now)
        Golden.check(ScreenRenderer.render(state), "help-80x24")
        _ = AppReducer.reduce(&state, .key(.character("p")), now: Self.now)
        Golden.check(ScreenRenderer.render(state), "profile-80x24")
        _ = AppReducer.reduce(&state, .key(.character("H")), now: Self.now)
        Golden.check(ScreenRenderer.render(state), "history-80x24")
    }

    /// The profile's visa facts and figures scroll into view at 80x24: G shows the last line of
    /// the text, k comes back to the fields.
    @Test func theProfileScrollsToTheEndOfItsText() {
        var state = Self.state(Self.midPathway(), width: 80, height: 24)
        _ = AppReducer.reduce(&state, .key(.character("p")), now: Self.now)
        let inner = Canvas.inner(ListTable.body(state))
        let list = ProfileView.list(state, width: inner.width)
        let last = list.lines.last { !$0.value.isEmpty }?.value ?? ""
        #expect(list.lines.count > inner.height, "the text is longer than the screen, so it must scroll")
        #expect(!ScreenRenderer.render(state).lines.contains { $0.contains(last) })
        _ = AppReducer.reduce(&state, .key(.character("G")), now: Self.now)
        #expect(ScreenRenderer.render(state).lines.contains { $0.contains(last) }, "\(last)")
        _ = AppReducer.reduce(&state, .key(.character("k")), now: Self.now)
        #expect(state.profile.selection == ProfileField.allCases.count - 2)
        #expect(ScreenRenderer.render(state).lines.contains { $0.contains("Name") })
    }

    @Test func editorLineWithWideCharacters() {
        var state = Self.state(Self.midPathway(), width: 80, height: 24)
        state.selected = .residency
        state.pane = .detail
        state.detailIndex = 1
        _ = AppReducer.reduce(&state, .key(.character("e")), now: Self.now)
        for c in "内科 Medicine" { _ = AppReducer.reduce(&state, .key(.character(c)), now: Self.now) }
        Golden.check(ScreenRenderer.render(state), "editor-80x24")
    }

    @Test func notesEditorAndWholeMessageScreens() {
        var state = Self.state(Self.midPathway(), width: 80, height: 24)
        state.selected = .step2ck
        state.pane = .detail
        state.detailIndex = state.detailRows.firstIndex(of: .notes) ?? 0
        _ = AppReducer.reduce(&state, .key(.character("e")), now: Self.now)
        for key: Key in [.end, .enter, .character("王"), .character("र"), .character("ा")] {
            _ = AppReducer.reduce(&state, .key(key), now: Self.now)
        }
        Golden.check(ScreenRenderer.render(state), "notes-editor-80x24")
        _ = AppReducer.reduce(&state, .key(.escape), now: Self.now)
        state.message = StatusMessage(
            String(repeating: "Refused: Step 1 taken on 2023-05-01 is reported as pass/fail only. ", count: 4), .error)
        Golden.check(ScreenRenderer.render(state), "long-message-80x24")
        _ = AppReducer.reduce(&state, .key(.character("m")), now: Self.now)
        Golden.check(ScreenRenderer.render(state), "message-80x24")
    }

    @Test(arguments: [(59, 18), (80, 17), (20, 5), (1, 1)])
    func tooSmallSaysSo(_ width: Int, _ height: Int) {
        let canvas = ScreenRenderer.render(Self.state(Self.midPathway(), width: width, height: height))
        Self.expectWellFormed(canvas, width: width)
        if width >= 20 {
            #expect(canvas.lines.joined().contains("too small"))
            // Only the message: no half-drawn checklist behind it.
            #expect(!canvas.lines.joined().contains("Step 1"))
        }
    }

    @Test func everyScreenStaysInsideTheWindowAtEverySize() {
        for width in stride(from: 1, through: 130, by: 7) {
            for height in stride(from: 1, through: 45, by: 4) {
                for screen in [AppState.Screen.main, .help, .profile, .history, .onboarding] {
                    var state = Self.state(Self.midPathway(), width: width, height: height)
                    state.screen = screen
                    let canvas = ScreenRenderer.render(state)
                    Self.expectWellFormed(canvas, width: width)
                    let shown = canvas.lines.joined()
                    #expect(shown.contains(where: { !$0.isWhitespace }), "\(screen) at \(width)x\(height) is blank")
                }
            }
        }
    }

    /// What `Canvas.init` cannot guarantee: no row wider than the window (a wide character in
    /// the last column would be), every wide character followed by its right half, no right half
    /// without a wide character before it.
    static func expectWellFormed(
        _ canvas: Canvas, width: Int, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for (y, line) in canvas.lines.enumerated() {
            let columns = TextWidth.of(line)
            #expect(columns <= width, "row \(y) is \(columns) columns", sourceLocation: sourceLocation)
        }
        for y in 0..<canvas.height {
            for x in 0..<canvas.width {
                guard let character = canvas[x, y].character else {
                    let afterWide = x > 0 && canvas[x - 1, y].character.map(TextWidth.of) == 2
                    #expect(
                        afterWide, "a right half with no wide character at \(x),\(y)", sourceLocation: sourceLocation)
                    continue
                }
                if TextWidth.of(character) == 2 {
                    let hasHalf = x + 1 < canvas.width && canvas[x + 1, y].character == nil
                    #expect(hasHalf, "\(character) at \(x),\(y) has no right half", sourceLocation: sourceLocation)
                }
            }
        }
    }

    @Test func controlCharactersInUserTextAreMadeVisible() {
        #expect(TextWidth.visible("a\u{1B}[31mb\nc") == "a^[[31mb⏎c")
        #expect(TextWidth.visible("x\u{7F}", unicode: false) == "x^?")
        #expect(TextWidth.of("内科") == 4)
        #expect(TextWidth.of("é") == 1)
    }
}

@Suite struct CanvasTests {
    @Test func drawingOutsideTheGridIsClippedNotATrap() {
        var canvas = Canvas(width: 6, height: 2)
        canvas.fill(x: 10, y: 5, width: 3, height: 3, role: .border)
        canvas.fill(x: -4, y: -4, width: 2, height: 2, role: .border)
        canvas.paint(x: 8, y: 1, width: 4, role: .selection)
        canvas.put("too long for this", x: 2, y: 1)
        canvas.put("内科内科", x: 0, y: 0)
        #expect(canvas.lines == ["内科…", "  too…"])
    }
}

@Suite struct DocumentationTests {
    /// The README's key tables are the key maps: the text between the markers is generated.
    @Test func readmeKeyTablesAreTheKeyMaps() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let begin = "<!-- keys: generated from the key maps -->\n"
        let end = "\n<!-- end of keys -->"
        guard let start = text.range(of: begin), let stop = text.range(of: end, range: start.upperBound..<text.endIndex)
        else {
            Issue.record("README lacks the key table markers; put this between them:\n\(KeyMap.markdown)")
            return
        }
        let table = String(text[start.upperBound..<stop.lowerBound])
        #expect(
            table == KeyMap.markdown,
            "README key tables differ from the key maps; they should read:\n\(KeyMap.markdown)")
    }
}

@Suite struct EditorCaretTests {
    @Test func theCaretIsDrawnAndStaysInViewInLongText() {
        var state = RenderTests.state(RenderTests.midPathway(), width: 80, height: 24)
        state.screen = .main
        state.selected = .step1
        state.pane = .detail
        state.detailIndex = state.detailRows.firstIndex(of: .field("usmleId")) ?? 0
        let now = RenderTests.now
        _ = AppReducer.reduce(&state, .key(.character("e")), now: now)
        for c in String(repeating: "abcdefghij", count: 12) + "END" {
            _ = AppReducer.reduce(&state, .key(.character(c)), now: now)
        }
        var canvas = ScreenRenderer.render(state)
        let row = 22
        #expect(canvas.lines[row].hasSuffix("END"))
        #expect(canvas.styleLines[row].filter { $0 == "B" }.count == 1, "one caret cell")
        _ = AppReducer.reduce(&state, .key(.home), now: now)
        canvas = ScreenRenderer.render(state)
        let caret = canvas.styleLines[row].firstIndex(of: "B").map {
            canvas.styleLines[row].distance(from: canvas.styleLines[row].startIndex, to: $0)
        }
        #expect(caret == TextWidth.of(" USMLE ID: "))
        #expect(canvas.lines[row].contains(": abcdefghij"))
    }
}
