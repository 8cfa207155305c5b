import Testing

@testable import PathwayCore

/// Recording a match before Match Week warns, with the cycle's dates; from Match Week it does not.
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
}
