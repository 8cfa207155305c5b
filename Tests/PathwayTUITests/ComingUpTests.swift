import Testing

@testable import PathwayCore
@testable import PathwayTUI

/// "Coming up" under the checklist: the plan's first items with days left, readable without colour.
@Suite struct ComingUpTests {
    /// The rows of the left pane under "Coming up", cut to the pane.
    static func rows(_ state: AppState) -> [String] {
        let lines = ScreenRenderer.render(state).lines
        guard let title = lines.firstIndex(where: { $0.contains("Coming up") }) else { return [] }
        return lines[(title + 1)...].prefix { !$0.hasPrefix("└") && !$0.hasPrefix("+") }.map {
            String($0.prefix(31))
        }
    }

    @Test func anOverdueNoteIsMarkedWithoutColourAndComesFirst() throws {
        // Northfield was interviewed on 2026-11-03 and no thank-you note is recorded.
        let state = RenderTests.state(ProgramsScreenTests.season(), width: 80, height: 24, unicode: false)
        let rows = Self.rows(state)
        let first = try #require(rows.first)
        #expect(first.contains("!22d Thank-you note to"), "\(rows)")
        #expect(state.plan.next?.kind == .overdue)
    }

    @Test func anEstimateIsMarkedAndAStepPossibleNowSaysNow() {
        var item = PlanItem(
            kind: .season, date: RenderTests.day("2027-03-19"), today: RenderTests.day("2026-12-06"), text: "Match Day",
            milestone: .match, estimated: true, id: "matchDay")
        #expect(ChecklistView.comingUpWhen(item) == "103d~")
        item = PlanItem(
            kind: .step, date: nil, today: RenderTests.day("2026-12-06"), text: "Step 1: registered", milestone: .step1,
            status: .registered, id: "step-step1")
        #expect(ChecklistView.comingUpWhen(item) == "now")
    }
}

/// Choosing an item of "Coming up" by keyboard, and Enter on it going where it is acted on.
@Suite struct ComingUpNavigationTests: KeyDriven {
    let now = RenderTests.now

    /// The season, with an interview still ahead at Harbor (pg-6).
    static func state() -> AppState {
        var journal = ProgramsScreenTests.season()
        let changes: [Change] = [
            .addProgram(Program(id: "", name: "Harbor General Hospital")),
            .markProgram(id: "pg-6", status: .interviewScheduled, date: RenderTests.day("2026-12-03")),
        ]
        for change in changes {
            if case .failure(let violation) = journal.record(change, clock: .fixed(RenderTests.now)) {
                Issue.record("fixture change refused: \(change): \(violation)")
            }
        }
        return RenderTests.state(journal, width: 80, height: 40, unicode: false)
    }

    /// Gives the keyboard to "Coming up" and moves to the first item that `matches`.
    func choose(_ state: inout AppState, _ matches: @escaping (PlanItem) -> Bool) throws -> PlanItem {
        press(&state, .character("c"))
        #expect(state.pane == .comingUp)
        let items = state.plan.items
        let index = try #require(items.firstIndex(where: matches), "\(items.map(\.text))")
        for _ in 0..<index { press(&state, .character("j")) }
        #expect(state.comingUp.selection == index)
        return items[index]
    }

    @Test func cChoosesAnItemAndEscGoesBackToTheChecklist() {
        var state = Self.state()
        press(&state, .character("c"))
        #expect(state.pane == .comingUp)
        #expect(state.message?.text.contains("Enter goes where the item is acted on") == true)
        #expect(AppReducer.keyMap(for: state).title == MainScreen.comingUpKeyMap.title)
        let bar = ScreenRenderer.render(state).lines[39]
        #expect(bar.contains("Enter go") && bar.contains("Esc back"), "\(bar)")
        press(&state, .escape)
        #expect(state.pane == .checklist && state.screen == .main)
    }

    @Test func theChosenItemIsHighlightedAndTheHeadingNamesTheKey() {
        var state = Self.state()
        let lines = ScreenRenderer.render(state).lines
        #expect(lines.contains { $0.contains("Coming up (c)") })
        press(&state, .character("c"), .character("j"))
        let canvas = ScreenRenderer.render(state)
        let inner = Canvas.inner(Layout(width: 80, height: 40).checklist)
        let top = ChecklistView.comingUpTop(inner) ?? 0
        #expect(canvas[inner.x + 2, top + 2].role == .selection)
        #expect(canvas[inner.x + 2, top + 1].role != .selection)
    }

    @Test func enterOnAThankYouNoteOpensTheProgramAtItsThankYouField() throws {
        var state = Self.state()
        let item = try choose(&state) { $0.id == "pg-4-thanks" }
        #expect(item.kind == .overdue)
        press(&state, .enter)
        #expect(state.screen == .programDetail)
        #expect(state.programs.detailID == "pg-4")
        #expect(ProgramField.allCases[state.programs.detail.selection] == .thankYouSent)
    }

    @Test func enterOnAnInterviewOpensTheProgram() throws {
        var state = Self.state()
        _ = try choose(&state) { $0.id == "pg-6-interview" }
        press(&state, .enter)
        #expect(state.screen == .programDetail)
        #expect(state.programs.detailID == "pg-6")
    }

    @Test func enterOnAStepSelectsItsMilestoneWithTheDetailsInFront() throws {
        var state = Self.state()
        let selected = state.selected
        let item = try choose(&state) { $0.kind == .step && $0.milestone != selected }
        press(&state, .enter)
        #expect(state.screen == .main)
        #expect(state.selected == item.milestone)
        #expect(state.pane == .detail)
        #expect(AppReducer.keyMap(for: state).title == MainScreen.keyMap.title)
    }

    @Test func enterOnASeasonDateOpensTheTimelineOnIt() throws {
        var state = Self.state()
        let item = try choose(&state) { $0.kind == .season }
        press(&state, .enter)
        #expect(state.screen == .timeline)
        let event = try #require(SeasonEventID(rawValue: item.id))
        let target = try #require(state.timelineTarget)
        #expect(target.seasonEvent == event)
        // The timeline draws that line selected.
        let lines = TimelineLine.lines(for: state)
        #expect(lines.contains { $0.target == target })
    }

    @Test func aLongListScrollsToTheChosenItem() {
        var state = Self.state()
        state.height = 18
        state.width = 60
        let visible = ChecklistView.comingUpVisible(state)
        #expect(visible >= 1)
        press(&state, .character("c"))
        press(&state, .character("G"))
        #expect(state.comingUp.selection == state.plan.items.count - 1)
        let last = state.plan.items[state.plan.items.count - 1]
        let shown = ScreenRenderer.render(state).lines.joined(separator: "\n")
        #expect(shown.contains(String(last.text.prefix(12))), "\(shown)")
    }
}

/// `d` dismisses a thank-you note reminder, from "Coming up" or the program's details; `u` brings it back.
@Suite struct ThankYouDismissScreenTests: KeyDriven {
    let now = RenderTests.now

    @Test func dOnTheReminderInComingUpDismissesItAndUndoBringsItBack() throws {
        var state = ComingUpNavigationTests.state()
        press(&state, .character("c"))
        let index = try #require(state.plan.items.firstIndex { $0.id == "pg-4-thanks" })
        for _ in 0..<index { press(&state, .character("j")) }
        let effects = press(&state, .character("d"))
        #expect(effects == [.save])
        #expect(state.pathway.program("pg-4")?.thankYouDismissed == true)
        #expect(!state.plan.items.contains { $0.id == "pg-4-thanks" })
        #expect(state.message?.text.contains("Dismissed the thank-you reminder") == true)
        #expect(state.pane == .comingUp)
        press(&state, .character("u"))
        #expect(state.plan.items.contains { $0.id == "pg-4-thanks" })
    }

    @Test func dOnAnotherItemSaysWhatItDismisses() throws {
        var state = ComingUpNavigationTests.state()
        press(&state, .character("c"))
        let index = try #require(state.plan.items.firstIndex { $0.kind == .step })
        for _ in 0..<index { press(&state, .character("j")) }
        let before = state.journal.head
        #expect(press(&state, .character("d")).isEmpty)
        #expect(state.journal.head == before)
        #expect(state.message?.text.contains("dismisses a thank-you note reminder") == true)
    }

    @Test func dOnTheProgramsDetailsDismissesItsReminder() {
        var state = ComingUpNavigationTests.state()
        state.screen = .programDetail
        state.programs.detailID = "pg-4"
        #expect(press(&state, .character("d")) == [.save])
        #expect(state.pathway.program("pg-4")?.thankYouDismissed == true)
        #expect(state.message?.text.contains("\"Northfield University Hospital\"") == true)
        // Again: already dismissed, nothing recorded.
        #expect(press(&state, .character("d")).isEmpty)
        #expect(state.message?.text.contains("already dismissed") == true)
    }
}

/// The plan is kept with the state: made again when the pathway or the day changes, and only then.
@Suite struct PlanCacheTests {
    @Test func thePlanFollowsEveryChangeUndoAndDay() throws {
        var state = RenderTests.state(ProgramsScreenTests.season(), width: 80, height: 24, unicode: false)
        #expect(state.plan == Plan(pathway: state.pathway, today: state.today))
        let day = RenderTests.day("2026-12-20")
        _ = try state.journal.record(.addDeadline(.eras, "Send the last letter", day), clock: .fixed(RenderTests.now))
            .get()
        #expect(state.plan == Plan(pathway: state.pathway, today: state.today))
        #expect(state.plan.items.contains { $0.text == "Send the last letter" })
        _ = try state.journal.undo(clock: .fixed(RenderTests.now)).get()
        #expect(!state.plan.items.contains { $0.text == "Send the last letter" })
        state.today = state.today.adding(days: 1)
        #expect(state.plan.today == state.today)
        #expect(state.plan == Plan(pathway: state.pathway, today: state.today))
        // A key that changes neither leaves the same plan (the reducer sets today to the same day).
        let before = state.plan
        _ = AppReducer.reduce(&state, .key(.character("j")), now: RenderTests.now)
        #expect(state.plan == Plan(pathway: state.pathway, today: state.today))
        #expect(state.today != before.today || state.plan == before)
    }
}
