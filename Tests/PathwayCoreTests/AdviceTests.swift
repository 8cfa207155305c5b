import Testing

@testable import PathwayCore

/// Next-step advice follows the person's situation, not only the order of the milestones.
@Suite struct AdviceTests {
    let day = Fixtures.day

    /// A PGY-1 who matched in 2026 and started a three-year program on 2026-07-01.
    static var pgy1: Pathway {
        var p = Pathway()
        p.apply(.mark(.step1, .passed, date: Fixtures.day("2023-01-01")))
        p.apply(.mark(.step2ck, .passed, date: Fixtures.day("2024-01-01")))
        p.apply(.mark(.ecfmg, .certified, date: Fixtures.day("2024-03-01")))
        p.apply(.mark(.match, .matched, date: Fixtures.day("2026-03-20")))
        p.apply(.mark(.residency, .inTraining, date: Fixtures.day("2026-07-01")))
        p.apply(.detail(.residency, field: "lengthYears", value: "3"))
        return p
    }

    @Test func duringResidencyStep3ComesBeforeCompleting() {
        let p = Self.pgy1
        #expect(p.nextStep(today: Fixtures.today)?.milestone == .step3)
        #expect(p.nextStepReason(today: Fixtures.today)?.contains("PGY-1 or PGY-2") == true)
        #expect(PathwayMachine.suggestedNext(for: .residency, in: p, today: Fixtures.today) == nil)
        #expect(p.noSuggestionReason(for: .residency, today: Fixtures.today)?.contains("from 2029-07-01") == true)
        #expect(p.noSuggestionReason(for: .residency, today: Fixtures.day("2029-07-01")) == nil)
    }

    @Test(arguments: [("2029-06-30", false), ("2029-07-01", true)])
    func completingIsOfferedOnlyOnceTheLengthIsServed(_ today: String, _ offered: Bool) {
        let next = PathwayMachine.suggestedNext(for: .residency, in: Self.pgy1, today: day(today))
        #expect((next == .completed) == offered)
        let decision = try? PathwayMachine.evaluate(
            .mark(.residency, .completed, date: day(today)), in: Self.pgy1, today: day(today)
        ).get()
        #expect(decision?.warnings.contains { $0.message.contains("length served") } == !offered)
    }

    @Test func afterTheAttemptLimitTheDependentStepsAreBlockedAndSaidSo() throws {
        let journal = try Fixtures.journal(
            ["2021-01-01", "2022-01-02", "2023-01-03", "2024-01-04"].map {
                .mark(.step2ck, .failed, date: Fixtures.day($0))
            })
        let p = journal.pathway
        #expect(p.nextStep(today: Fixtures.today) == nil)
        for id in [MilestoneID.step1, .ecfmg, .eras, .match, .residency, .license] {
            #expect(p.standing(of: id) == .blocked, "\(id)")
        }
        #expect(p.eligibilityEndedText?.contains("USMLE eligibility has ended") == true)
        #expect(p.eligibilityEndedText?.contains("Match, residency and a US license are blocked") == true)
        // Three failures leave eligibility intact: the neighbour case.
        var three = Pathway()
        for date in ["2021-01-01", "2022-01-02", "2023-01-03"] {
            three.apply(.mark(.step2ck, .failed, date: day(date)))
        }
        #expect(three.standing(of: .ecfmg) == .available)
        #expect(three.eligibilityEndedText == nil)
    }

    @Test func aLicenseIsNotAvailableOnAnEmptyPathway() {
        #expect(Pathway().standing(of: .license) == .blocked)
        #expect(
            PathwayMachine.evaluate(.mark(.license, .granted), in: Pathway(), today: Fixtures.today)
                == .failure(.unmet(goal: "A license", requirement: "ECFMG certification")))
        var certified = Fixtures.everythingMet
        certified[.license] = MilestoneRecord()
        #expect(
            (try? PathwayMachine.evaluate(.mark(.license, .granted), in: certified, today: Fixtures.today).get()) != nil
        )
    }

    @Test func onTheH1BTrackStep3IsRequiredBeforeResidency() {
        var p = Self.pgy1
        p[.residency] = MilestoneRecord()
        p.profile.citizenship = .other
        p.profile.visaTrack = .h1b
        #expect(p.nextStep(today: Fixtures.today)?.milestone == .step3)
        #expect(p.nextStepReason(today: Fixtures.today)?.contains("required before the petition") == true)
        p.profile.visaTrack = .j1
        #expect(p.nextStep(today: Fixtures.today)?.milestone == .residency)
    }

    @Test func aPersonWhoMatchedIsNotToldToPrepareERAS() {
        var p = Self.pgy1
        p[.residency] = MilestoneRecord()
        #expect(p.nextStep(today: Fixtures.today)?.milestone == .residency)
    }
}
