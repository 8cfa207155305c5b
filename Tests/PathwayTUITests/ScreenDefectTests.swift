import PathwayCore
import Testing

@testable import PathwayTUI

/// Defects seen on the screen, each held by a test that failed before the fix.
@Suite struct ScreenDefectTests {
    let now = RenderTests.now

    func main() -> AppState {
        var state = RenderTests.state(RenderTests.midPathway(), width: 80, height: 24)
        state.screen = .main
        return state
    }

    /// Below the minimum size the notice says "press q to quit": q quits, and no key reaches
    /// the editor hidden behind it.
    @Test func belowTheMinimumSizeKeysDoWhatTheNoticeSays() {
        var state = main()
        _ = AppReducer.reduce(&state, .key(.character("e")), now: now)
        state.pane = .detail
        state.detailIndex = state.detailRows.firstIndex(of: .field("letterCount")) ?? 0
        state.selected = .eras
        _ = AppReducer.reduce(&state, .key(.character("e")), now: now)
        let editor = state.editor
        #expect(editor != nil)
        var store = StateAssertion(state)
        store.send(.resized(width: 40, height: 12)) {
            $0.width = 40
            $0.height = 12
        }
        #expect(ScreenRenderer.render(store.state).lines.joined().contains("press q to quit"))
        store.press(.character("7"))
        store.press(.enter)
        store.press(.escape)
        store.press(.character("q"), effects: [.quit])
        // With changes that could not be saved, q asks first, and the notice shows the question.
        store.state.unsaved = true
        store.press(.character("q")) {
            $0.confirmingQuit = true
            $0.message = StatusMessage(
                "Changes are NOT saved (the last save failed). q again quits and loses them; R reloads the file; "
                    + "any other key stays.", .error)
        }
        #expect(ScreenRenderer.render(store.state).lines.joined(separator: " ").contains("Changes are NOT saved"))
        store.press(.character("q"), effects: [.quit])
    }

    /// Ctrl-C quits in the editor too, as help says; something typed is asked about first.
    @Test func ctrlCInTheEditorQuitsAsHelpSays() {
        var state = main()
        state.selected = .eras
        state.pane = .detail
        state.detailIndex = state.detailRows.firstIndex(of: .field("letterCount")) ?? 0
        _ = AppReducer.reduce(&state, .key(.character("e")), now: now)
        var untouched = state
        #expect(AppReducer.reduce(&untouched, .key(.control("c")), now: now) == [.quit])
        var store = StateAssertion(state)
        store.press(.character("4")) { $0.editor?.insert("4") }
        store.press(.control("c")) {
            $0.confirmingQuit = true
            $0.message = StatusMessage(
                "What you typed is not saved. Ctrl-C again quits without it; Enter saves it.", .warning)
        }
        store.press(.control("c"), effects: [.quit])
        #expect(
            KeyMap.all.allSatisfy { $0.inheritsGlobal || $0.binding(for: .quit) != nil }, "quit is bound everywhere")
    }

    /// Choosing citizenship: moving through the list saves nothing; Enter saves the choice once.
    @Test func choosingCitizenshipSavesOnce() {
        var state = RenderTests.state(Journal(), width: 80, height: 24)
        state.screen = .profile
        state.profile.selection = ProfileField.allCases.firstIndex(of: .citizenship) ?? 0
        var effects: [Effect] = []
        for key: Key in [.enter, .character("j"), .character("j"), .character("j"), .enter] {
            effects += AppReducer.reduce(&state, .key(key), now: now)
        }
        #expect(effects == [.save])
        #expect(state.journal.head.seq == 1)
        #expect(state.pathway.profile.citizenship == .other)
    }

    /// Messages longer than the line wrap onto the line above; a longer one names the key that
    /// shows it whole, and that screen has all of it.
    @Test func longMessagesAreReadWhole() {
        var state = main()
        let reason =
            "Not saved: the file was changed by another program since imgpath read it. R reloads "
            + "the file; q twice quits without saving."
        state.message = StatusMessage(reason, .error)
        var lines = ScreenRenderer.render(state).lines
        let both = (lines[21] + " " + lines[22]).split(separator: " ").joined(separator: " ")
        #expect(both.contains("R reloads the file; q twice quits without saving."))
        let long = String(repeating: "Refused: a reason that goes on. ", count: 8) + "THE END"
        state.message = StatusMessage(long, .error)
        lines = ScreenRenderer.render(state).lines
        #expect(lines[22].contains("m shows all"))
        _ = AppReducer.reduce(&state, .key(.character("m")), now: now)
        #expect(state.screen == .message)
        lines = ScreenRenderer.render(state).lines
        #expect(lines.joined(separator: " ").contains("THE END"))
        _ = AppReducer.reduce(&state, .key(.escape), now: now)
        #expect(state.screen == .main)
    }

    /// A long note shows whole, wrapped, in the details; the notes editor takes line breaks.
    @Test func notesShowWrappedAndEditOnSeveralLines() {
        var state = main()
        state.selected = .step2ck
        state.width = 120
        state.height = 40
        let note = String(repeating: "dedicated study ", count: 20) + "LAST"
        _ = state.journal.record(.note(.step2ck, text: note), clock: .fixed(now))
        let screen = ScreenRenderer.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("LAST"))
        state.pane = .detail
        state.detailIndex = state.detailRows.firstIndex(of: .notes) ?? 0
        _ = AppReducer.reduce(&state, .key(.character("e")), now: now)
        #expect(state.editor?.multiline == true)
        for key: Key in [.enter, .character("2")] { _ = AppReducer.reduce(&state, .key(key), now: now) }
        #expect(AppReducer.reduce(&state, .key(.control("s")), now: now) == [.save])
        #expect(state.pathway[.step2ck].notes == note + "\n2")
        #expect(
            AppReducer.reduce(&state, .key(.character("E")), now: now) == [
                .editExternally(note + "\n2", .notes(.step2ck))
            ])
        _ = AppReducer.reduce(&state, .externalEditFinished(.notes(.step2ck), .success("from the editor\n")), now: now)
        #expect(state.pathway[.step2ck].notes == "from the editor")
    }

    /// The timeline's Done section is reachable at 80x24 and lists every finished status.
    @Test func theTimelineReachesDoneWithEveryFinishedStatus() {
        var journal = RenderTests.midPathway()
        let ticks: [Change] =
            (MilestoneCatalog[.ecfmg].items.map { .tick(.ecfmg, item: $0.id, done: true) }
                + MilestoneCatalog[.eras].items.map { .tick(.eras, item: $0.id, done: true) })
        for tick in ticks { _ = journal.record(tick, clock: .fixed(now)) }
        for change: Change in [
            .mark(.ecfmg, .certified, date: CalendarDay(parsing: "2024-08-01")),
            .mark(.eras, .submitted, date: CalendarDay(parsing: "2026-09-01")),
            .mark(.match, .ranked, date: CalendarDay(parsing: "2026-02-20")),
            .mark(.match, .unmatched, date: CalendarDay(parsing: "2026-03-16")),
            .mark(.match, .soap, date: CalendarDay(parsing: "2026-03-17")),
        ] {
            if case .failure(let refusal) = journal.record(change, clock: .fixed(now)) { Issue.record("\(refusal)") }
        }
        var state = RenderTests.state(journal, width: 80, height: 24)
        state.screen = .timeline
        _ = AppReducer.reduce(&state, .key(.character("G")), now: now)
        let screen = ScreenRenderer.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("Done"))
        #expect(screen.contains("rank list certified"))
        #expect(screen.contains("in SOAP"))
        #expect(screen.contains("certified"))
    }

    /// A choice list taller than the window scrolls to the highlighted choice.
    @Test func aLongChoiceListScrollsToItsLastChoice() throws {
        var state = main()
        state.width = 60
        state.height = 18
        state.selected = .eras
        _ = AppReducer.reduce(&state, .key(.character("s")), now: now)
        let last = try #require(state.picker?.options.last)
        _ = AppReducer.reduce(&state, .key(.character("G")), now: now)
        #expect(ScreenRenderer.render(state).lines.contains { $0.contains(" \(last.label)") })
    }

    /// A profile choice marks the value it has now.
    @Test func aProfileChoiceMarksTheCurrentValue() {
        var state = main()
        state.screen = .profile
        state.profile.selection = ProfileField.allCases.firstIndex(of: .visaTrack) ?? 0
        _ = AppReducer.reduce(&state, .key(.enter), now: now)
        #expect(ScreenRenderer.render(state).lines.contains { $0.contains("● J-1") })
    }
}
