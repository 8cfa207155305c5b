import Testing

@testable import PathwayCore
@testable import PathwayTUI

/// The step's details say the plan's step for it: a retake's earliest attempt and the last one.
@Suite struct DetailNextStepTests {
    @Test func aRetakesEarliestAttemptIsInTheDetails() throws {
        var journal = Journal()
        for day in ["2026-01-10", "2026-04-01", "2026-10-01"] {
            _ = try journal.record(
                .mark(.step1, .failed, date: RenderTests.day(day), score: nil, note: nil, incomplete: false),
                clock: .fixed(RenderTests.now)
            ).get()
        }
        var state = RenderTests.state(journal, width: 120, height: 40)
        state.selected = .step1
        let text = ScreenRenderer.render(state).lines.joined(separator: "\n")
        #expect(text.contains("Next step           registered; earliest next attempt 2027-04-01"), "\(text)")
        #expect(text.contains("attempt 4 is the last"), "\(text)")
    }
}
