import Testing

@testable import PathwayCore

/// Dates that cannot be true are refused (PATHWAY.md, checked 2026-11-26: chronology is strict),
/// and the case next to each refusal is still accepted.
@Suite struct ChronologyTests {
    let today = Fixtures.today
    let day = Fixtures.day

    @Test(arguments: [("2026-11-27", false), ("2026-11-26", true), ("1949-12-31", false), ("1950-01-01", true)])
    func aResultIsNeitherInTheFutureNorBefore1950(_ date: String, _ accepted: Bool) {
        let mark = PathwayMachine.evaluate(.mark(.step1, .passed, date: day(date)), in: Pathway(), today: today)
        #expect(((try? mark.get()) != nil) == accepted)
        var failed = Pathway()
        failed.apply(.mark(.step1, .failed, date: day("2020-01-01")))
        let redate = PathwayMachine.evaluate(.date(.step1, .failed, day(date)), in: failed, today: today)
        #expect(((try? redate.get()) != nil) == accepted)
    }

    @Test func aScheduledExamMayBeInTheFuture() {
        let result = PathwayMachine.evaluate(
            .mark(.step1, .scheduled, date: day("2027-05-01")), in: Pathway(), today: today)
        #expect((try? result.get()) != nil)
    }

    /// The day a scheduled exam records is the exam's: not before the registration.
    @Test(arguments: [MilestoneID.step1, .step2ck])
    func anExamDayComesAfterItsRegistration(_ id: MilestoneID) {
        var registered = Pathway()
        registered.apply(.mark(id, .registered, date: day("2026-10-01")))
        let early = PathwayMachine.evaluate(
            .mark(id, .scheduled, date: day("2026-09-01")), in: registered, today: today)
        #expect((try? early.get()) == nil)
        let later = PathwayMachine.evaluate(
            .mark(id, .scheduled, date: day("2026-12-20")), in: registered, today: today)
        #expect((try? later.get()) != nil)
    }

    static var certifiable: Pathway {
        var p = Pathway()
        p.apply(.mark(.step1, .passed, date: Fixtures.day("2023-01-01")))
        p.apply(.mark(.step2ck, .passed, date: Fixtures.day("2024-01-01")))
        for item in MilestoneCatalog[.ecfmg].items { p.apply(.tick(.ecfmg, item: item.id, done: true)) }
        return p
    }

    @Test func certificationCannotPredateTheExamsItNeeds() {
        let early = PathwayMachine.evaluate(
            .mark(.ecfmg, .certified, date: day("2022-01-01")), in: Self.certifiable, today: today)
        #expect(
            early
                == .failure(
                    .tooEarly(
                        goal: "ECFMG certification", date: day("2022-01-01"), after: "the Step 1 pass",
                        earliest: day("2023-01-01"))))
        let between = PathwayMachine.evaluate(
            .mark(.ecfmg, .certified, date: day("2023-06-01")), in: Self.certifiable, today: today)
        #expect("\(between)".contains("the Step 2 CK pass"))
        let sameDay = PathwayMachine.evaluate(
            .mark(.ecfmg, .certified, date: day("2024-01-01")), in: Self.certifiable, today: today)
        #expect((try? sameDay.get()) != nil)
    }

    @Test func movingAPassAfterTheCertificateIsRefused() {
        var p = Self.certifiable
        p.apply(.mark(.ecfmg, .certified, date: day("2024-02-01")))
        let later = PathwayMachine.evaluate(.date(.step2ck, .passed, day("2024-03-01")), in: p, today: today)
        guard case .failure(.conflict(let text)) = later else {
            Issue.record("expected a conflict, got \(later)")
            return
        }
        #expect(text.contains("Step 2 CK pass"))
        let earlier = PathwayMachine.evaluate(.date(.step2ck, .passed, day("2023-12-01")), in: p, today: today)
        #expect((try? earlier.get()) != nil)
    }

    static var matchedAndCertified: Pathway {
        var p = certifiable
        p.apply(.mark(.ecfmg, .certified, date: Fixtures.day("2024-02-01")))
        p.apply(.mark(.match, .matched, date: Fixtures.day("2025-03-21")))
        return p
    }

    @Test(arguments: [("2025-03-20", false), ("2025-03-21", true), ("2025-07-01", true)])
    func residencyCannotStartBeforeTheMatch(_ date: String, _ accepted: Bool) {
        let result = PathwayMachine.evaluate(
            .mark(.residency, .inTraining, date: day(date)), in: Self.matchedAndCertified, today: today)
        #expect(((try? result.get()) != nil) == accepted)
        if !accepted { #expect("\(result)".contains("the recorded match (2025-03-21)")) }
    }

    @Test func residencyStartFieldFollowsTheSameRule() {
        var p = Self.matchedAndCertified
        p.apply(.mark(.residency, .inTraining, date: day("2025-07-01")))
        #expect(p[.residency].details["startDate"] == "2025-07-01")
        let early = PathwayMachine.evaluate(
            .detail(.residency, field: "startDate", value: "2019-07-01"), in: p, today: today)
        guard case .failure(.conflict) = early else {
            Issue.record("expected a conflict, got \(early)")
            return
        }
        let fine = PathwayMachine.evaluate(
            .detail(.residency, field: "startDate", value: "2025-06-24"), in: p, today: today)
        #expect((try? fine.get()) != nil)
        p.apply(.detail(.residency, field: "startDate", value: "2025-06-24"))
        #expect(p.residencyStart == day("2025-06-24"))
        #expect(p[.residency].date(of: .inTraining) == day("2025-06-24"))
    }

    @Test func anOlderAttemptRecordedLaterGoesInItsPlace() throws {
        let journal = try Fixtures.journal([
            .mark(.step1, .failed, date: day("2024-05-01")),
            .mark(.step1, .failed, date: day("2023-05-01")),
        ])
        #expect(journal.pathway[.step1].attempts.map(\.date) == [day("2023-05-01"), day("2024-05-01")])
        #expect(journal.pathway[.step1].date(of: .failed) == day("2024-05-01"))
    }

    @Test(arguments: [("2024-01-31", false), ("2024-02-01", true)])
    func residencyAndALicenseCannotPredateTheCertification(_ date: String, _ accepted: Bool) {
        var p = Self.matchedAndCertified
        p[.match] = MilestoneRecord()
        let residency = PathwayMachine.evaluate(.mark(.residency, .inTraining, date: day(date)), in: p, today: today)
        #expect(((try? residency.get()) != nil) == accepted)
        let license = PathwayMachine.evaluate(.mark(.license, .granted, date: day(date)), in: p, today: today)
        #expect(((try? license.get()) != nil) == accepted)
        if !accepted { #expect("\(license)".contains("cannot come before ECFMG certification (2024-02-01)")) }
    }

    @Test(arguments: [("2025-09-02", true), ("2025-09-03", false)])
    func aMatchBeforeTheERASSubmissionOnlyWarns(_ matched: String, _ warns: Bool) throws {
        var p = Self.certifiable
        p.apply(.mark(.eras, .submitted, date: day("2025-09-03")))
        let decision = try PathwayMachine.evaluate(.mark(.match, .matched, date: day(matched)), in: p, today: today)
            .get()
        #expect(decision.warnings.contains { $0.message.contains("the ERAS submission") } == warns)
    }

    @Test func registeringWithEverythingVerifiedCarriesNoVerificationWarning() throws {
        let decision = try PathwayMachine.evaluate(.mark(.match, .registered), in: Self.certifiable, today: today).get()
        #expect(!decision.warnings.contains { $0.source == RuleFacts.nrmpVerificationSource })
    }
}
