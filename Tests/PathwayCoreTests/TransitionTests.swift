import Testing

@testable import PathwayCore

/// Every (status, target) pair of every milestone: accepted exactly when the table allows it.
@Suite struct TransitionTests {
    struct Pair: CustomTestStringConvertible, Sendable {
        let milestone: MilestoneID
        let from: Status
        let to: Status
        var testDescription: String { "\(milestone.rawValue): \(from.rawValue) -> \(to.rawValue)" }
    }

    static let everyPair: [Pair] = MilestoneID.allCases.flatMap { id in
        MilestoneCatalog[id].statuses.flatMap { from in
            Status.allCases.map { Pair(milestone: id, from: from, to: $0) }
        }
    }

    @Test(arguments: everyPair)
    func acceptsExactlyTheTableMoves(_ pair: Pair) {
        var pathway = Fixtures.everythingMet
        // Only the status under test changes; ticked items (ECFMG's requirements) stay ticked.
        pathway[pair.milestone].status = pair.from
        pathway[pair.milestone].attempts = []
        let result = PathwayMachine.evaluate(
            .mark(pair.milestone, pair.to, date: Fixtures.day("2026-01-10")), in: pathway, today: Fixtures.today)
        let info = MilestoneCatalog[pair.milestone]
        guard info.statuses.contains(pair.to) else {
            #expect(result == .failure(.statusNotInMilestone(pair.milestone, pair.to.rawValue)))
            return
        }
        let transition = TransitionTable.transition(pair.milestone, to: pair.to)
        if let transition, transition.from.contains(pair.from) {
            guard case .success(let decision) = result else {
                Issue.record("refused: \(result)")
                return
            }
            #expect(decision.change == .mark(pair.milestone, pair.to, date: Fixtures.day("2026-01-10")))
        } else {
            #expect(
                result
                    == .failure(
                        .noTransition(
                            pair.milestone, from: pair.from, to: pair.to,
                            allowed: TransitionTable.next(pair.milestone, from: pair.from))))
        }
    }

    @Test func everyMilestoneStartsNotStartedAndHasAMoveOut() {
        let pathway = Pathway()
        for id in MilestoneID.allCases {
            #expect(pathway[id].status == .notStarted)
            #expect(!TransitionTable.next(id, from: .notStarted).isEmpty)
        }
    }

    @Test func everyStatusOfTheCatalogIsReachable() {
        for info in MilestoneCatalog.all {
            for status in info.statuses where status != .notStarted {
                #expect(TransitionTable.transition(info.id, to: status) != nil, "\(info.id) \(status)")
            }
        }
    }

    @Test func passedExamsAndFinalStatusesHaveNoWayOnButUndo() {
        #expect(TransitionTable.next(.step1, from: .passed).isEmpty)
        #expect(TransitionTable.next(.ecfmg, from: .certified).isEmpty)
        #expect(TransitionTable.next(.match, from: .matched).isEmpty)
        #expect(TransitionTable.next(.license, from: .granted).isEmpty)
    }
}
