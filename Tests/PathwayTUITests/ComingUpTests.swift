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
