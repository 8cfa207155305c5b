import Foundation
import PathwayCore
import Testing

@testable import PathwayTUI

/// The programs table, a program's details and the rank order list, driven key by key with
/// whole-state expectations.
@Suite struct ProgramsScreenTests: KeyDriven {
    let now = RenderTests.now
    var today: CalendarDay { now.localDay }

    /// A season under way: five programs with every fit mark among them, two interviewed (on the
    /// rank order list), one in SOAP.
    static func season() -> Journal {
        var journal = RenderTests.midPathway()
        let day = RenderTests.day
        let changes: [Change] = [
            .profile(.graduationYear, value: "2015"),
            .addProgram(Program(id: "", name: "Mercy Hospital Internal Medicine")),
            .editProgram(id: "pg-1", field: .state, value: "NY"),
            .editProgram(id: "pg-1", field: .city, value: "Brooklyn"),
            .editProgram(id: "pg-1", field: .visa, value: "j1"),
            .editProgram(id: "pg-1", field: .specialty, value: "Internal Medicine"),
            .markProgram(id: "pg-1", status: .interviewed, date: day("2026-11-10")),
            .editProgram(id: "pg-1", field: .rating, value: "5"),
            .addProgram(Program(id: "", name: "Lakeside Medical Center")),
            .editProgram(id: "pg-2", field: .state, value: "IL"),
            .editProgram(id: "pg-2", field: .city, value: "Chicago"),
            .editProgram(id: "pg-2", field: .visa, value: "none"),
            .editProgram(id: "pg-2", field: .minimumStep2Score, value: "260"),
            .editProgram(id: "pg-2", field: .specialty, value: "Family Medicine"),
            .addProgram(Program(id: "", name: "Bayview Community Hospital")),
            .editProgram(id: "pg-3", field: .state, value: "CA"),
            .editProgram(id: "pg-3", field: .city, value: "Oakland"),
            .editProgram(id: "pg-3", field: .visa, value: "both"),
            .editProgram(id: "pg-3", field: .maximumYearsSinceGraduation, value: "5"),
            .editProgram(id: "pg-3", field: .requiresUSClinicalExperience, value: "yes"),
            .editProgram(id: "pg-3", field: .specialty, value: "Pediatrics"),
            .markProgram(id: "pg-3", status: .applied, date: day("2026-09-24")),
            .addProgram(Program(id: "", name: "Northfield University Hospital")),
            .editProgram(id: "pg-4", field: .state, value: "MN"),
            .editProgram(id: "pg-4", field: .visa, value: "h1b"),
            .markProgram(id: "pg-4", status: .interviewed, date: day("2026-11-03")),
            .addProgram(Program(id: "", name: "Riverside Regional (SOAP)")),
            .editProgram(id: "pg-5", field: .state, value: "TX"),
            .editProgram(id: "pg-5", field: .soap, value: "yes"),
            .markProgram(id: "pg-5", status: .applied, date: day("2026-11-20")),
        ]
        for change in changes {
            if case .failure(let violation) = journal.record(change, clock: .fixed(RenderTests.now)) {
                Issue.record("fixture change refused: \(change): \(violation)")
            }
        }
        return journal
    }

    func programs(_ journal: Journal = ProgramsScreenTests.season()) -> AppState {
        var state = RenderTests.state(journal, width: 80, height: 24)
        state.screen = .programs
        return state
    }

    /// The expected state after a change is recorded: the same change on the same journal.
    func recording(_ change: Change, _ message: String) -> (inout AppState) -> Void {
        { state in
            _ = state.journal.record(change, clock: .fixed(RenderTests.now))
            state.message = StatusMessage(message, .success)
        }
    }

    @Test func pOpensTheTableAndMovementKeysWalkIt() {
        var state = RenderTests.state(Self.season(), width: 80, height: 24)
        state.screen = .main
        var store = StateAssertion(state)
        store.press(.character("P")) { $0.screen = .programs }
        store.press(.character("j")) { $0.programs.table.selection = 1 }
        store.press(.character("G")) { $0.programs.table.selection = 4 }
        store.press(.down)
        store.press(.character("g")) { $0.programs.table.selection = 0 }
        store.press(.escape) { $0.screen = .main }
    }

    @Test func theSortKeyCyclesTheColumns() {
        var store = StateAssertion(programs())
        store.press(.character("j")) { $0.programs.table.selection = 1 }
        store.press(.character("s")) {
            $0.programs.sort = .name
            $0.programs.table = ListCursor()
            $0.message = StatusMessage("Sorted by name")
        }
        #expect(ProgramBrowser.rows(store.state).map(\.id) == ["pg-3", "pg-2", "pg-1", "pg-4", "pg-5"])
        store.press(.character("s")) {
            $0.programs.sort = .state
            $0.message = StatusMessage("Sorted by state")
        }
        #expect(ProgramBrowser.rows(store.state).map(\.id) == ["pg-3", "pg-2", "pg-4", "pg-1", "pg-5"])
        for _ in 0..<4 { store.state.programs.sort = store.state.programs.sort.next }
        #expect(store.state.programs.sort == .added, "the cycle comes back to the order added")
    }

    @Test func theFilterAppliesAsItIsTypedAndEscClearsIt() {
        var store = StateAssertion(programs())
        store.press(.character("/")) {
            $0.editor = TextEditor("")
            $0.editTarget = .programFilter
            $0.message = StatusMessage(
                "Type to filter, e.g. brooklyn status:applied visa:h1b fit:ok; Enter keeps it, Esc clears it")
        }
        // The key bar says what Enter and Esc do to a filter, not to a saved field.
        let keyBar = ScreenRenderer.render(store.state).lines[23]
        #expect(keyBar.contains("Enter keep  Esc no filter"), "\(keyBar)")
        store.press(.character("c")) { $0.editor?.insert("c") }
        store.press(.character("a")) { $0.editor?.insert("a") }
        // "ca" matches Lakeside (Chicago, and "Medical" in its name) and Bayview (CA).
        #expect(ProgramBrowser.rows(store.state).map(\.id) == ["pg-2", "pg-3"])
        store.press(.enter) {
            $0.editor = nil
            $0.editTarget = nil
            $0.programs.filter = "ca"
            $0.message = StatusMessage("2 of 5 programs match; Esc clears the filter")
        }
        // The title names the filter in force.
        #expect(ScreenRenderer.render(store.state).lines[1].contains("(2 of 5 matching \"ca\", by "))
        // Up and down move among the matches while the filter is typed; Enter keeps both.
        var typing = programs()
        press(&typing, .character("/"))
        type(&typing, "ca")
        press(&typing, .down)
        #expect(typing.editor?.text == "ca")
        #expect(typing.programs.table.selection == 1)
        press(&typing, .enter, .enter)
        #expect(typing.screen == .programDetail)
        #expect(typing.programs.detailID == "pg-3")
        store.press(.character("j")) { $0.programs.table.selection = 1 }
        store.press(.escape) {
            $0.programs.filter = ""
            $0.programs.table = ListCursor()
            $0.message = StatusMessage("Filter cleared")
        }
        #expect(ProgramBrowser.rows(store.state).count == 5)
        // Esc while typing leaves no filter either.
        store.press(.character("/")) {
            $0.editor = TextEditor("")
            $0.editTarget = .programFilter
            $0.message = StatusMessage(
                "Type to filter, e.g. brooklyn status:applied visa:h1b fit:ok; Enter keeps it, Esc clears it")
        }
        store.press(.character("z")) { $0.editor?.insert("z") }
        #expect(ProgramBrowser.rows(store.state).isEmpty)
        store.press(.escape) {
            $0.editor = nil
            $0.editTarget = nil
            $0.message = StatusMessage("Filter cleared")
        }
        #expect(ProgramBrowser.rows(store.state).count == 5)
    }

    /// What a status key asks: the day, with today filled in.
    func askingDay(_ ids: [String], _ status: ProgramStatus) -> (inout AppState) -> Void {
        { state in
            state.editor = TextEditor(self.today.description)
            state.editTarget = .programStatusDay(ids: ids, status)
            state.message = StatusMessage(
                "Enter keeps today; Ctrl-U clears it to type the day (YYYY-MM-DD); Esc cancels")
        }
    }

    /// The expected state after a day question is answered and the change recorded.
    func answered(_ change: Change, _ message: String) -> (inout AppState) -> Void {
        { state in
            state.editor = nil
            state.editTarget = nil
            self.recording(change, message)(&state)
        }
    }

    @Test func filterWordsCombineWithTextAndAWordThatDoesNotReadIsSaid() {
        var state = programs()
        press(&state, .character("/"))
        type(&state, "status:interviewed visa:j1")
        #expect(ProgramBrowser.rows(state).map(\.id) == ["pg-1"])
        press(&state, .control("u"))
        type(&state, "fit:ok")
        // Mercy (J-1, the profile's visa) and Riverside fit: no marks.
        #expect(ProgramBrowser.rows(state).map(\.id) == ["pg-1", "pg-5"])
        press(&state, .control("u"))
        type(&state, "soap:yes riverside")
        #expect(ProgramBrowser.rows(state).map(\.id) == ["pg-5"])
        press(&state, .control("u"))
        type(&state, "state:NY status:nope")
        press(&state, .enter)
        #expect(
            state.message
                == StatusMessage(
                    "1 of 5 programs match; left out of the filter: status:nope is not understood (\(ProgramQuery.words[0].takes))",
                    .warning))
        // The help names the words, each with what it takes.
        let help = HelpView.lines(unicode: true).map(\.0)
        for word in ["status:", "visa:", "state:", "spec:", "fit:", "soap:"] {
            let line = help.first { $0.hasPrefix("  \(word) ") }
            #expect(line != nil, "\(word)")
            #expect((line?.count ?? 0) <= 76, "\(word) is read whole in an 80-column window")
        }
    }

    @Test func aMovesToTheNextStatusOnTheDayAskedAndUndoTakesItBack() {
        var store = StateAssertion(programs())
        store.press(.character("j")) { $0.programs.table.selection = 1 }
        store.press(.character("a"), askingDay(["pg-2"], .applied))
        // Lakeside sponsors no visas and the profile needs a J-1: said as it is applied to.
        store.press(.enter, effects: [.save]) {
            self.answered(.markProgram(id: "pg-2", status: .applied, date: self.today), "")(&$0)
            $0.message = StatusMessage(
                "Saved, but note: pg-2 Lakeside Medical Center may not fit you: it sponsors no visas, and your visa "
                    + "track is J-1 (sponsored by ECFMG) (from your profile and scores against what the program states)",
                .warning)
        }
        #expect(store.state.pathway.program("pg-2")?.status == .applied)
        store.press(.character("u"), effects: [.save]) {
            _ = $0.journal.undo()
            $0.message = StatusMessage("Undone: Program pg-2: applied on \(today)", .success)
        }
        #expect(store.state.pathway.program("pg-2")?.status == .considering)
        // An interviewed program has no next status: said, nothing saved.
        store.press(.character("g")) { $0.programs.table.selection = 0 }
        store.press(.character("a")) {
            $0.message = StatusMessage(
                "\"Mercy Hospital Internal Medicine\" is interviewed: there is no next status to move to")
        }
    }

    @Test func anInterviewAsksForItsDayInsteadOfStampingToday() {
        var state = programs()
        press(&state, .character("j"))
        press(&state, .character("a"), .enter, .character("a"), .enter)
        #expect(state.pathway.program("pg-2")?.status == .invited)
        // The next status is "interview scheduled": its date is the interview's day.
        #expect(press(&state, .character("a")) == [])
        #expect(state.editTarget == .programInterviewDay(id: "pg-2"))
        type(&state, "2026-13-40")
        #expect(press(&state, .enter) == [])
        #expect(state.message?.kind == .error)
        #expect(state.editTarget == .programInterviewDay(id: "pg-2"))
        state.editor = nil
        state.editTarget = nil
        press(&state, .character("a"))
        type(&state, "2027-01-12")
        #expect(press(&state, .enter) == [.save])
        #expect(state.pathway.program("pg-2")?.status == .interviewScheduled)
        #expect(state.pathway.program("pg-2")?.interviewDay == CalendarDay(parsing: "2027-01-12"))
        #expect(state.editor == nil)
    }

    @Test func xAndWMarkRejectedAndWithdrawnOnTheDayAsked() {
        var store = StateAssertion(programs())
        store.press(.character("x"), askingDay(["pg-1"], .rejected))
        store.press(
            .enter, effects: [.save],
            answered(
                .markProgram(id: "pg-1", status: .rejected, date: today), "Saved: Program pg-1: rejected on \(today)"))
        store.press(.character("j")) { $0.programs.table.selection = 1 }
        store.press(.character("w"), askingDay(["pg-2"], .withdrawn))
        store.press(.control("u")) { _ = $0.editor?.apply(.clearToStart) }
        for character in "2026-10-01" { store.press(.character(character)) { $0.editor?.insert(character) } }
        store.press(
            .enter, effects: [.save],
            answered(
                .markProgram(id: "pg-2", status: .withdrawn, date: RenderTests.day("2026-10-01")),
                "Saved: Program pg-2: withdrawn on 2026-10-01"))
        // A move the rules refuse is said at once, before any day is typed.
        store.press(.character("x")) {
            $0.message = StatusMessage(
                "Refused: pg-2 Lakeside Medical Center: the program was withdrawn; undo that change to reopen it",
                .error)
        }
        // A day that is no date keeps the question open to correct it.
        store.press(.character("j")) { $0.programs.table.selection = 2 }
        store.press(.character("x"), askingDay(["pg-3"], .rejected))
        store.press(.character("x")) { $0.editor?.insert("x") }
        store.press(.enter) {
            $0.message = StatusMessage(
                "\"\(self.today)x\" is not a date; type it as YYYY-MM-DD, e.g. 2024-03-15", .error)
        }
    }

    @Test func nAddsAProgramAndSelectsIt() {
        var state = programs()
        press(&state, .character("n"))
        #expect(state.editTarget == .programName)
        type(&state, "Harbor 医院 Program")
        #expect(press(&state, .enter) == [.save])
        #expect(state.pathway.program("pg-6")?.name == "Harbor 医院 Program")
        #expect(state.programs.table.selection == 5)
        #expect(state.editor == nil)
        // An empty name is refused, and the editor stays open to type one.
        press(&state, .character("n"), .enter)
        #expect(state.message?.kind == .error)
        #expect(state.pathway.programs.count == 6)
    }

    @Test func dRemovesAndUndoBringsItBack() {
        var store = StateAssertion(programs())
        store.press(.character("G")) { $0.programs.table.selection = 4 }
        store.press(.character("d"), effects: [.save]) {
            _ = $0.journal.record(.removeProgram(id: "pg-5"), clock: .fixed(RenderTests.now))
            $0.message = StatusMessage("Removed \"Riverside Regional (SOAP)\"; u brings it back", .success)
            $0.programs.table.selection = 3
        }
        store.press(.character("u"), effects: [.save]) {
            _ = $0.journal.undo()
            $0.message = StatusMessage("Undone: Program pg-5 removed", .success)
        }
        #expect(store.state.pathway.program("pg-5")?.name == "Riverside Regional (SOAP)")
    }

    @Test func enterOpensTheDetailsWhereAFieldIsEdited() {
        var store = StateAssertion(programs())
        store.press(.character("j")) { $0.programs.table.selection = 1 }
        store.press(.enter) {
            $0.screen = .programDetail
            $0.programs.detailID = "pg-2"
        }
        let row = ProgramField.allCases.firstIndex(of: .minimumStep2Score) ?? 0
        for line in 1...row { store.press(.character("j")) { $0.programs.detail.selection = line } }
        store.press(.character("e")) {
            $0.editor = TextEditor("260")
            $0.editTarget = .programField(id: "pg-2", .minimumStep2Score)
            $0.message = StatusMessage(
                "Minimum Step 2 CK: a score from 1 to 300, or empty. Enter saves, Esc cancels")
        }
        var state = store.state
        press(&state, .control("u"))
        type(&state, "999")
        #expect(press(&state, .enter).isEmpty, "an impossible score is refused")
        #expect(state.editor != nil, "and the editor stays open to correct it")
        press(&state, .control("u"))
        type(&state, "245")
        #expect(press(&state, .enter) == [.save])
        #expect(state.pathway.program("pg-2")?.minimumStep2Score == 245)
        press(&state, .character("u"))
        #expect(state.pathway.program("pg-2")?.minimumStep2Score == 260)
        press(&state, .escape)
        #expect(state.screen == .programs)
    }

    @Test func visaIsChosenFromAListInTheDetails() {
        var state = programs()
        press(&state, .enter)
        let row = ProgramField.allCases.firstIndex(of: .visa) ?? 0
        state.programs.detail.selection = row
        press(&state, .enter)
        #expect(state.picker?.purpose == .programField(id: "pg-1", .visa))
        #expect(state.picker?.selected?.value == "j1", "the current value is highlighted")
        // Moving in the list saves nothing; Enter saves the one chosen.
        press(&state, .character("j"))
        #expect(state.pathway.program("pg-1")?.visa == .j1)
        #expect(press(&state, .enter) == [.save])
        #expect(state.picker == nil)
        #expect(state.pathway.program("pg-1")?.visa == .h1b)
        press(&state, .character("u"))
        #expect(state.pathway.program("pg-1")?.visa == .j1)
    }

    /// G goes to the last field and the end of the text under it; the first k then selects the
    /// field before: no press of k scrolls back unseen, or only scrolls.
    @Test func upAfterGoingToTheEndSelectsTheLineBefore() {
        for (width, height) in [(100, 30), (80, 24), (60, 20)] {
            var state = programs()
            _ = AppReducer.reduce(&state, .resized(width: width, height: height), now: now)
            press(&state, .enter)
            press(&state, .character("G"))
            let last = ProgramField.allCases.count - 1
            #expect(state.programs.detail.selection == last)
            #expect(state.programs.detail.scroll == ProgramDetailView.scrollLimit(state), "\(width)x\(height)")
            press(&state, .character("k"))
            #expect(state.programs.detail.selection == last - 1, "\(width)x\(height)")
            press(&state, .character("k"))
            #expect(state.programs.detail.selection == last - 2, "\(width)x\(height)")
        }
    }

    @Test func everyStatusDayIsEditableInTheDetails() {
        var state = programs()
        press(&state, .character("j"), .character("j"), .enter)
        #expect(state.programs.detailID == "pg-3")
        state.programs.detail.selection = ProgramField.allCases.firstIndex(of: .appliedOn) ?? 0
        press(&state, .enter)
        #expect(state.editTarget == .programField(id: "pg-3", .appliedOn))
        #expect(state.editor?.text == "2026-09-24")
        press(&state, .control("u"))
        type(&state, "2026-09-20")
        #expect(press(&state, .enter) == [.save])
        #expect(state.pathway.program("pg-3")?.date(of: .applied) == RenderTests.day("2026-09-20"))
        // A day for a status the program has not reached is refused, saying how to record it.
        state.programs.detail.selection = ProgramField.allCases.firstIndex(of: .invitedOn) ?? 0
        press(&state, .enter)
        type(&state, "2026-10-01")
        #expect(press(&state, .enter) == [])
        #expect(state.message?.kind == .error)
        #expect(
            state.message?.text.contains("it is not invited to interview") == true,
            "\(String(describing: state.message))")
        #expect(state.pathway.program("pg-3")?.date(of: .invited) == nil)
    }

    @Test func theRankOrderListMovesAndCertifies() {
        var store = StateAssertion(programs())
        store.press(.character("O")) { $0.screen = .rankOrder }
        #expect(store.state.pathway.rankOrder.ranked(store.state.pathway.programs).map(\.id) == ["pg-1", "pg-4"])
        store.press(.character("K")) { $0.message = StatusMessage("Already first on the list") }
        store.press(.character("J"), effects: [.save]) {
            _ = $0.journal.record(.rankMove(id: "pg-1", position: 2), clock: .fixed(RenderTests.now))
            $0.message = StatusMessage("Saved: \(Change.rankMove(id: "pg-1", position: 2).summary)", .success)
            $0.programs.rank.selection = 1
        }
        #expect(store.state.pathway.rankOrder.ranked(store.state.pathway.programs).map(\.id) == ["pg-4", "pg-1"])
        var state = store.state
        // A list is certified once registered for the Match; the refusal says how.
        #expect(press(&state, .character("c")) == [])
        #expect(state.message?.text.contains("record the registration first") == true)
        _ = state.journal.record(
            .mark(.match, .registered, date: RenderTests.day("2026-09-20")), clock: .fixed(RenderTests.now))
        #expect(press(&state, .character("c")) == [.save])
        #expect(state.pathway.rankOrder.certifiedOn == today)
        press(&state, .character("u"))
        #expect(state.pathway.rankOrder.certifiedOn == nil)
        press(&state, .character("u"))
        #expect(state.pathway[.match].status == .notStarted, "the registration is taken back")
        press(&state, .character("u"))
        #expect(state.pathway.rankOrder.ranked(state.pathway.programs).map(\.id) == ["pg-1", "pg-4"])
        press(&state, .escape)
        #expect(state.screen == .programs)
    }

    @Test func emptyStatesSayWhatToDo() {
        var state = programs(RenderTests.midPathway())
        press(&state, .character("a"))
        #expect(state.message == StatusMessage("No programs yet: n adds one"))
        let table = ScreenRenderer.render(state).lines.joined(separator: "\n")
        #expect(table.contains("No programs yet: n adds one"))
        #expect(table.contains("imgpath program import FILE.csv"))
        state.screen = .rankOrder
        press(&state, .character("c"))
        #expect(state.message == StatusMessage(RankOrderScreen.emptyText))
        #expect(RankOrderScreen.emptyText.contains("(P)"))
    }

    /// Names in Devanagari, CJK and emoji keep the table's borders in place.
    @Test func wideAndCombiningNamesKeepTheBorders() {
        var journal = Self.season()
        for name in ["राष्ट्रीय चिकित्सा 医院 Program", "🏥👩‍⚕️ Family Medicine Residency of the Valley", "Tab\there\u{1B}[31m"] {
            _ = journal.record(.addProgram(Program(id: "", name: name)), clock: .fixed(RenderTests.now))
        }
        for (width, height) in [(80, 24), (120, 40)] {
            var state = RenderTests.state(journal, width: width, height: height)
            for screen in [AppState.Screen.programs, .rankOrder] {
                state.screen = screen
                let canvas = ScreenRenderer.render(state)
                for line in canvas.lines.dropFirst(2).prefix(height - 6) {
                    #expect(TextWidth.of(line) == width, "\(screen) \(width)x\(height): \(line)")
                    #expect(!line.contains("\u{1B}"))
                }
            }
        }
    }

    @Test(arguments: [(60, 18), (80, 24), (120, 40)])
    func goldenScreens(_ width: Int, _ height: Int) {
        var state = RenderTests.state(Self.season(), width: width, height: height, unicode: false)
        state.screen = .programs
        state.programs.table.selection = 1
        Golden.check(ScreenRenderer.render(state), "programs-ascii-\(width)x\(height)")
        state.screen = .rankOrder
        Golden.check(ScreenRenderer.render(state), "rank-ascii-\(width)x\(height)")
        state.screen = .programDetail
        state.programs.detailID = "pg-3"
        Golden.check(ScreenRenderer.render(state), "program-detail-ascii-\(width)x\(height)")
    }

    /// Fifteen programs of one hospital, told apart only by the end of their names and their
    /// cities: the way a season at one big institution looks.
    static func similarNames() -> Journal {
        var journal = RenderTests.midPathway()
        let tracks = [
            "Internal Medicine", "Internal Medicine Preliminary", "Pediatrics", "Family Medicine", "Psychiatry",
            "Neurology", "General Surgery", "Anesthesiology", "Emergency Medicine", "Radiology",
            "Internal Medicine Primary Care", "Obstetrics and Gynecology", "Pathology", "Physical Medicine",
            "Transitional Year",
        ]
        for (index, track) in tracks.enumerated() {
            let id = "pg-\(index + 1)"
            for change: Change in [
                .addProgram(Program(id: "", name: "Brooklyn Medical Center \(track)")),
                .editProgram(id: id, field: .city, value: index % 3 == 0 ? "Brooklyn" : "Queens"),
                .editProgram(id: id, field: .state, value: "NY"),
                .editProgram(id: id, field: .visa, value: index % 2 == 0 ? "j1" : "both"),
            ] {
                if case .failure(let violation) = journal.record(change, clock: .fixed(RenderTests.now)) {
                    Issue.record("fixture change refused: \(change): \(violation)")
                }
            }
        }
        return journal
    }

    @Test func similarNamesAreToldApartAt80Columns() {
        var state = RenderTests.state(Self.similarNames(), width: 80, height: 24, unicode: false)
        state.screen = .programs
        let canvas = ScreenRenderer.render(state)
        Golden.check(canvas, "programs-similar-ascii-80x24")
        // Every visible row reads differently.
        let rows = canvas.lines.filter { $0.contains("pg-") }
        #expect(rows.count >= 10)
        #expect(Set(rows).count == rows.count, "\(rows.joined(separator: "\n"))")
    }

    @Test func marksApplyADatedStatusToAllAsOneChangeThatOneUndoTakesBack() {
        var store = StateAssertion(programs(Self.similarNames()))
        store.press(.character(" ")) {
            $0.programs.marked = ["pg-1"]
            $0.programs.table.selection = 1
            $0.message = StatusMessage("1 marked; a, x, w, A and d act on all of them; Esc clears the marks")
        }
        store.press(.character(" ")) {
            $0.programs.marked = ["pg-1", "pg-2"]
            $0.programs.table.selection = 2
            $0.message = StatusMessage("2 marked; a, x, w, A and d act on all of them; Esc clears the marks")
        }
        store.press(.character("j")) { $0.programs.table.selection = 3 }
        store.press(.character(" ")) {
            $0.programs.marked = ["pg-1", "pg-2", "pg-4"]
            $0.programs.table.selection = 4
            $0.message = StatusMessage("3 marked; a, x, w, A and d act on all of them; Esc clears the marks")
        }
        Golden.check(ScreenRenderer.render(store.state), "programs-marked-80x24")
        // All three are considering: a moves them on together, asking the day.
        store.press(.character("a"), askingDay(["pg-1", "pg-2", "pg-4"], .applied))
        store.press(.control("u")) { _ = $0.editor?.apply(.clearToStart) }
        for character in "2026-10-01" { store.press(.character(character)) { $0.editor?.insert(character) } }
        store.press(.enter, effects: [.save]) {
            self.answered(
                .markPrograms(ids: ["pg-1", "pg-2", "pg-4"], status: .applied, date: RenderTests.day("2026-10-01")),
                "Saved: Programs pg-1, pg-2, pg-4: applied on 2026-10-01")(&$0)
            $0.programs.marked = []
        }
        #expect(store.state.pathway.programs.filter { $0.status == .applied }.map(\.id) == ["pg-1", "pg-2", "pg-4"])
        store.press(.character("u"), effects: [.save]) {
            _ = $0.journal.undo()
            $0.message = StatusMessage("Undone: Programs pg-1, pg-2, pg-4: applied on 2026-10-01", .success)
        }
        #expect(store.state.pathway.programs.allSatisfy { $0.status == .considering })
    }

    @Test func starMarksWhatTheFilterShowsAndMarksRemoveAndTakeALetter() throws {
        var journal = Self.similarNames()
        _ = journal.record(.addLetter(Letter(id: "", writer: "Dr. Lee")), clock: .fixed(RenderTests.now))
        var state = programs(journal)
        press(&state, .character("/"))
        type(&state, "queens")
        press(&state, .enter)
        press(&state, .character("*"))
        #expect(state.programs.marked.count == 10)
        // Again: every shown row is marked, so they are unmarked.
        press(&state, .character("*"))
        #expect(state.programs.marked.isEmpty)
        press(&state, .character("*"))
        // A letter for all of them: chosen from the letters, its day asked.
        #expect(press(&state, .character("A")) == [])
        #expect(state.picker?.purpose == .letterForPrograms(ids: ProgramsScreen.markedPrograms(state).map(\.id)))
        #expect(press(&state, .enter) == [])
        #expect(press(&state, .enter) == [.save])
        #expect(state.pathway.letter("lr-1")?.assignments.count == 10)
        #expect(state.programs.marked.isEmpty)
        press(&state, .character("u"))
        #expect(state.pathway.letter("lr-1")?.assignments.isEmpty == true)
        // Removing the marked: one change.
        press(&state, .character("*"))
        #expect(press(&state, .character("d")) == [.save])
        #expect(state.pathway.programs.count == 5)
        #expect(state.message == StatusMessage("Removed 10 marked programs; u brings it back", .success))
        press(&state, .character("u"))
        #expect(state.pathway.programs.count == 15)
        // Marks at different statuses choose the status from a list; Esc clears the filter, then the marks.
        press(&state, .escape)
        press(&state, .character("g"), .character(" "))
        _ = state.journal.record(
            .markProgram(id: "pg-2", status: .applied, date: RenderTests.day("2026-10-01")),
            clock: .fixed(RenderTests.now))
        press(&state, .character(" "))
        #expect(press(&state, .character("a")) == [])
        #expect(state.picker?.purpose == .programsStatus(ids: ["pg-1", "pg-2"]))
        press(&state, .escape, .escape)
        #expect(state.programs.marked.isEmpty)
        #expect(state.message == StatusMessage("Marks cleared"))
    }

    @Test func theColumnsAreChosenAndRemembered() throws {
        var state = programs()
        #expect(press(&state, .character("C")) == [])
        let picker = try #require(state.picker)
        #expect(picker.purpose == .programColumns)
        #expect(
            picker.options.filter(\.isCurrent).map(\.value) == ["id", "name", "city", "visa", "status", "date", "fit"])
        // Specialty joins, in its place; the list stays open and the choice is to be remembered.
        state.picker?.cursor = ListCursor(selection: 3)
        #expect(
            press(&state, .enter) == [
                .rememberProgramColumns([.id, .name, .specialty, .city, .visa, .status, .date, .fit])
            ])
        #expect(state.picker?.cursor.selection == 3)
        #expect(ScreenRenderer.render(state).lines.contains { $0.contains("Specialty") })
        // Columns that would leave the name unreadable give way, the least telling first (here
        // the specialty), never the status or the fit first; the title says one is hidden.
        let header = ScreenRenderer.render(state).lines[2]
        #expect(header.contains("Name      ") && header.contains("Status") && header.contains("Fit"), "\(header)")
        #expect(!header.contains("Specialty"), "\(header)")
        #expect(ScreenRenderer.render(state).lines[1].contains("1 column hidden for the width"))
        // The name cannot go; the first choice goes back to the width's columns.
        state.picker?.cursor = ListCursor(selection: 2)
        #expect(press(&state, .enter) == [])
        #expect(state.message?.kind == .error)
        state.picker?.cursor = ListCursor(selection: 0)
        #expect(press(&state, .enter) == [.rememberProgramColumns(nil)])
        #expect(state.programs.columns == nil)
    }

    @Test func theSettingsFileKeepsTheColumns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "t22-\(UInt64.random(in: 0...UInt64.max))")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("config.json").path
        var preferences = Preferences(themeName: "light")
        preferences.programColumns = ["id", "name", "state"]
        try preferences.save(to: path)
        let (read, warning) = Preferences.load(from: path)
        #expect(warning == nil)
        #expect(read.programColumns == ["id", "name", "state"])
        #expect(read.themeName == "light")
    }

    /// A message belongs to the screen it was said on: going to another screen takes it away,
    /// unless the key that went there said something new.
    @Test func aMessageDoesNotFollowToAnotherScreen() {
        var state = programs()
        press(&state, .character("/"))
        type(&state, "ca")
        press(&state, .escape)
        #expect(state.message == StatusMessage("Filter cleared"))
        press(&state, .character("L"))
        #expect(state.screen == .letters)
        #expect(state.message == nil)
        press(&state, .character("P"), .character("2"))
        #expect(state.message?.text.hasPrefix("2 does nothing here") == true)
        press(&state, .escape)
        #expect(state.screen == .main)
        #expect(state.message == nil)
    }

    /// A click on a row selects that program where it is drawn; a click on the heading, below
    /// the last row or while typing does nothing.
    @Test func aClickSelectsTheProgramOnThatRow() {
        var state = programs()
        let rows = ProgramBrowser.rows(state)
        // The box starts on line 1, its heading on line 2, the first program on line 3.
        let lines = ScreenRenderer.render(state).lines
        #expect(lines[5].contains(rows[2].id + " "), "\(lines[5])")
        press(&state, .click(x: 10, y: 5))
        #expect(state.programs.table.selection == 2)
        press(&state, .click(x: 10, y: 2))
        press(&state, .click(x: 10, y: 3 + rows.count))
        #expect(state.programs.table.selection == 2)
        press(&state, .character("/"))
        press(&state, .click(x: 10, y: 4))
        #expect(state.programs.table.selection == 0, "a click while the filter is typed selects nothing")
        press(&state, .escape)
        // A long list scrolled down: the clicked row is selected without the rows moving.
        var journal = Self.season()
        let list = (1...60).map { Program(id: Program.id(number: 5 + $0), name: "Program \($0)") }
        _ = journal.record(.importPrograms(list), clock: .fixed(RenderTests.now))
        var long = programs(journal)
        press(&long, .character("G"))
        let before = ScreenRenderer.render(long).lines
        press(&long, .click(x: 10, y: 6))
        let after = ScreenRenderer.render(long).lines
        #expect(
            Array(after[3...19].map { String($0.dropFirst(2).prefix(30)) })
                == before[3...19].map { String($0.dropFirst(2).prefix(30)) })
        #expect(
            before[6].dropFirst(2).hasPrefix(ProgramBrowser.rows(long)[long.programs.table.selection].id + " "))
    }

    /// The table of 600 programs renders whole, and a filter keystroke narrows it (the time each
    /// takes is measured by `imgpath-bench season`, not asserted here).
    @Test func sixHundredProgramsRenderAndFilter() {
        var journal = Self.season()
        let list = (1...600).map { index in
            var program = Program(id: Program.id(number: 5 + index), name: "Program \(index) Internal Medicine")
            program.state = ["NY", "CA", "TX", "IL"][index % 4]
            program.city = "City \(index % 37)"
            return program
        }
        _ = journal.record(.importPrograms(list), clock: .fixed(RenderTests.now))
        var state = RenderTests.state(journal, width: 120, height: 40)
        state.screen = .programs
        let all = ProgramBrowser.rows(state).count
        #expect(all == journal.pathway.programs.count)
        #expect(ScreenRenderer.render(state).lines.joined().contains("Program 1 Internal Medicine"))
        press(&state, .character("/"))
        type(&state, "city 1")
        let filtered = ProgramBrowser.rows(state).count
        #expect(filtered > 0 && filtered < all)
    }
}
