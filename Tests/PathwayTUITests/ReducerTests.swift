import PathwayCore
import Testing

@testable import PathwayTUI

/// The reducer, driven key by key as a person would, with whole-state expectations.
@Suite struct ReducerTests {
    let now = RenderTests.now

    func main(_ journal: Journal = RenderTests.midPathway()) -> AppState {
        var state = RenderTests.state(journal, width: 80, height: 24)
        state.screen = .main
        return state
    }

    @discardableResult
    func press(_ state: inout AppState, _ keys: Key...) -> [Effect] {
        var effects: [Effect] = []
        for key in keys { effects += AppReducer.reduce(&state, .key(key), now: now) }
        return effects
    }

    func type(_ state: inout AppState, _ text: String) {
        for c in text { press(&state, .character(c)) }
    }

    @Test func movementKeysWalkTheChecklist() {
        var state = main()
        state.selected = .step1
        press(&state, .character("j"))
        #expect(state.selected == .step2ck)
        press(&state, .down, .down)
        #expect(state.selected == .eras)
        press(&state, .character("k"))
        #expect(state.selected == .ecfmg)
        press(&state, .character("G"))
        #expect(state.selected == .license)
        press(&state, .down)
        #expect(state.selected == .license)
        press(&state, .character("g"))
        #expect(state.selected == .step1)
        press(&state, .pageDown)
        #expect(state.selected == .match)
        press(&state, .pageUp, .up)
        #expect(state.selected == .step1)
    }

    @Test func tabAndEnterMoveBetweenPanesAndEscGoesBack() {
        var state = main()
        press(&state, .tab)
        #expect(state.pane == .detail)
        press(&state, .tab)
        #expect(state.pane == .checklist)
        press(&state, .enter)
        #expect(state.pane == .detail)
        press(&state, .escape)
        #expect(state.pane == .checklist)
    }

    @Test func advancingAsksForTheDateThenTheScoreAndSaves() {
        var state = main(Journal())
        state.selected = .step2ck
        press(&state, .character("a"))
        #expect(state.editTarget == .markDate(.step2ck, .registered))
        press(&state, .enter)
        #expect(state.pathway[.step2ck].status == .registered)
        #expect(state.pathway[.step2ck].date(of: .registered) == now.localDay)
        // Record a pass with a past date and a score through the picker.
        press(&state, .character("s"))
        let options = state.picker ?? []
        let passed = options.firstIndex { $0.status == .passed } ?? 0
        state.pickerIndex = passed
        press(&state, .enter)
        #expect(state.editTarget == .markDate(.step2ck, .passed))
        type(&state, "2025-13-01")
        let effects = press(&state, .enter)
        #expect(effects.isEmpty)
        #expect(state.message?.kind == .error)
        #expect(state.editor != nil, "a typing mistake keeps the editor open")
        press(&state, .control("u"))
        type(&state, "2025-10-01")
        press(&state, .enter)
        #expect(state.editTarget == .markScore(.step2ck, .passed, CalendarDay(parsing: "2025-10-01")!))
        type(&state, "248")
        #expect(press(&state, .enter) == [.save])
        #expect(state.pathway[.step2ck].status == .passed)
        #expect(state.pathway[.step2ck].attempts.last?.score == 248)
        #expect(state.editor == nil)
        #expect(state.message == StatusMessage("Saved: Step 2 CK: passed on 2025-10-01, score 248", .success))
    }

    @Test func aBlockedChoiceInThePickerSaysWhy() {
        var state = main()
        state.selected = .ecfmg
        press(&state, .character("s"))
        let certified = state.picker?.firstIndex { $0.status == .certified } ?? 0
        state.pickerIndex = certified
        press(&state, .enter)
        #expect(state.picker != nil)
        #expect(state.message?.text.hasPrefix("Blocked: ECFMG certification needs") == true)
        press(&state, .escape)
        #expect(state.picker == nil)
    }

    @Test func advanceOnABlockedStepExplains() {
        var state = main()
        state.selected = .residency
        #expect(press(&state, .character("a")).isEmpty)
        #expect(state.message == StatusMessage("Blocked: Starting residency needs ECFMG certification", .error))
    }

    @Test func spaceTicksAnItemAndUndoRedoWork() {
        var state = main()
        state.selected = .ecfmg
        press(&state, .tab)
        let rows = state.detailRows
        state.detailIndex = rows.firstIndex(of: .item("communication")) ?? 0
        #expect(press(&state, .character(" ")) == [.save])
        #expect(state.pathway[.ecfmg].isTicked("communication"))
        #expect(press(&state, .character("u")) == [.save])
        #expect(!state.pathway[.ecfmg].isTicked("communication"))
        #expect(press(&state, .control("r")) == [.save])
        #expect(state.pathway[.ecfmg].isTicked("communication"))
        press(&state, .character("x"))
        #expect(!state.pathway[.ecfmg].isTicked("communication"))
    }

    @Test func editingAFieldValidatesBeforeSaving() {
        var state = main()
        state.selected = .residency
        press(&state, .tab)
        state.detailIndex = state.detailRows.firstIndex(of: .field("pgy")) ?? 0
        press(&state, .character("e"))
        #expect(state.editTarget == .field(.residency, "pgy"))
        type(&state, "12")
        #expect(press(&state, .enter).isEmpty)
        #expect(state.message?.text.contains("from 1 to 10") == true)
        press(&state, .backspace, .backspace)
        type(&state, "2")
        #expect(press(&state, .enter) == [.save])
        #expect(state.pathway[.residency].details["pgy"] == "2")
        press(&state, .character("e"))
        press(&state, .escape)
        #expect(state.editor == nil)
        #expect(state.message == StatusMessage("Cancelled"))
    }

    @Test func theLineEditorHandlesCharactersAndTheCursor() {
        var editor = LineEditor("Ñandú")
        _ = editor.handle(.left)
        _ = editor.handle(.left)
        _ = editor.handle(.character("x"))
        #expect(editor.text == "Ñanxdú")
        _ = editor.handle(.home)
        _ = editor.handle(.delete)
        #expect(editor.text == "anxdú")
        _ = editor.handle(.end)
        _ = editor.handle(.backspace)
        #expect(editor.text == "anxd")
        _ = editor.handle(.control("u"))
        #expect(editor.text == "")
        let handled = editor.handle(.tab)
        #expect(!handled)
    }

    @Test func screensOpenAndCloseFromTheKeyMap() {
        var state = main()
        press(&state, .character("?"))
        #expect(state.screen == .help)
        press(&state, .character("j"), .character("j"))
        #expect(state.scroll == 2)
        press(&state, .escape)
        #expect(state.screen == .main)
        press(&state, .character("p"))
        #expect(state.screen == .profile)
        press(&state, .character("p"))
        #expect(state.screen == .main)
        press(&state, .character("H"))
        #expect(state.screen == .history)
        press(&state, .character("H"))
        #expect(state.screen == .main)
        #expect(press(&state, .character("t")) == [.cycleTheme])
        #expect(press(&state, .character("q")) == [.quit])
        #expect(press(&state, .control("c")) == [.quit])
    }

    @Test func theProfileCyclesChoicesAndEditsText() {
        var state = main(Journal())
        state.screen = .profile
        state.profileIndex = ProfileField.allCases.firstIndex(of: .citizenship) ?? 0
        press(&state, .enter)
        #expect(state.pathway.profile.citizenship == .usCitizen)
        press(&state, .enter, .enter)
        #expect(state.pathway.profile.citizenship == .other)
        state.profileIndex = 0
        press(&state, .enter)
        type(&state, "Dr. 李 Wei")
        press(&state, .enter)
        #expect(state.pathway.profile.name == "Dr. 李 Wei")
    }

    @Test func onboardingMarksWhatIsDoneWithItsDate() {
        var state = RenderTests.state(Journal(), width: 80, height: 24)
        #expect(state.screen == .onboarding)
        press(&state, .enter)
        #expect(state.editTarget == .markDate(.step1, .passed))
        type(&state, "2021-11-02")
        press(&state, .enter)
        #expect(state.editTarget == .markScore(.step1, .passed, CalendarDay(parsing: "2021-11-02")!))
        type(&state, "229")
        press(&state, .enter)
        #expect(state.pathway[.step1].attempts == [ExamAttempt(date: CalendarDay(parsing: "2021-11-02")!, result: .passed, score: 229)])
        // A missing prerequisite is said at once, before any date is asked for.
        press(&state, .character("j"), .character("j"), .enter)
        #expect(state.editTarget == nil)
        #expect(state.message?.text == "Refused: ECFMG certification needs Step 2 CK passed")
        press(&state, .escape)
        #expect(state.screen == .main)
    }

    @Test func everyKeyOfTheKeyMapDoesSomethingOnTheMainScreen() {
        for binding in KeyMap.bindings {
            for key in binding.keys {
                var state = main()
                state.selected = .eras
                let before = state
                let effects = press(&state, key)
                #expect(state != before || !effects.isEmpty, "\(key.name) (\(binding.command)) changed nothing")
            }
        }
    }

    @Test func unknownKeysSayHowToGetHelp() {
        var state = main()
        press(&state, .character("z"))
        #expect(state.message == StatusMessage("z does nothing here; press ? for help"))
    }

    @Test func aFailedSaveIsShownAndRemembered() {
        var state = main()
        _ = AppReducer.reduce(&state, .saveFailed("disk full"), now: now)
        #expect(state.unsaved)
        #expect(state.message?.kind == .error)
        _ = AppReducer.reduce(&state, .saved, now: now)
        #expect(!state.unsaved)
    }
}

@Suite struct UnsavedChangesTests {
    let now = RenderTests.now

    @Test func quittingWithUnsavedChangesAsksFirstAndReloadRecovers() {
        var state = RenderTests.state(RenderTests.midPathway(), width: 80, height: 24)
        state.screen = .main
        _ = AppReducer.reduce(&state, .saveFailed("the file changed on disk"), now: now)
        #expect(AppReducer.reduce(&state, .key(.character("q")), now: now).isEmpty)
        #expect(state.confirmingQuit)
        #expect(state.message?.text.contains("NOT saved (the file changed on disk)") == true)
        // Any other key cancels the question; q then asks again.
        _ = AppReducer.reduce(&state, .key(.character("j")), now: now)
        #expect(!state.confirmingQuit)
        #expect(AppReducer.reduce(&state, .key(.character("q")), now: now).isEmpty)
        #expect(AppReducer.reduce(&state, .key(.character("q")), now: now) == [.quit])
        #expect(AppReducer.reduce(&state, .key(.character("R")), now: now) == [.reload])
        _ = AppReducer.reduce(&state, .reloaded(Journal()), now: now)
        #expect(!state.unsaved)
        #expect(state.pathway == Pathway())
        #expect(AppReducer.reduce(&state, .key(.character("q")), now: now) == [.quit])
    }

    @Test func aSecondFailedAttemptCanBeChosen() {
        var state = RenderTests.state(Journal(), width: 80, height: 24)
        state.screen = .main
        state.selected = .step2ck
        _ = state.journal.record(.mark(.step2ck, .failed, date: CalendarDay(parsing: "2025-01-01")), clock: .fixed(now))
        _ = AppReducer.reduce(&state, .key(.character("s")), now: now)
        #expect(state.picker?.map(\.status) == [.notStarted, .registered, .scheduled, .failed, .passed])
        #expect(state.picker?.first { $0.status == .failed }?.isAllowed == true)
    }

    @Test func aTypingMistakeShowsItsMessageAboveTheEditor() {
        var state = RenderTests.state(RenderTests.midPathway(), width: 80, height: 24)
        state.screen = .main
        state.selected = .residency
        state.pane = .detail
        state.detailIndex = state.detailRows.firstIndex(of: .field("pgy")) ?? 0
        _ = AppReducer.reduce(&state, .key(.character("e")), now: now)
        for c in "99" { _ = AppReducer.reduce(&state, .key(.character(c)), now: now) }
        _ = AppReducer.reduce(&state, .key(.enter), now: now)
        let lines = ScreenRenderer.render(state).lines
        #expect(lines[21].contains("Refused: Current PGY year: \"99\" is not valid"))
        #expect(lines[22].contains("Current PGY year: 99"))
    }
}

@Suite struct TimelineTests {
    let now = RenderTests.now

    func press(_ state: inout AppState, _ keys: Key...) {
        for key in keys { _ = AppReducer.reduce(&state, .key(key), now: now) }
    }

    func type(_ state: inout AppState, _ text: String) {
        for c in text { press(&state, .character(c)) }
    }

    @Test func addingEditingTickingAndRemovingADeadline() throws {
        var state = RenderTests.state(RenderTests.midPathway(), width: 80, height: 24)
        state.screen = .main
        state.selected = .eras
        press(&state, .character("n"))
        #expect(state.editTarget == .deadlineTitle(.eras))
        press(&state, .enter)
        #expect(state.message?.kind == .error, "a deadline needs a title")
        type(&state, "Letters uploaded")
        press(&state, .enter)
        #expect(state.editTarget == .deadlineDate(.eras, title: "Letters uploaded"))
        type(&state, "2026-12-10")
        press(&state, .enter)
        let deadline = try #require(state.pathway.deadlines.first)
        #expect(deadline.title == "Letters uploaded" && deadline.date == CalendarDay(parsing: "2026-12-10"))
        press(&state, .character("T"))
        #expect(state.screen == .timeline)
        let targets = TimelineLine.lines(for: state).compactMap(\.target)
        #expect(targets.first == .deadline(deadline.id))
        press(&state, .character(" "))
        #expect(state.pathway.deadline(deadline.id)?.done == true)
        press(&state, .character("e"), .control("u"))
        type(&state, "2026-12-12")
        press(&state, .enter)
        #expect(state.pathway.deadline(deadline.id)?.date == CalendarDay(parsing: "2026-12-12"))
        press(&state, .character("d"))
        #expect(state.pathway.deadlines.isEmpty)
        press(&state, .character("u"))
        #expect(state.pathway.deadlines.count == 1)
        press(&state, .escape)
        #expect(state.screen == .main)
    }

    @Test func aSeasonDateCanBeSetAndCleared() throws {
        var state = RenderTests.state(RenderTests.midPathway(), width: 80, height: 24)
        state.screen = .timeline
        press(&state, .character("j"))
        let lines = TimelineLine.lines(for: state)
        guard let event = state.timelineTarget?.seasonEvent ?? lines.compactMap(\.target).first?.seasonEvent else {
            Issue.record("no season event on the timeline")
            return
        }
        press(&state, .enter, .control("u"))
        type(&state, "2027-02-24")
        press(&state, .enter)
        let cycle = state.agenda.calendar.cycle
        #expect(state.pathway.season.date(event, cycle: cycle) == CalendarDay(parsing: "2027-02-24"))
        press(&state, .enter, .control("u"), .enter)
        #expect(state.pathway.season.date(event, cycle: cycle) == nil)
    }

    @Test func theTimelineScreenAndTheChecklistShowDaysLeft() {
        var journal = RenderTests.midPathway()
        _ = journal.record(.addDeadline(.step3, "Book Step 3 seat", CalendarDay(parsing: "2026-12-08")!), clock: .fixed(now))
        _ = journal.record(.addDeadline(.eras, "Ask Dr. Lee for a letter", CalendarDay(parsing: "2026-11-20")!), clock: .fixed(now))
        var state = RenderTests.state(journal, width: 80, height: 24)
        state.screen = .main
        _ = AppReducer.reduce(&state, .resized(width: 80, height: 24), now: now)
        let main = ScreenRenderer.render(state).lines
        #expect(main.contains { $0.contains("ERAS") && $0.contains("-6d") })
        #expect(main.contains { $0.contains("Step 3") && $0.contains("12d") })
        state.screen = .timeline
        Golden.check(ScreenRenderer.render(state), "timeline-80x24")
    }
}

@Suite struct ScrollingTests {
    let now = RenderTests.now

    @Test func aTickedPastDeadlineStaysOnTheTimelineAndANewOneIsSelected() throws {
        var journal = RenderTests.midPathway()
        _ = journal.record(.addDeadline(.ecfmg, "Send OET results", CalendarDay(parsing: "2026-11-01")!), clock: .fixed(now))
        var state = RenderTests.state(journal, width: 80, height: 24)
        state.screen = .timeline
        _ = AppReducer.reduce(&state, .key(.character(" ")), now: now)
        #expect(state.pathway.deadlines.first?.done == true)
        let lines = TimelineLine.lines(for: state)
        #expect(lines.contains { $0.target == .deadline("dl-1") }, "a ticked past deadline is still listed (under Done)")
        _ = AppReducer.reduce(&state, .key(.character("n")), now: now)
        for c in "Book flights" { _ = AppReducer.reduce(&state, .key(.character(c)), now: now) }
        _ = AppReducer.reduce(&state, .key(.enter), now: now)
        for c in "2027-01-05" { _ = AppReducer.reduce(&state, .key(.character(c)), now: now) }
        _ = AppReducer.reduce(&state, .key(.enter), now: now)
        #expect(state.timelineTarget == .deadline("dl-2"))
    }

    @Test func theEndOfTheTimelineAndOfTheDetailsCanBeReached() {
        var state = RenderTests.state(RenderTests.midPathway(), width: 80, height: 24)
        state.screen = .timeline
        _ = AppReducer.reduce(&state, .key(.character("G")), now: now)
        _ = AppReducer.reduce(&state, .key(.character("G")), now: now)
        let timeline = ScreenRenderer.render(state).lines.joined(separator: "\n")
        #expect(timeline.contains("Done"))
        state.screen = .main
        state.selected = .ecfmg
        state.pane = .detail
        state.scroll = 0
        for _ in 0..<80 { _ = AppReducer.reduce(&state, .key(.character("j")), now: now) }
        let details = ScreenRenderer.render(state).lines.joined(separator: "\n")
        #expect(details.contains("FAQ, 2025)"))
    }
}
