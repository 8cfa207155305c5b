import Testing

@testable import PathwayCore

/// A program interviewed after the rank order list was certified: the list says so and the plan
/// asks to certify again by the deadline.
@Suite struct RecertifyTests {
    static func pathway() -> Pathway {
        var p = PlanTests.applicant(match: .ranked)
        for (id, name) in [("pg-1", "Mercy"), ("pg-2", "Bayview")] {
            var program = Program(id: id, name: name)
            program.status = .interviewed
            program.dates = ["applied": Fixtures.day("2026-09-24"), "interviewed": Fixtures.day("2026-11-20")]
            p.store(program)
            if id == "pg-1" { p.apply(.rankCertify(Fixtures.day("2027-01-20"))) }
        }
        return p
    }

    @Test func aProgramAddedAfterCertifyingAsksToCertifyAgain() throws {
        let p = Self.pathway()
        #expect(p.rankOrder.addedSinceCertified(p.programs).map(\.id) == ["pg-2"])
        #expect(
            p.rankOrder.certificationText(p.programs)
                == "changed since certified on 2027-01-20 — certify again before the deadline")
        let plan = Plan(pathway: p, today: Fixtures.day("2027-01-25"))
        let item = try #require(plan.items.first { $0.id == "rankOrderRecertify" })
        #expect(item.kind == .deadline)
        #expect(item.date == Fixtures.day("2027-02-24"))
        #expect(item.estimated)
        #expect(item.note == "not on the certified list: Bayview")
        var again = p
        again.apply(.rankCertify(Fixtures.day("2027-01-26")))
        #expect(again.rankOrder.certificationText(again.programs) == "certified on 2027-01-26")
        #expect(
            !Plan(pathway: again, today: Fixtures.day("2027-01-26")).items.contains { $0.id == "rankOrderRecertify" })
    }

    /// Moving a program on a certified list: the list is not certified any more, and neither is
    /// the Match (back to registered, with a warning that says so), so the plan asks for the
    /// certification again; undo brings both back. A move past the end says where it went.
    @Test func aMoveOnACertifiedListTakesTheMatchBackToRegistered() throws {
        let today = Fixtures.day("2026-12-06")
        let clock = Clock.fixed(Timestamp(parsing: "2026-12-06T12:00:00Z")!)
        var journal = Journal()
        for change: Change in [
            .mark(.step1, .passed, date: Fixtures.day("2024-05-01")),
            .mark(.step2ck, .passed, date: Fixtures.day("2024-09-01"), score: 250, note: nil, incomplete: false),
            .mark(.match, .registered, date: Fixtures.day("2026-09-20")),
            .addProgram(Program(id: "", name: "Mercy")), .addProgram(Program(id: "", name: "Bayview")),
            .markPrograms(ids: ["pg-1", "pg-2"], status: .interviewed, date: Fixtures.day("2026-11-20")),
            .rankCertify(Fixtures.day("2026-12-01")),
        ] {
            guard case .success = journal.record(change, clock: clock) else {
                Issue.record("\(change) was refused")
                return
            }
        }
        #expect(journal.pathway[.match].status == .ranked)
        guard case .success(let moved) = journal.record(.rankMove(id: "pg-1", position: 9), clock: clock) else {
            Issue.record("the move was refused")
            return
        }
        #expect(moved.change == .rankMove(id: "pg-1", position: 2))
        #expect(moved.change.summary == "Rank order list: pg-1 moved to 2")
        #expect(moved.warnings.map(\.message).contains { $0.contains("the Match is back to registered") })
        #expect(journal.pathway[.match].status == .registered)
        #expect(journal.pathway[.match].date(of: .ranked) == nil)
        #expect(journal.pathway.rankOrder.certificationText(journal.pathway.programs) == "not certified")
        #expect(Plan(pathway: journal.pathway, today: today).items.contains { $0.milestone == .match })
        // Certified again: one day for the list and the Match.
        _ = journal.record(.rankCertify(Fixtures.day("2026-12-05")), clock: clock)
        #expect(journal.pathway[.match].date(of: .ranked) == Fixtures.day("2026-12-05"))
        _ = journal.record(.rankCertify(Fixtures.day("2026-12-06")), clock: clock)
        #expect(journal.pathway[.match].date(of: .ranked) == Fixtures.day("2026-12-06"))
        #expect(journal.pathway.rankOrder.certifiedOn == Fixtures.day("2026-12-06"))
        // Not before registering, nor before an interview of a program on the list.
        #expect(
            PathwayMachine.evaluate(.rankCertify(Fixtures.day("2026-09-01")), in: journal.pathway, today: today)
                .failureDescription?.contains("after registering for the Match") == true)
        #expect(
            PathwayMachine.evaluate(.rankCertify(Fixtures.day("2026-11-10")), in: journal.pathway, today: today)
                .failureDescription?.contains("interviewed on 2026-11-20") == true)
        // Undo of a move puts the certification and the Match back.
        _ = journal.record(.rankMove(id: "pg-1", position: 1), clock: clock)
        #expect(journal.pathway[.match].status == .registered)
        _ = journal.undo(clock: clock)
        #expect(journal.pathway[.match].status == .ranked)
        #expect(journal.pathway.rankOrder.certifiedOn == Fixtures.day("2026-12-06"))
    }
}

extension Result where Failure == RuleViolation {
    /// The refusal's words, or nil when accepted.
    fileprivate var failureDescription: String? {
        if case .failure(let violation) = self { return violation.description }
        return nil
    }
}
