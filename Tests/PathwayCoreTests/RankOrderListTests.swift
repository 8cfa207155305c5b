import Testing

@testable import PathwayCore

/// The rank order list over changing programs, and the season's derived numbers.
@Suite struct RankOrderListTests {
    func program(_ number: Int, _ status: ProgramStatus, soap: Bool = false) -> Program {
        var program = Program(id: Program.id(number: number), name: "P\(number)")
        program.status = status
        program.soap = soap
        if status != .considering {
            program.dates[ProgramStatus.applied.rawValue] = CalendarDay(year: 2025, month: 9, day: 24)
        }
        return program
    }

    @Test func theListNamesExactlyTheInterviewedMainRoundPrograms() {
        let programs = [
            program(1, .interviewed), program(2, .applied), program(3, .interviewed),
            program(4, .interviewed, soap: true),
            program(5, .withdrawn), program(6, .interviewed),
        ]
        let list = RankOrderList(order: ["pg-6", "pg-5", "pg-9"])
        #expect(list.ranked(programs).map(\.id) == ["pg-6", "pg-1", "pg-3"])
    }

    @Test func movingPlacesAProgramAndClearsTheCertification() throws {
        let programs = [program(1, .interviewed), program(2, .interviewed), program(3, .interviewed)]
        let list = RankOrderList(order: [], certifiedOn: CalendarDay(year: 2026, month: 2, day: 20))
        let moved = try list.moving("pg-3", to: 1, in: programs).get()
        #expect(moved.ranked(programs).map(\.id) == ["pg-3", "pg-1", "pg-2"])
        #expect(moved.certifiedOn == nil)
        #expect(
            try list.moving("pg-1", to: 99, in: programs).get().ranked(programs).map(\.id) == ["pg-2", "pg-3", "pg-1"])
        guard case .failure = list.moving("pg-1", to: 0, in: programs),
            case .failure = list.moving("pg-7", to: 1, in: programs)
        else {
            Issue.record("a position below 1 or a program not on the list was accepted")
            return
        }
    }

    @Test func theSeasonSummaryDerivesWhatWereTypedNumbers() {
        var withFee = program(1, .interviewed)
        withFee.feeCents = 3_500
        var withdrawnEarly = program(7, .withdrawn)
        withdrawnEarly.dates = [:]
        let programs = [
            withFee, program(2, .applied), program(3, .invited), program(4, .rejected), program(5, .considering),
            program(6, .interviewScheduled), withdrawnEarly, program(8, .applied, soap: true),
        ]
        let summary = SeasonSummary(programs: programs, rankOrder: RankOrderList())
        #expect(summary.applied == 5)
        #expect(summary.interviews == 3)
        #expect(summary.ranked == 1)
        #expect(summary.soap == 1)
        #expect(summary.feeCents == 3_500)
        #expect(summary.feesRecorded == 1)
        #expect(summary.byStatus.map(\.count) == [1, 1, 1, 1, 1, 1, 1])
    }
}
