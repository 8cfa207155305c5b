import Testing

@testable import PathwayCore

/// Recording a match before Match Week warns, with the cycle's dates; from Match Week it does not.
/// Certifying the rank order list before ranking opens, or with interviews ahead, warns.
@Suite struct MatchWeekTests {
    static func registered() -> Pathway {
        var p = Fixtures.everythingMet
        p[.match].status = .registered
        p[.residency].status = .notStarted
        return p
    }

    static func warnings(matchedOn day: String, today: String) throws -> [RuleWarning] {
        let decision = try PathwayMachine.evaluate(
            .mark(.match, .matched, date: Fixtures.day(day)), in: registered(), today: Fixtures.day(today)
        ).get()
        return decision.warnings.filter { $0.message.hasPrefix("Match results are released in Match Week") }
    }

    @Test func matchedInDecemberWarnsWithTheEstimatedDates() throws {
        let found = try Self.warnings(matchedOn: "2026-12-06", today: "2026-12-06")
        let warning = try #require(found.first)
        #expect(warning.message.contains("2027 Match Week begins 2027-03-15 (estimated)"))
        #expect(warning.message.contains("Match Day 2027-03-19 (estimated)"))
        #expect(warning.source.hasPrefix("Match Week begins; SOAP begins: not set: estimated 2027-03-15"))
    }

    @Test func matchedInMatchWeekDoesNotWarn() throws {
        #expect(try Self.warnings(matchedOn: "2026-03-16", today: "2026-03-20").isEmpty)
        #expect(try Self.warnings(matchedOn: "2026-03-20", today: "2026-03-20").isEmpty)
        #expect(try Self.warnings(matchedOn: "2026-03-13", today: "2026-03-20").count == 1)
    }

    /// A 2027-cycle applicant with one program interviewed and one interview on `ahead`.
    static func ranking(ahead: String?) -> Pathway {
        var p = registered()
        p[.match].details["cycle"] = "2027"
        var held = Program(id: "pg-1", name: "Mercy")
        held.status = .interviewed
        held.dates = ["applied": Fixtures.day("2026-09-24"), "interviewed": Fixtures.day("2026-11-20")]
        p.store(held)
        if let ahead {
            var next = Program(id: "pg-2", name: "Bayview")
            next.status = .interviewScheduled
            next.dates = ["applied": Fixtures.day("2026-09-24"), "interviewScheduled": Fixtures.day(ahead)]
            p.store(next)
        }
        return p
    }

    static func certifyWarnings(_ pathway: Pathway, on day: String) throws -> [String] {
        let date = Fixtures.day(day)
        return try PathwayMachine.evaluate(.rankCertify(date), in: pathway, today: date).get().warnings.map(\.message)
    }

    @Test func certifyingBeforeRankingOpensOrWithAnInterviewAheadWarns() throws {
        let early = try Self.certifyWarnings(Self.ranking(ahead: nil), on: "2026-12-06")
        #expect(early.contains { $0.hasPrefix("Rank order list entry opens 2027-01-15 (estimated)") }, "\(early)")
        let ahead = try Self.certifyWarnings(Self.ranking(ahead: "2027-01-20"), on: "2027-01-16")
        #expect(
            ahead.contains {
                $0 == "1 interview is still ahead (Bayview): certify the list again after it, "
                    + "before the deadline 2027-02-24 (estimated)"
            }, "\(ahead)")
        #expect(!ahead.contains { $0.hasPrefix("Rank order list entry opens") })
        let open = try Self.certifyWarnings(Self.ranking(ahead: nil), on: "2027-01-16")
        #expect(!open.contains { $0.hasPrefix("Rank order list entry opens") || $0.contains("still ahead") })
    }
}
