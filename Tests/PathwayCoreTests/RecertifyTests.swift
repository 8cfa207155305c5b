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
}
