import PathwayCore
import Testing

@testable import PathwayTUI

/// The letters and US clinical experience screens, driven key by key: adding, editing, ticking
/// received, assigning through the program list, removing and undoing, with whole-state
/// expectations where the steps are small.
@Suite struct LettersScreenTests: KeyDriven {
    let now = RenderTests.now
    var today: CalendarDay { now.localDay }

    /// The season's programs with two experiences and three letters: one received, one assigned
    /// before ERAS received it, one from a writer outside the US.
    static func letters() -> Journal {
        var journal = ProgramsScreenTests.season()
        let day = RenderTests.day
        var rotation = ClinicalExperience(
            id: "", kind: .handsOn, site: "Mercy Hospital", start: day("2026-06-01"), end: day("2026-06-28"))
        rotation.state = "NY"
        rotation.specialty = "internal medicine"
        let research = ClinicalExperience(
            id: "", kind: .research, site: "Lakeside Research Institute of Cardiovascular Outcomes",
            start: day("2025-01-06"), end: day("2025-06-27"))
        var lee = Letter(id: "", writer: "Dr. Ana Lee")
        lee.usPhysician = true
        lee.experienceID = "ce-1"
        lee.requested = day("2026-07-01")
        var kumar = Letter(id: "", writer: "Prof. Rajesh Kumar Venkataraman-Subramanian")
        kumar.requested = day("2026-05-01")
        let changes: [Change] = [
            .addExperience(rotation), .addExperience(research),
            .addLetter(lee), .addLetter(kumar), .addLetter(Letter(id: "", writer: "Dr. Sam Ortiz")),
            .letterReceived(id: "lr-2", date: day("2026-08-01")),
            .assignLetter(id: "lr-1", program: "pg-1", date: day("2026-11-20")),
            .assignLetter(id: "lr-2", program: "pg-1", date: day("2026-11-20")),
        ]
        for change in changes {
            if case .failure(let violation) = journal.record(change, clock: .fixed(RenderTests.now)) {
                Issue.record("fixture change refused: \(change): \(violation)")
            }
        }
        return journal
    }

    func state(_ screen: AppState.Screen, _ journal: Journal = LettersScreenTests.letters()) -> AppState {
        var state = RenderTests.state(journal, width: 80, height: 24)
        state.screen = screen
        return state
    }

    @Test func lAndXOpenTheViewsFromAnywhereAndEscGoesBack() {
        var store = StateAssertion(state(.main))
        store.press(.character("L")) { $0.screen = .letters }
        store.press(.character("j")) { $0.letters.letters.selection = 1 }
        store.press(.character("X")) { $0.screen = .experiences }
        store.press(.character("G")) { $0.letters.experiences.selection = 1 }
        store.press(.character("X")) { $0.screen = .main }
        store.press(.character("L")) { $0.screen = .letters }
        store.press(.escape) { $0.screen = .main }
    }

    @Test func theErasStepHasLinesThatOpenBothViews() throws {
        // With the thank-you notes recorded, no overdue reminder takes the detail's first lines.
        var journal = LettersScreenTests.letters()
        for program in journal.pathway.programs where program.status == .interviewed {
            _ = journal.record(
                .editProgram(id: program.id, field: .thankYouSent, value: "2026-11-20"), clock: .fixed(RenderTests.now))
        }
        #expect(journal.pathway.programs.filter { $0.status == .interviewed && $0.thankYouSent == nil }.isEmpty)
        var state = state(.main, journal)
        state.selected = .eras
        state.pane = .detail
        let rows = state.detailRows
        let letters = try #require(rows.firstIndex(of: .open(.letters)))
        let experience = try #require(rows.firstIndex(of: .open(.experiences)))
        #expect(DetailRow.rows(for: .step1, in: state.pathway).contains(.open(.letters)) == false)
        let text = ScreenRenderer.render(state).lines.joined(separator: "\n")
        #expect(text.contains("3, 1 received (L)"))
        #expect(text.contains("2, 29 weeks (X)"))
        state.detail.selection = letters
        press(&state, .enter)
        #expect(state.screen == .letters)
        press(&state, .escape)
        state.detail.selection = experience
        press(&state, .character("e"))
        #expect(state.screen == .experiences)
    }

    // MARK: - Letters

    @Test func nAsksForTheWriterAndSelectsTheNewLetter() {
        var store = StateAssertion(state(.letters))
        store.press(.character("n")) {
            $0.editor = TextEditor("")
            $0.editTarget = .letterWriter
            $0.message = StatusMessage("Who writes it, e.g. \"Dr. Ana Lee\"; Enter adds it, Esc cancels")
        }
        // An empty writer is refused and the editor stays open.
        store.press(.enter) {
            $0.message = StatusMessage(
                "Refused: Writer: a letter needs a writer; expected any text (not empty)", .error)
        }
        var state = store.state
        type(&state, "Dr. Wen Li")
        #expect(press(&state, .enter) == [.save])
        #expect(state.pathway.letter("lr-4")?.writer == "Dr. Wen Li")
        #expect(state.letters.letters.selection == 3)
        #expect(state.editor == nil)
        #expect(
            state.message
                == StatusMessage("Added lr-4 from \"Dr. Wen Li\"; Enter opens it to fill in the rest", .success))
        press(&state, .character("u"))
        #expect(state.pathway.letter("lr-4") == nil)
        #expect(state.letters.letters.selection == 2, "the selection stays inside the shorter list")
    }

    /// A detail screen whose entry is gone (removed, or undone away) says so, with the way back.
    @Test func aDetailScreenWhoseEntryIsGoneSaysSo() {
        var state = state(.letterDetail)
        state.letters.letterID = "lr-99"
        state.letters.experienceID = "ce-99"
        state.programs.detailID = "pg-99"
        for (screen, text) in [
            (AppState.Screen.letterDetail, "This letter no longer exists; Esc goes back."),
            (.experienceDetail, "This entry no longer exists; Esc goes back."),
            (.programDetail, "This program no longer exists; Esc goes back."),
        ] {
            state.screen = screen
            #expect(ScreenRenderer.render(state).lines[2].contains(text), "\(screen)")
        }
    }

    /// `?` opens help at the keys of the screen it was asked from, and Esc goes back there.
    @Test func helpOpensAtThisScreensKeysAndGoesBackHere() throws {
        var state = state(.letters)
        press(&state, .character("?"))
        #expect(state.screen == .help)
        let lines = ScreenRenderer.render(state).lines
        #expect(lines[2].contains("Letters"), "\(lines[2])")
        #expect(lines.contains { $0.contains("Set the letters per program") })
        press(&state, .escape)
        #expect(state.screen == .letters)
        // History and a whole message go back to where they were opened from too.
        press(&state, .character("H"))
        #expect(state.screen == .history)
        press(&state, .escape)
        #expect(state.screen == .letters)
        // From the main screen help starts at the top, with the keys of every screen.
        state.screen = .main
        press(&state, .character("?"))
        #expect(ScreenRenderer.render(state).lines[2].contains("Every screen"))
        press(&state, .escape)
        #expect(state.screen == .main)
    }

    /// A click on a row selects that letter or experience; one on the totals under the table
    /// does nothing.
    @Test func aClickSelectsTheRow() throws {
        var state = state(.letters)
        press(&state, .click(x: 10, y: 4))
        #expect(state.letters.letters.selection == 1)
        press(&state, .click(x: 10, y: 20))
        #expect(state.letters.letters.selection == 1)
        state.screen = .experiences
        press(&state, .character("j"))
        press(&state, .click(x: 10, y: 3))
        #expect(state.letters.experiences.selection == 0)
        // The program list for a letter is a menu: a click on a program takes it.
        state.screen = .letters
        press(&state, .character("a"))
        let lines = ScreenRenderer.render(state).lines
        let row = try #require(lines.firstIndex { $0.contains("pg-2 Lakeside") })
        let column = try #require(lines[row].firstRange(of: "pg-2")).lowerBound.utf16Offset(in: lines[row])
        #expect(press(&state, .click(x: column, y: row)).isEmpty, "the day is asked first")
        #expect(press(&state, .enter) == [.save])
        #expect(state.pathway.letter("lr-2")?.assignments["pg-2"] == today)
        #expect(state.picker != nil, "the list stays open for the next program")
        #expect(press(&state, .click(x: 0, y: row)).isEmpty, "outside the list")
    }

    /// `l` sets the letters per program imgpath warns above: a number of the person's own, or
    /// nothing to follow ERAS's again; text that is no number, or a number out of range, leaves
    /// the editor open to correct it.
    @Test func lSetsTheLetterLimitAndEmptyGoesBackToErass() {
        var store = StateAssertion(state(.letters))
        store.press(.character("l")) {
            $0.editor = TextEditor("")
            $0.editTarget = .letterLimit
            $0.message = StatusMessage("ERAS: \(LetterRules.perProgramLimitSource). Empty follows ERAS.")
        }
        var state = store.state
        type(&state, "many")
        #expect(press(&state, .enter).isEmpty)
        #expect(
            state.message
                == StatusMessage(
                    "Refused: \"many\" is not a number of letters; type a number, or nothing for ERAS's 4", .error))
        #expect(state.editor?.text == "many", "the editor stays open with what was typed")
        press(&state, .control("u"))
        type(&state, "0")
        #expect(press(&state, .enter).isEmpty)
        #expect(state.message?.kind == .error)
        #expect(state.pathway.letterLimitSetting == nil)
        press(&state, .control("u"))
        type(&state, "3")
        #expect(press(&state, .enter) == [.save])
        #expect(state.editor == nil)
        #expect(state.pathway.letterLimitSetting == 3)
        #expect(ScreenRenderer.render(state).lines.contains { $0.contains("your limit: 3") })
        // Opening it again shows the number; emptied, ERAS's number applies again.
        press(&state, .character("l"))
        #expect(state.editor?.text == "3")
        press(&state, .control("u"))
        #expect(press(&state, .enter) == [.save])
        #expect(state.pathway.letterLimitSetting == nil)
        #expect(state.pathway.letterLimit == LetterRules.defaultPerProgramLimit)
    }

    @Test func enterOpensTheLetterWhereFieldsAreEditedAndBadDatesRefused() throws {
        var store = StateAssertion(state(.letters))
        store.press(.character("G")) { $0.letters.letters.selection = 2 }
        store.press(.enter) {
            $0.screen = .letterDetail
            $0.letters.letterID = "lr-3"
        }
        store.press(.character("j")) { $0.letters.letterDetail.selection = 1 }
        store.press(.character("e")) {
            $0.editor = TextEditor("")
            $0.editTarget = .letterField(id: "lr-3", .title)
            $0.message = StatusMessage("Title: any text. Enter saves, Esc cancels")
        }
        var state = store.state
        type(&state, "Program Director")
        #expect(press(&state, .enter) == [.save])
        #expect(state.pathway.letter("lr-3")?.title == "Program Director")
        let requested = try #require(LetterDetailScreen.lines.firstIndex(of: .field(.requested)))
        state.letters.letterDetail.selection = requested
        press(&state, .enter)
        type(&state, "2026-02-30")
        #expect(press(&state, .enter).isEmpty)
        #expect(
            state.message
                == StatusMessage(
                    "Refused: Requested on: \"2026-02-30\" is not a date; expected a date YYYY-MM-DD, or empty", .error)
        )
        #expect(state.editor != nil, "the editor stays open to correct the date")
        press(&state, .control("u"))
        type(&state, "2026-10-01")
        #expect(press(&state, .enter) == [.save])
        #expect(state.pathway.letter("lr-3")?.requested == RenderTests.day("2026-10-01"))
        press(&state, .character("u"))
        #expect(state.pathway.letter("lr-3")?.requested == nil)
        // The US physician field is a yes or no list; Enter takes the highlighted one.
        state.letters.letterDetail.selection = try #require(
            LetterDetailScreen.lines.firstIndex(of: .field(.usPhysician)))
        press(&state, .enter)
        #expect(state.picker?.purpose == .letterField(id: "lr-3", .usPhysician))
        press(&state, .character("k"))
        #expect(press(&state, .enter) == [.save])
        #expect(state.pathway.letter("lr-3")?.usPhysician == true)
        press(&state, .escape)
        #expect(state.screen == .letters)
    }

    @Test func rTicksReceivedTodayAndAgainUnticksIt() {
        var store = StateAssertion(state(.letters))
        // The day is asked, today filled in: Enter keeps it.
        store.press(.character("r")) {
            $0.editor = TextEditor(self.today.description)
            $0.editTarget = .letterReceived(id: "lr-1")
            $0.message = StatusMessage(
                "Enter keeps today; Ctrl-U clears it to type the day (YYYY-MM-DD); Esc cancels")
        }
        store.press(.enter, effects: [.save]) {
            $0.editor = nil
            $0.editTarget = nil
            let decision = try? $0.journal.record(
                .letterReceived(id: "lr-1", date: self.today), clock: .fixed(self.now)
            )
            .get()
            // Received today, after it was assigned on 2026-11-20: what happened, then the warning.
            $0.message = StatusMessage(
                "lr-1 received by ERAS on \(self.today); r again takes it off, u undoes; note: "
                    + (decision?.warnings.first.map { "\($0)" } ?? ""), .warning)
        }
        #expect(store.state.message?.text.contains("ERAS received it only on \(today)") == true)
        store.press(.character("u"), effects: [.save]) {
            _ = $0.journal.undo()
            $0.message = StatusMessage("Undone: Letter lr-1: received by ERAS on \(self.today)", .success)
        }
        #expect(store.state.pathway.letter("lr-1")?.received == nil)
        store.press(.character("j")) { $0.letters.letters.selection = 1 }
        // Unticking says the day the mark had, so it is not lost unnoticed.
        store.press(.character(" "), effects: [.save]) {
            let decision = try? $0.journal.record(.letterReceived(id: "lr-2", date: nil), clock: .fixed(self.now)).get()
            $0.message = StatusMessage(
                "received mark taken off lr-2, was 2026-08-01; u undoes; note: "
                    + (decision?.warnings.first.map { "\($0)" } ?? ""), .warning)
        }
    }

    @Test func untickingWithoutAWarningSaysWhatWasTakenOff() {
        var journal = Self.letters()
        _ = journal.record(.letterReceived(id: "lr-3", date: RenderTests.day("2026-08-15")), clock: .fixed(now))
        var state = state(.letters, journal)
        state.letters.letters.selection = 2
        #expect(press(&state, .character("r")) == [.save])
        #expect(state.pathway.letter("lr-3")?.received == nil)
        #expect(state.message == StatusMessage("received mark taken off lr-3, was 2026-08-15; u undoes", .success))
        press(&state, .character("u"))
        #expect(state.pathway.letter("lr-3")?.received == RenderTests.day("2026-08-15"))
    }

    /// A change typed in the editor that a rule refuses keeps the editor open with the text.
    @Test func aRefusedChangeKeepsTheEditorAndItsText() throws {
        var state = state(.letterDetail)
        state.letters.letterID = "lr-2"
        state.letters.letterDetail.selection = try #require(LetterDetailScreen.lines.firstIndex(of: .field(.requested)))
        press(&state, .enter)
        press(&state, .control("u"))
        type(&state, "2026-09-01")
        #expect(press(&state, .enter).isEmpty)
        #expect(state.message?.kind == .error)
        #expect(state.message?.text.hasPrefix("Refused: ") == true)
        #expect(state.editor?.text == "2026-09-01", "the typed text stays to correct it")
        #expect(state.editTarget == .letterField(id: "lr-2", .requested))
        #expect(state.pathway.letter("lr-2")?.requested == RenderTests.day("2026-05-01"))
        press(&state, .control("u"))
        type(&state, "2026-07-01")
        #expect(press(&state, .enter) == [.save])
        #expect(state.editor == nil)
        #expect(state.pathway.letter("lr-2")?.requested == RenderTests.day("2026-07-01"))
    }

    /// A planned rotation is marked in the list and left out of the weeks done.
    @Test func aPlannedRotationIsMarkedAndCountedApart() {
        var journal = Self.letters()
        let planned = ClinicalExperience(
            id: "", kind: .handsOn, site: "Hope Clinic", start: RenderTests.day("2027-02-01"),
            end: RenderTests.day("2027-02-28"))
        _ = journal.record(.addExperience(planned), clock: .fixed(now))
        let state = state(.experiences, journal)
        let text = ScreenRenderer.render(state).lines.joined(separator: "\n")
        #expect(text.contains("US clinical experience (3, 29 weeks done, 4 planned)"))
        #expect(text.contains("2027-02-28 4 planned"))
        #expect(text.contains("29 weeks done, 4 planned"))
        #expect(DetailView.link(.experiences, state).value == "3, 29 weeks done, 4 planned (X)")
    }

    /// Warnings that do not fit point to the screen's own way to read them, not to a command.
    @Test func warningsThatDoNotFitPointToTheLetters() {
        var journal = Self.letters()
        for program in ["pg-2", "pg-3", "pg-4", "pg-5"] {
            for letter in ["lr-1", "lr-3"] {
                _ = journal.record(.assignLetter(id: letter, program: program, date: nil), clock: .fixed(now))
            }
        }
        let state = RenderTests.state(journal, width: 60, height: 18, unicode: false)
        var letters = state
        letters.screen = .letters
        let text = ScreenRenderer.render(letters).lines.joined(separator: "\n")
        #expect(!text.contains("imgpath letter list"))
        #expect(text.contains("warnings: open a letter marked ! to see its own"), "\(text)")
    }

    @Test func aAssignsThroughTheProgramListAndWarnsBeforeReceived() throws {
        var state = state(.letters)
        state.letters.letters.selection = 2
        press(&state, .character("a"))
        let picker = try #require(state.picker)
        #expect(picker.purpose == .letterAssignment(id: "lr-3"))
        #expect(picker.options.map(\.value) == ["pg-1", "pg-2", "pg-3", "pg-4", "pg-5"])
        #expect(picker.options.allSatisfy { !$0.isCurrent })
        press(&state, .character("j"))
        // The day is asked, today filled in; Esc goes back to the list, Enter keeps today.
        #expect(press(&state, .enter) == [])
        #expect(state.editTarget == .letterAssignDay(id: "lr-3", programs: ["pg-2"], cursor: ListCursor(selection: 1)))
        #expect(state.editor?.text == today.description)
        press(&state, .escape)
        #expect(state.picker?.cursor.selection == 1)
        #expect(press(&state, .enter) == [])
        #expect(press(&state, .enter) == [.save])
        #expect(state.pathway.letter("lr-3")?.assignments["pg-2"] == today)
        #expect(state.message?.kind == .warning)
        #expect(state.message?.text.contains("lr-3 from Dr. Sam Ortiz is assigned to pg-2") == true)
        #expect(state.message?.text.contains("ERAS has not received it") == true)
        // The list stays open for the next program, redrawn: each program shows its letters
        // against the limit, and this letter's day where it is assigned.
        #expect(state.picker?.cursor.selection == 1)
        #expect(state.picker?.options[1].isCurrent == true)
        #expect(state.picker?.options[1].label.contains("(1 of 4 letters; assigned \(today))") == true)
        #expect(state.picker?.options[0].label.contains("(2 of 4 letters)") == true)
        // The same program again takes the letter off it; another adds it there.
        #expect(press(&state, .enter) == [.save])
        #expect(state.pathway.letter("lr-3")?.assignments.isEmpty == true)
        #expect(press(&state, .character("j"), .enter) == [])
        press(&state, .control("u"))
        type(&state, "2026-11-02")
        #expect(press(&state, .enter) == [.save])
        #expect(state.pathway.letter("lr-3")?.assignments == ["pg-3": RenderTests.day("2026-11-02")])
        // Closing the list keeps what the last choice said.
        let said = state.message
        press(&state, .escape)
        #expect(state.picker == nil)
        #expect(state.message == said)
        press(&state, .character("u"))
        #expect(state.pathway.letter("lr-3")?.assignments.isEmpty == true)
    }

    /// Names from the file reach the lists, the details and the program list with their control
    /// characters made visible.
    @Test func controlCharactersInNamesNeverReachTheScreenRaw() {
        var journal = Self.letters()
        let hostile = "Evil\u{1B}[31m \u{202E}Clinic"
        _ = journal.record(.addProgram(Program(id: "", name: hostile)), clock: .fixed(now))
        _ = journal.record(.addLetter(Letter(id: "", writer: hostile)), clock: .fixed(now))
        let day = RenderTests.day("2026-01-05")
        _ = journal.record(
            .addExperience(ClinicalExperience(id: "", kind: .research, site: hostile, start: day, end: day)),
            clock: .fixed(now))
        var state = state(.letters, journal)
        state.letters.letters.selection = 3
        state.letters.letterID = "lr-4"
        state.letters.experienceID = "ce-3"
        state.letters.experiences.selection = 2
        for screen in [AppState.Screen.letters, .letterDetail, .experiences, .experienceDetail] {
            state.screen = screen
            state.picker = nil
            if screen == .letters { press(&state, .character("a")) }
            let text = ScreenRenderer.render(state).lines.joined(separator: "\n")
            #expect(!text.contains("\u{1B}") && !text.contains("\u{202E}"), "\(screen)")
            #expect(text.contains("Evil"), "\(screen)")
        }
    }

    @Test func aFifthLetterForAProgramWarnsOfTheLimit() throws {
        var journal = Self.letters()
        for writer in ["Dr. A", "Dr. B"] {
            _ = journal.record(.addLetter(Letter(id: "", writer: writer)), clock: .fixed(now))
        }
        for id in ["lr-3", "lr-4"] {
            _ = journal.record(.assignLetter(id: id, program: "pg-1", date: nil), clock: .fixed(now))
        }
        var state = state(.letters, journal)
        state.letters.letters.selection = 4
        press(&state, .character("a"))
        // The list says the program is full before a fifth letter is given to it.
        #expect(state.picker?.options[0].label.contains("(4 of 4 letters, full)") == true)
        press(&state, .enter, .enter)
        // The program is named beside its id.
        let name = try #require(state.pathway.program("pg-1")?.name)
        #expect(
            state.message?.text.contains("pg-1 (\(name)) has 5 letters assigned; ERAS allows 4 per program") == true)
        press(&state, .escape)
        let text = ScreenRenderer.render(state).lines.joined(separator: "\n")
        #expect(text.contains("! pg-1 (\(name.prefix(10))"))
    }

    @Test func dRemovesTheLetterAndUndoBringsItBack() {
        var store = StateAssertion(state(.letters))
        store.press(.character("G")) { $0.letters.letters.selection = 2 }
        store.press(.character("d"), effects: [.save]) {
            _ = $0.journal.record(.removeLetter(id: "lr-3"), clock: .fixed(RenderTests.now))
            $0.message = StatusMessage("Removed lr-3 from \"Dr. Sam Ortiz\"; u brings it back", .success)
            $0.letters.letters.selection = 1
        }
        store.press(.character("u"), effects: [.save]) {
            _ = $0.journal.undo()
            $0.message = StatusMessage("Undone: Letter lr-3 removed", .success)
        }
        #expect(store.state.pathway.letter("lr-3")?.writer == "Dr. Sam Ortiz")
    }

    @Test func anEmptyListSaysWhatToDo() {
        var state = state(.letters, ProgramsScreenTests.season())
        press(&state, .character("r"))
        #expect(state.message == StatusMessage("No letters yet: n adds one"))
        #expect(ScreenRenderer.render(state).lines.joined().contains("No letters yet: n adds one"))
        state.screen = .experiences
        press(&state, .enter)
        #expect(state.message == StatusMessage("No US clinical experience yet: n adds an entry"))
        // With no programs, assigning says where programs come from.
        var empty = self.state(.letters, RenderTests.midPathway())
        _ = empty.journal.record(.addLetter(Letter(id: "", writer: "Dr. A")), clock: .fixed(now))
        press(&empty, .character("a"))
        #expect(empty.picker == nil)
        #expect(empty.message == StatusMessage("No programs yet: P opens the programs table, where n adds one"))
    }

    // MARK: - Experience

    @Test func nAsksTheKindSiteAndDatesAndRefusesAnEndBeforeTheStart() {
        var store = StateAssertion(state(.experiences))
        store.press(.character("n")) {
            $0.picker = Picker.experienceKinds(current: nil, purpose: .newExperience)
        }
        store.press(.character("j")) { $0.picker?.cursor.selection = 1 }
        store.press(.enter) {
            $0.picker = nil
            $0.editor = TextEditor("")
            $0.editTarget = .experienceSite(.handsOn)
            $0.message = StatusMessage(
                "The hospital or clinic, e.g. \"Mercy Hospital\"; Enter goes on to its dates, Esc cancels")
        }
        var state = store.state
        type(&state, "  City Clinic ")
        #expect(press(&state, .enter).isEmpty)
        #expect(state.editTarget == .experienceStart(.handsOn, site: "City Clinic"))
        type(&state, "2026-7-1")
        press(&state, .enter)
        #expect(
            state.message
                == StatusMessage("Refused: Start date: \"2026-7-1\" is not a date; expected a date YYYY-MM-DD", .error))
        press(&state, .control("u"))
        type(&state, "2026-07-01")
        press(&state, .enter)
        #expect(state.editTarget == .experienceEnd(.handsOn, site: "City Clinic", start: RenderTests.day("2026-07-01")))
        type(&state, "2026-06-01")
        #expect(press(&state, .enter).isEmpty)
        #expect(
            state.message
                == StatusMessage("Refused: the end date 2026-06-01 is before the start date 2026-07-01", .error))
        #expect(state.editor != nil, "the editor stays open to correct the end")
        press(&state, .control("u"))
        type(&state, "2026-07-28")
        #expect(press(&state, .enter) == [.save])
        let added = state.pathway.experience("ce-3")
        #expect(added?.site == "City Clinic" && added?.kind == .handsOn && added?.weeks == 4)
        #expect(state.letters.experiences.selection == 2)
        press(&state, .character("u"))
        #expect(state.pathway.experience("ce-3") == nil)
    }

    @Test func enterOpensTheEntryWhereTheKindIsChosenAndFieldsTyped() throws {
        var store = StateAssertion(state(.experiences))
        store.press(.enter) {
            $0.screen = .experienceDetail
            $0.letters.experienceID = "ce-1"
        }
        store.press(.enter) {
            $0.picker = Picker.experienceKinds(current: .handsOn, purpose: .experienceField(id: "ce-1", .kind))
        }
        #expect(store.state.picker?.cursor.selection == 1, "the current kind is highlighted")
        store.press(.character("k")) { $0.picker?.cursor.selection = 0 }
        store.press(
            .enter, effects: [.save],
            recording(
                .editExperience(id: "ce-1", field: .kind, value: "observership"),
                "Saved: Experience ce-1: Kind set to observership", warning: false, closing: true))
        var state = store.state
        state.letters.experienceDetail.selection = try #require(ExperienceField.allCases.firstIndex(of: .end))
        press(&state, .character("e"))
        #expect(state.editor?.text == "2026-06-28")
        press(&state, .control("u"))
        type(&state, "2026-05-01")
        #expect(press(&state, .enter).isEmpty)
        #expect(state.message?.text == "Refused: the end date 2026-05-01 is before the start date 2026-06-01")
        #expect(state.editor != nil)
        press(&state, .escape)
        state.letters.experienceDetail.selection = try #require(ExperienceField.allCases.firstIndex(of: .state))
        press(&state, .enter)
        press(&state, .control("u"))
        type(&state, "Narnia")
        #expect(press(&state, .enter).isEmpty)
        #expect(state.message?.kind == .error)
        press(&state, .control("u"))
        type(&state, "nj")
        #expect(press(&state, .enter) == [.save])
        #expect(state.pathway.experience("ce-1")?.state == "NJ")
        press(&state, .character("u"))
        #expect(state.pathway.experience("ce-1")?.state == "NY")
        press(&state, .escape)
        #expect(state.screen == .experiences)
    }

    @Test func dRemovesAnEntryUnlessALetterCameFromIt() {
        var store = StateAssertion(state(.experiences))
        // lr-1 came from ce-1: refused, with the way to unlink it on the screen.
        store.press(.character("d")) {
            $0.message = StatusMessage(
                "Refused: lr-1 came from ce-1; open lr-1 (L) and clear From experience first", .error)
        }
        store.press(.character("j")) { $0.letters.experiences.selection = 1 }
        store.press(.character("d"), effects: [.save]) {
            _ = $0.journal.record(.removeExperience(id: "ce-2"), clock: .fixed(RenderTests.now))
            $0.message = StatusMessage(
                "Removed ce-2 \"Lakeside Research Institute of Cardiovascular Outcomes\"; u brings it back", .success)
            $0.letters.experiences.selection = 0
        }
        store.press(.character("u"), effects: [.save]) {
            _ = $0.journal.undo()
            $0.message = StatusMessage("Undone: Experience ce-2 removed", .success)
        }
        #expect(store.state.pathway.experiences.count == 2)
    }

    /// The expected state after a change is recorded: the same change on the same journal, with
    /// the message `record` gives (a warning when the change brings one).
    func recording(_ change: Change, _ message: String, warning: Bool, closing: Bool = false) -> (inout AppState) ->
        Void
    {
        { state in
            if case .success(let decision) = state.journal.record(change, clock: .fixed(RenderTests.now)),
                warning, let first = decision.warnings.first
            {
                state.message = StatusMessage("Saved, but note: \(first)", .warning)
            } else {
                state.message = StatusMessage(message, .success)
            }
            if closing { state.picker = nil }
        }
    }

    // MARK: - Golden screens

    @Test(arguments: [(80, 24, true), (80, 24, false), (60, 18, false), (120, 40, true)])
    func goldenScreens(_ width: Int, _ height: Int, _ unicode: Bool) {
        var state = RenderTests.state(Self.letters(), width: width, height: height, unicode: unicode)
        let suffix = "\(unicode ? "" : "ascii-")\(width)x\(height)"
        state.screen = .letters
        state.letters.letters.selection = 1
        Golden.check(ScreenRenderer.render(state), "letters-\(suffix)")
        state.screen = .letterDetail
        state.letters.letterID = "lr-1"
        Golden.check(ScreenRenderer.render(state), "letter-detail-\(suffix)")
        state.screen = .experiences
        Golden.check(ScreenRenderer.render(state), "experience-\(suffix)")
        state.screen = .experienceDetail
        state.letters.experienceID = "ce-1"
        Golden.check(ScreenRenderer.render(state), "experience-detail-\(suffix)")
    }
}
