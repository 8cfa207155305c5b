import Testing

@testable import PathwayCore
@testable import PathwayTUI

/// The ERAS step's details carry the season budget: paid beside expected, with sources.
@Suite struct DetailBudgetTests {
    @Test func theERASDetailsShowPaidAndExpectedFees() throws {
        var journal = Journal()
        _ = try journal.record(.addProgram(Program(id: "pg-1", name: "City IM")), clock: .fixed(RenderTests.now)).get()
        var state = RenderTests.state(journal, width: 120, height: 40)
        state.selected = .eras
        let lines = DetailView.lines(state, width: 80).map { $0.label + " " + $0.value }
        #expect(lines.contains { $0.hasPrefix("Budget Paid: none recorded") }, "\(lines)")
        #expect(lines.contains { $0.contains("NRMP registration: none (no sourced figure)") }, "\(lines)")
        #expect(lines.contains { $0.contains("ERAS applications: $11") }, "\(lines)")
        state.selected = .match
        #expect(!DetailView.lines(state, width: 80).contains { $0.label == "Budget" })
    }
}
