import Testing

@testable import PathwayCore

/// `imgpath check` runs the rules over what is stored: a hand-edited file is reported, never
/// rewritten.
@Suite struct AuditTests {
    let today = Fixtures.today

    @Test func aHandEditedPathwayIsReportedRuleByRule() {
        var p = Pathway()
        for month in 1...5 { p.apply(.mark(.step1, .failed, date: Fixtures.day("2030-0\(month)-01"))) }
        p.apply(.mark(.license, .granted, date: Fixtures.day("2026-01-01")))
        let findings = PathwayAudit.findings(in: p, today: today)
        let text = findings.map(\.description)
        #expect(text.contains { $0.contains("5 attempts at Step 1") })
        #expect(text.contains { $0.contains("cannot be in the future") && $0.contains("attempt 5 date") })
        #expect(text.contains { $0.contains("comes too soon") })
        #expect(findings.contains { $0.milestone == .license && $0.rule.contains("ECFMG certification") })
    }

    @Test func aPathwayBuiltThroughTheMachineHasNoFindings() throws {
        let journal = try Fixtures.journal([
            .mark(.step1, .passed, date: Fixtures.day("2023-01-01")),
            .mark(.step2ck, .passed, date: Fixtures.day("2024-01-01"), score: 250, note: nil, incomplete: false),
            .tick(.ecfmg, item: "clinicalSkills", done: true),
            .tick(.ecfmg, item: "communication", done: true),
            .tick(.ecfmg, item: "credentials", done: true),
            .mark(.ecfmg, .certified, date: Fixtures.day("2024-03-01")),
            .mark(.license, .granted, date: Fixtures.day("2026-01-01")),
        ])
        #expect(PathwayAudit.findings(in: journal.pathway, today: today) == [])
    }

    @Test func datesOutOfOrderAreFound() {
        var p = Pathway()
        p[.match].status = .matched
        p[.match].dates["matched"] = Fixtures.day("2020-03-20")
        p[.ecfmg].status = .certified
        p[.ecfmg].dates["certified"] = Fixtures.day("2019-01-01")
        p[.residency].status = .inTraining
        p[.residency].dates["inTraining"] = Fixtures.day("2019-07-01")
        let findings = PathwayAudit.findings(in: p, today: today)
        #expect(findings.contains { $0.milestone == .residency && $0.rule.contains("the recorded match") })
        #expect(findings.contains { $0.milestone == .ecfmg && $0.rule.contains("Step 1 passed") })
    }

    @Test func aFindingAlreadyOnRecordDoesNotLockThePersonOut() {
        var p = Pathway()
        p[.match].status = .matched
        p[.match].dates["matched"] = Fixtures.day("2020-03-20")
        p[.residency].status = .inTraining
        p[.residency].dates["inTraining"] = Fixtures.day("2019-07-01")
        // An unrelated date change is still accepted.
        let unrelated = PathwayMachine.evaluate(.detail(.eras, field: "cycle", value: "2020"), in: p, today: today)
        #expect((try? unrelated.get()) != nil)
        // Fixing the date is accepted too.
        let fix = PathwayMachine.evaluate(
            .date(.residency, .inTraining, Fixtures.day("2020-07-01")), in: p, today: today)
        #expect((try? fix.get()) != nil)
    }
}
