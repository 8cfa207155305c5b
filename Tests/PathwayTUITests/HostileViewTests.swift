import PathwayCore
import Testing

@testable import PathwayTUI

/// Text that would take over a terminal, put in every free-text place of a pathway, drawn on
/// every screen: no cell may hold a control character (the backend would pass it on raw).
@Suite struct HostileViewTests {
    static let hostile =
        "A\u{1B}]0;pwned\u{07}B\u{1B}[2J\r\n\u{08}\u{7F}\u{00}\u{9B}31m\u{85}\u{202E}evil\u{2066}x\u{2069}"

    static func journal() -> Journal {
        var journal = RenderTests.midPathway()
        let day = RenderTests.day
        let changes: [Change] = [
            .profile(.name, value: hostile),
            .profile(.medicalSchool, value: hostile),
            .note(.step1, text: hostile),
            .note(.eras, text: hostile),
            .detail(.residency, field: "program", value: hostile),
            .detail(.eras, field: "letterCount", value: hostile),
            // Due in a week: the details pane shows it as the milestone's "Next date".
            .addDeadline(.eras, hostile, day("2026-12-03"), note: hostile),
            .addDeadline(.match, hostile, day("2026-11-01"), note: nil),
        ]
        for change in changes { _ = journal.record(change, clock: .fixed(RenderTests.now)) }
        return journal
    }

    static func controls(in canvas: Canvas) -> [String] {
        var found: [String] = []
        for y in 0..<canvas.height {
            for x in 0..<canvas.width {
                guard let character = canvas[x, y].character else { continue }
                for scalar in character.unicodeScalars where TerminalText.isControl(scalar) {
                    found.append("U+\(String(scalar.value, radix: 16)) at \(x),\(y)")
                }
            }
        }
        return found
    }

    @Test(arguments: [(80, 24), (120, 40)], [true, false])
    func noScreenDrawsAControlCharacter(_ size: (Int, Int), _ unicode: Bool) {
        let journal = Self.journal()
        for screen in [AppState.Screen.main, .help, .profile, .history, .timeline, .onboarding] {
            for milestone in MilestoneID.allCases {
                for pane in [AppState.Pane.checklist, .detail] {
                    var state = RenderTests.state(journal, width: size.0, height: size.1, unicode: unicode)
                    state.screen = screen
                    state.selected = milestone
                    state.pane = pane
                    let found = Self.controls(in: ScreenRenderer.render(state))
                    #expect(found.isEmpty, "\(screen) \(milestone) \(pane): \(found.prefix(5))")
                }
            }
        }
    }

    @Test func theNextDateLineShowsTheTitleVisibly() {
        var state = RenderTests.state(Self.journal(), width: 120, height: 40)
        state.selected = .eras
        let text = ScreenRenderer.render(state).lines.joined(separator: "\n")
        #expect(text.contains("Next date"))
        #expect(text.contains("\\u{202e}evil"))
    }

    @Test func theEditorShowsTypedControlsVisibly() {
        var state = RenderTests.state(Self.journal(), width: 80, height: 24)
        state.selected = .residency
        state.pane = .detail
        state.detailIndex = 1
        _ = AppReducer.reduce(&state, .key(.character("e")), now: RenderTests.now)
        for character in "\u{202E}\u{1B}x" {
            _ = AppReducer.reduce(&state, .key(.character(character)), now: RenderTests.now)
        }
        #expect(Self.controls(in: ScreenRenderer.render(state)).isEmpty)
    }
}
