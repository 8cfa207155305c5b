import PathwayCore
import Testing

@testable import PathwayTUI

/// The reducer, driven key by key as a person would, with whole-state expectations.
@Suite struct ReducerTests: KeyDriven {
    let now = RenderTests.now

    func main(_ journal: Journal = RenderTests.midPathway()) -> AppState {
        var state = RenderTests.state(journal, width: 80, height: 24)
        state.screen = .main
        return state
    }

    @Test func movementKeysWalkTheChecklist() {
        var state = main()
        state.selected = .step1
        var store = StateAssertion(state)
        store.press(.character("j")) { $0.selected = .step2ck }
        store.press(.down) { $0.selected = .ecfmg }
        store.press(.down) { $0.selected = .eras }
        store.press(.character("k")) { $0.selected = .ecfmg }
        store.press(.character("G")) { $0.selected = .license }
        store.press(.down)
        store.press(.character("g")) { $0.selected = .step1 }
        store.press(.pageDown) { $0.selected = .match }
        store.press(.pageUp) { $0.selected = .step1 }
    }

    @Test func tabAndEnterMoveBetweenPanesAndEscGoesBack() {
        var store = StateAssertion(main())
        store.press(.tab) { $0.pane = .detail }
        store.press(.tab) { $0.pane = .checklist }
        store.press(.enter) { $0.pane = .detail }
        store.press(.escape) { $0.pane = .checklist }
        store.press(.escape) { $0.message = StatusMessage("Nothing to close; q quits (everything is saved)") }
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
        let options = state.picker?.options ?? []
        let passed = options.firstIndex { $0.status == .passed } ?? 0
        state.picker?.cursor.selection = passed
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
        let certified = state.picker?.options.firstIndex { $0.status == .certified } ?? 0
        state.picker?.cursor.selection = certified
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

    @Test func theTextEditorHandlesCharactersAndTheCursor() {
        var editor = TextEditor("Ñandú")
        _ = editor.apply(.cursorLeft)
        _ = editor.apply(.cursorLeft)
        editor.insert("x")
        #expect(editor.text == "Ñanxdú")
        _ = editor.apply(.lineStart)
        _ = editor.apply(.deleteForward)
        #expect(editor.text == "anxdú")
        _ = editor.apply(.lineEnd)
        _ = editor.apply(.deleteBackward)
        #expect(editor.text == "anxd")
        _ = editor.apply(.clearToStart)
        #expect(editor.text == "")
        editor.insert("\n")
        #expect(editor.text == "", "a one-line editor takes no line break")
        let handled = editor.apply(.moveDown)
        #expect(!handled)
    }

    @Test func scalarsTypedOneByOneJoinTheirCluster() {
        var editor = TextEditor("")
        for scalar in "राहुल 👩‍⚕️".unicodeScalars { editor.insert(Character(scalar)) }
        #expect(editor.characters == Array("राहुल 👩‍⚕️"))
        #expect(editor.cursor == editor.characters.count)
    }

    @Test func theNotesEditorMovesBetweenLines() {
        var editor = TextEditor("first line\nsecond", multiline: true)
        _ = editor.apply(.cursorUp)
        editor.insert("!")
        #expect(editor.text == "first !line\nsecond")
        _ = editor.apply(.cursorDown)
        _ = editor.apply(.clearToEnd)
        _ = editor.apply(.newLine)
        editor.insert("3")
        #expect(editor.text == "first !line\nsecond\n3")
    }

    @Test func screensOpenAndCloseFromTheKeyMap() {
        var store = StateAssertion(main())
        store.press(.character("?")) { $0.screen = .help }
        store.press(.character("j")) { $0.text.scroll = 1 }
        store.press(.character("j")) { $0.text.scroll = 2 }
        store.press(.escape) {
            $0.screen = .main
            $0.text = ListCursor()
        }
        store.press(.character("p")) { $0.screen = .profile }
        store.press(.character("p")) { $0.screen = .main }
        store.press(.character("H")) { $0.screen = .history }
        store.press(.character("H")) { $0.screen = .main }
        store.press(.character("t"), effects: [.cycleTheme])
        store.press(.character("q"), effects: [.quit])
        store.press(.control("c"), effects: [.quit])
    }

    @Test func helpScrollsToItsEndAndNoFurther() {
        var store = StateAssertion(main())
        store.press(.character("?")) { $0.screen = .help }
        let visible = Layout(width: 80, height: 24).checklist.height - 2
        let end = HelpView.lines(unicode: true).count - visible
        store.press(.character("G")) { $0.text.scroll = end }
        store.press(.character("j"))
        store.press(.character("k")) { $0.text.scroll = end - 1 }
        store.press(.character("g")) { $0.text.scroll = 0 }
    }

    @Test func thePickerMovesWithoutSavingAndClosesOnEsc() {
        var state = main()
        state.selected = .eras
        var store = StateAssertion(state)
        let picker = Picker.statuses(for: .eras, in: state.pathway, today: now.localDay)
        store.press(.character("s")) { $0.picker = picker }
        store.press(.character("j")) { $0.picker?.cursor.selection += 1 }
        store.press(.character("z")) { $0.message = StatusMessage("j/k chooses, Enter sets, Esc closes") }
        store.press(.escape) {
            $0.picker = nil
            $0.message = nil
        }
    }

    @Test func theProfileCyclesChoicesAndEditsText() {
        var state = main(Journal())
        state.screen = .profile
        state.profile.selection = ProfileField.allCases.firstIndex(of: .citizenship) ?? 0
        press(&state, .enter, .character("j"))
        #expect(state.pathway.profile.citizenship == .unknown, "moving in the list saves nothing")
        press(&state, .enter)
        #expect(state.pathway.profile.citizenship == .usCitizen)
        press(&state, .enter, .character("G"), .enter)
        #expect(state.pathway.profile.citizenship == .other)
        state.profile.selection = 0
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
        #expect(
            state.pathway[.step1].attempts == [
                ExamAttempt(date: CalendarDay(parsing: "2021-11-02")!, result: .passed, score: 229)
            ])
        // A missing prerequisite is said at once, before any date is asked for.
        press(&state, .character("j"), .character("j"), .enter)
        #expect(state.editTarget == nil)
        #expect(state.message?.text == "Refused: ECFMG certification needs Step 2 CK passed")
        press(&state, .escape)
        #expect(state.screen == .main)
    }

    /// ECFMG certification wants its checklist ticked: the welcome screen cannot tick it, so it
    /// opens the step's details at the first item, saying how to tick and then certify.
    @Test func onboardingOpensTheChecklistThatCertificationNeeds() {
        var journal = Journal()
        for change: Change in [
            .mark(.step1, .passed, date: CalendarDay(parsing: "2021-11-02")),
            .mark(
                .step2ck, .passed, date: CalendarDay(parsing: "2022-06-01"), score: 250, note: nil, incomplete: false),
        ] {
            _ = journal.record(change, clock: .fixed(RenderTests.now))
        }
        var state = RenderTests.state(journal, width: 80, height: 24)
        state.screen = .onboarding
        press(&state, .character("j"), .character("j"), .enter)
        #expect(state.editTarget == nil)
        #expect(state.screen == .main)
        #expect(state.selected == .ecfmg)
        #expect(state.pane == .detail)
        let first = MilestoneCatalog[.ecfmg].items[0].id
        #expect(state.detailRows[state.detailIndex] == .item(first))
        #expect(state.message?.text.hasPrefix("ECFMG certification needs its checklist first") == true)
        // Space ticks it, as the message says.
        press(&state, .character(" "))
        #expect(state.pathway[.ecfmg].isTicked(first))
    }

    @Test func everyKeyOfTheKeyMapDoesSomethingOnTheMainScreen() {
        for binding in MainScreen.keyMap.bindings + KeyMap.global.bindings {
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
        var store = StateAssertion(main())
        store.send(.saveFinished(.failure(EffectFailure("disk full")))) {
            $0.unsaved = true
            $0.saveError = "disk full"
            $0.message = StatusMessage(
                "Not saved: disk full. R reloads the file; q twice quits without saving.", .error)
        }
        store.send(.saveFinished(.success(0))) {
            $0.unsaved = false
            $0.saveError = nil
        }
    }

    @Test func themeChangesGoThroughTheReducer() {
        var store = StateAssertion(main())
        store.press(.character("t"), effects: [.cycleTheme])
        store.send(.themeChanged(name: "light", warning: nil, colorsOff: false)) {
            $0.themeName = "light"
            $0.message = StatusMessage("Theme: light")
        }
        store.send(.themeChanged(name: "default-dark", warning: "no theme \"x\"", colorsOff: true)) {
            $0.themeName = "default-dark"
            $0.message = StatusMessage("no theme \"x\"", .warning)
        }
    }
}

@Suite struct UnsavedChangesTests {
    let now = RenderTests.now

    @Test func quittingWithUnsavedChangesAsksFirstAndReloadRecovers() {
        var state = RenderTests.state(RenderTests.midPathway(), width: 80, height: 24)
        state.screen = .main
        _ = AppReducer.reduce(&state, .saveFinished(.failure(EffectFailure("the file changed on disk"))), now: now)
        #expect(AppReducer.reduce(&state, .key(.character("q")), now: now).isEmpty)
        #expect(state.confirmingQuit)
        #expect(state.message?.text.contains("NOT saved (the file changed on disk)") == true)
        // Any other key cancels the question; q then asks again.
        _ = AppReducer.reduce(&state, .key(.character("j")), now: now)
        #expect(!state.confirmingQuit)
        #expect(AppReducer.reduce(&state, .key(.character("q")), now: now).isEmpty)
        #expect(AppReducer.reduce(&state, .key(.character("q")), now: now) == [.quit])
        #expect(AppReducer.reduce(&state, .key(.character("R")), now: now) == [.reload])
        _ = AppReducer.reduce(&state, .reloadFinished(.success(Journal())), now: now)
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
        #expect(state.picker?.options.map(\.status) == [.notStarted, .registered, .scheduled, .failed, .passed])
        #expect(state.picker?.options.first { $0.status == .failed }?.isAllowed == true)
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
        // A message too long for the line above the editor takes the panes' bottom edge too.
        #expect((lines[20] + lines[21]).contains("Refused: Current PGY year: \"99\" is not valid"))
        #expect((lines[20] + " " + lines[21]).split(separator: " ").joined(separator: " ").hasSuffix("from 1 to 10"))
        #expect(lines[22].contains("Current PGY year: 99"))
    }
}

@Suite struct TimelineTests: KeyDriven {
    let now = RenderTests.now

    @Test func aCertifiedPersonsCertificateDeadlineIsNotComingUp() throws {
        var journal = RenderTests.midPathway()
        for item in ["clinicalSkills", "communication"] {
            _ = try journal.record(.tick(.ecfmg, item: item, done: true), clock: .fixed(now)).get()
        }
        let before = TimelineLine.lines(for: RenderTests.state(journal, width: 80, height: 24))
        _ = try journal.record(.mark(.ecfmg, .certified, date: RenderTests.day("2026-11-20")), clock: .fixed(now)).get()
        let after = TimelineLine.lines(for: RenderTests.state(journal, width: 80, height: 24))
        func comingUp(_ lines: [TimelineLine]) -> [String] {
            let start = (lines.firstIndex { $0.isHeader && $0.title == "Coming up" } ?? 0) + 1
            return lines[start...].prefix { !$0.isHeader }.map(\.title)
        }
        #expect(comingUp(before).contains { $0.hasPrefix("ECFMG certificate needed") })
        #expect(!comingUp(after).contains { $0.hasPrefix("ECFMG certificate needed") })
        // Nor does the season calendar count the days to it: it says the step is done.
        let certificate = try #require(after.first { $0.target == .calendar(.ecfmgCertificationDeadline) })
        #expect(certificate.when.isEmpty && certificate.title.hasSuffix("(done)"), "\(certificate)")
    }

    @Test func aResidentsTimelineHasNoSeasonCalendarOfUnknownDates() {
        let now = self.now
        let marks: [(MilestoneID, Status, String)] = [
            (.step1, .passed, "2022-03-01"), (.step2ck, .passed, "2023-03-01"), (.ecfmg, .certified, "2023-06-01"),
            (.eras, .submitted, "2024-09-25"), (.match, .matched, "2025-03-21"),
            (.residency, .inTraining, "2025-07-01"),
        ]
        let journal = Journal(
            replaying: marks.map { id, status, day in
                HistoryEntry(at: now, change: .mark(id, status, date: RenderTests.day(day)))
            })
        let lines = TimelineLine.lines(for: RenderTests.state(journal, width: 80, height: 24))
        #expect(!lines.contains { $0.date == "no date" }, "\(lines.map(\.title))")
        #expect(lines.contains { $0.title.hasPrefix("Behind you: its dates ask nothing more") })
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
        // The plan's estimated NRMP late-fee date (2026-11-30) comes first, then the deadline.
        #expect(Array(targets.prefix(2)) == [.season(.nrmpLateFeeDeadline), .deadline(deadline.id)])
        press(&state, .character("j"))
        #expect(state.timelineTarget == .deadline(deadline.id))
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
        _ = journal.record(
            .addDeadline(.step3, "Book Step 3 seat", CalendarDay(parsing: "2026-12-08")!), clock: .fixed(now))
        _ = journal.record(
            .addDeadline(.eras, "Ask Dr. Lee for a letter", CalendarDay(parsing: "2026-11-20")!), clock: .fixed(now))
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

    /// A long table keeps its rows where they are while the selection moves among them, and
    /// scrolls only to follow it past an edge, by key, page, wheel (a key) or after a click.
    @Test func aTableScrollsOnlyWhenTheSelectionLeavesIt() throws {
        var cursor = ListCursor()
        let (count, visible) = (45, 17)
        func first(_ cursor: ListCursor) -> Int {
            cursor.firstLine(selectedLine: cursor.selection, lineCount: count, visible: visible)
        }
        for _ in 0..<16 { cursor.moveInTable(.moveDown, count: count, visible: visible) }
        #expect((cursor.selection, first(cursor)) == (16, 0))
        cursor.moveInTable(.moveDown, count: count, visible: visible)
        #expect((cursor.selection, first(cursor)) == (17, 1))
        cursor.moveInTable(.moveLast, count: count, visible: visible)
        #expect((cursor.selection, first(cursor)) == (44, 28))
        // Up from the end: the last row stays in view until the selection reaches the top.
        cursor.moveInTable(.moveUp, count: count, visible: visible)
        #expect((cursor.selection, first(cursor)) == (43, 28))
        for _ in 0..<15 { cursor.moveInTable(.moveUp, count: count, visible: visible) }
        #expect((cursor.selection, first(cursor)) == (28, 28))
        cursor.moveInTable(.moveUp, count: count, visible: visible)
        #expect((cursor.selection, first(cursor)) == (27, 27))
        cursor.moveInTable(.pageDown, count: count, visible: visible)
        #expect((cursor.selection, first(cursor)) == (43, 28))
        cursor.moveInTable(.pageUp, count: count, visible: visible)
        #expect((cursor.selection, first(cursor)) == (27, 12))
        // A click on the fourth row shown selects it where it is; up and down then move the
        // selection, not the rows.
        let inner = Rect(x: 1, y: 2, width: 78, height: visible + 1)
        cursor = try #require(
            ListTable.cursor(clickedAt: 10, inner.y + 4, inner: inner, cursor: cursor, count: count, visible: visible))
        #expect((cursor.selection, first(cursor)) == (15, 12))
        cursor.moveInTable(.moveUp, count: count, visible: visible)
        #expect((cursor.selection, first(cursor)) == (14, 12))
        cursor.moveInTable(.moveDown, count: count, visible: visible)
        cursor.moveInTable(.moveDown, count: count, visible: visible)
        #expect((cursor.selection, first(cursor)) == (16, 12))
    }

    @Test func aTickedPastDeadlineStaysOnTheTimelineAndANewOneIsSelected() throws {
        var journal = RenderTests.midPathway()
        _ = journal.record(
            .addDeadline(.ecfmg, "Send OET results", CalendarDay(parsing: "2026-11-01")!), clock: .fixed(now))
        var state = RenderTests.state(journal, width: 80, height: 24)
        state.screen = .timeline
        _ = AppReducer.reduce(&state, .key(.character(" ")), now: now)
        #expect(state.pathway.deadlines.first?.done == true)
        let lines = TimelineLine.lines(for: state)
        #expect(
            lines.contains { $0.target == .deadline("dl-1") }, "a ticked past deadline is still listed (under Done)")
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
        state.detail = ListCursor()
        for _ in 0..<80 { _ = AppReducer.reduce(&state, .key(.character("j")), now: now) }
        let details = ScreenRenderer.render(state).lines.joined(separator: "\n")
        #expect(details.contains("2025)"))
    }
}
