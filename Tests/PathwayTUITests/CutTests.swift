import PathwayCore
import Testing

@testable import PathwayTUI

/// Text cut to fit shows that it was cut, columns keep a space between them, and a message
/// stays readable whole where the key that shows messages is taken by the editor.
@Suite struct CutTests: KeyDriven {
    let now = RenderTests.now

    /// At 60x18 with three letters assigned before ERAS had them, no warning is cut at a line
    /// end where it would read as its opposite ("... on 2026-11-20 but ERAS has").
    @Test(arguments: [true, false])
    func letterWarningsShowWholeOrNotAtAll(unicode: Bool) {
        var journal = LettersScreenTests.letters()
        _ = journal.record(
            .assignLetter(id: "lr-3", program: "pg-1", date: RenderTests.day("2026-11-21")), clock: .fixed(now))
        var state = RenderTests.state(journal, width: 60, height: 18, unicode: unicode)
        state.screen = .letters
        let canvas = ScreenRenderer.render(state)
        Golden.check(canvas, "letters-warnings-\(unicode ? "" : "ascii-")60x18")
        // The footer read as one text: each warning shown goes on to its last words.
        let vertical: Character = unicode ? "│" : "|"
        let footer = canvas.lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.first == vertical }
            .map { String($0.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(footer.contains("! lr-1 from Dr. Ana Lee"))
        #expect(
            footer.components(separatedBy: "but ERAS has").dropFirst().allSatisfy { $0.hasPrefix(" not received it") },
            "\(footer)")
        #expect(footer.hasSuffix("! 2 warnings: open a letter marked ! to see its own"), "\(footer)")
    }

    /// The checklist's status and its days stay apart: "submitt… 9d", never "submitted9d".
    @Test func checklistStatusKeepsASpaceBeforeItsDays() {
        var journal = ProgramsScreenTests.season()
        _ = journal.record(.mark(.eras, .submitted, date: RenderTests.day("2026-09-24")), clock: .fixed(now))
        _ = journal.record(.addDeadline(.eras, "Update the MSPE", RenderTests.day("2026-12-05")), clock: .fixed(now))
        var state = RenderTests.state(journal, width: 60, height: 18)
        state.selected = .step1
        let canvas = ScreenRenderer.render(state)
        Golden.check(canvas, "checklist-days-60x18")
        let eras = canvas.lines.first { $0.contains("ERAS") } ?? ""
        // The days (of the most urgent dated item: here an overdue thank-you note) follow a space.
        #expect(eras.range(of: #"… -?[0-9]+d"#, options: .regularExpression) != nil, "\(eras)")
        #expect(eras.range(of: #"[A-Za-z…]-?[0-9]+d"#, options: .regularExpression) == nil, "\(eras)")
    }

    /// Help at 60x18: a description that does not fit ends at a whole word, then the ellipsis.
    @Test(arguments: [true, false])
    func helpDescriptionsEndAtAWordAndShowTheCut(unicode: Bool) {
        var state = RenderTests.state(RenderTests.midPathway(), width: 60, height: 18, unicode: unicode)
        state.screen = .help
        let canvas = ScreenRenderer.render(state)
        Golden.check(canvas, "help-\(unicode ? "" : "ascii-")60x18")
        let ellipsis = unicode ? "…" : "~"
        let full = Set(HelpView.lines(unicode: unicode).map { $0.0.trimmingCharacters(in: .whitespaces) })
        let vertical = unicode ? "│" : "|"
        for line in canvas.lines.dropFirst(2).prefix(12) {
            let text = line.trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix(vertical) else { continue }
            let inside = String(text.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
            if inside.isEmpty || full.contains(inside) { continue }
            #expect(inside.hasSuffix(ellipsis), "a cut without a mark: \(inside)")
            let kept = String(inside.dropLast(ellipsis.count))
            let whole = full.first { $0.hasPrefix(kept) } ?? ""
            let next = whole.dropFirst(kept.count).first
            #expect(next == " ", "cut inside a word: \(inside) (of \(whole))")
        }
    }

    /// At 80x24, with the date editor open for a fourth Step 1 attempt, the refusal is read whole
    /// above the editor, the date it exists to give included: `m`, which shows a long message
    /// elsewhere, types into the editor here.
    @Test func aRefusalAboveTheDateEditorIsReadableWhole() throws {
        var journal = Journal()
        for date in ["2025-12-01", "2026-03-02", "2026-06-02"] {
            _ = journal.record(
                .mark(.step1, .failed, date: RenderTests.day(date), score: nil, note: nil, incomplete: false),
                clock: .fixed(now))
        }
        var state = RenderTests.state(journal, width: 80, height: 24)
        state.selected = .step1
        AppReducer.openEditor(&state, .markDate(.step1, .failed), text: "")
        type(&state, "2026-11-20")
        press(&state, .enter)
        let message = try #require(state.message)
        #expect(message.text.hasPrefix("Refused: "))
        #expect(message.text.contains("2026-12-02"))
        #expect(state.editor?.text == "2026-11-20", "the editor stays open to correct the date")
        let canvas = ScreenRenderer.render(state)
        Golden.check(canvas, "refusal-editor-80x24")
        // The lines above the editor, read as one text, hold the whole refusal.
        let shown = canvas.lines.suffix(8).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(shown.contains(message.text), "\(shown)")
    }
}
