import Testing

@testable import PathwayCore

@Suite struct GuardTests {
    let today = Fixtures.today

    @Test func ecfmgCertificationNamesTheMissingExam() throws {
        var journal = try Fixtures.journal([.mark(.step1, .passed, date: Fixtures.day("2023-01-01"))])
        let result = journal.record(.mark(.ecfmg, .certified), clock: Fixtures.clock)
        #expect(result == .failure(.unmet(goal: "ECFMG certification", requirement: "Step 2 CK passed")))
        #expect(
            "\(RuleViolation.unmet(goal: "ECFMG certification", requirement: "Step 2 CK passed"))"
                == "ECFMG certification needs Step 2 CK passed")
    }

    @Test func ecfmgCertificationNeedsCommunicationAndCredentials() throws {
        var journal = try Fixtures.journal([
            .mark(.step1, .passed, date: Fixtures.day("2023-01-01")),
            .mark(.step2ck, .passed, date: Fixtures.day("2024-01-01")),
        ])
        let refused = journal.record(.mark(.ecfmg, .certified), clock: Fixtures.clock)
        guard case .failure(.unmet(_, let requirement)) = refused else {
            Issue.record("expected a refusal, got \(refused)")
            return
        }
        #expect(requirement.contains("Clinical skills requirement"))
        _ = journal.record(.tick(.ecfmg, item: "clinicalSkills", done: true), clock: Fixtures.clock)
        let noCommunication = journal.record(.mark(.ecfmg, .certified), clock: Fixtures.clock)
        guard case .failure(.unmet(_, let second)) = noCommunication else {
            Issue.record("expected a refusal, got \(noCommunication)")
            return
        }
        #expect(second.contains("Communication skills requirement"))
        _ = journal.record(.tick(.ecfmg, item: "communication", done: true), clock: Fixtures.clock)
        _ = journal.record(.tick(.ecfmg, item: "credentials", done: true), clock: Fixtures.clock)
        #expect((try? journal.record(.mark(.ecfmg, .certified), clock: Fixtures.clock).get()) != nil)
        #expect(journal.pathway.isDone(.ecfmg))
        // Certified stands on those items: they stay ticked, so no change leaves a file `check`
        // reports. An item it does not need can still be unticked.
        for item in ["clinicalSkills", "communication", "credentials"] {
            let untick = journal.record(.tick(.ecfmg, item: item, done: false), clock: Fixtures.clock)
            guard case .failure(.conflict(let why)) = untick else {
                Issue.record("unticking \(item) of a certified ECFMG gave \(untick)")
                continue
            }
            #expect(why.hasPrefix("ECFMG is certified, and ECFMG certification needs"))
        }
        #expect(PathwayAudit.findings(in: journal.pathway, today: Fixtures.today).isEmpty)
        _ = journal.record(.tick(.ecfmg, item: "usmleId", done: true), clock: Fixtures.clock)
        #expect((try? journal.record(.tick(.ecfmg, item: "usmleId", done: false), clock: Fixtures.clock).get()) != nil)
    }

    @Test func fourthFailureEndsRetakesOfThatStepAndEveryStep() throws {
        var journal = try Fixtures.journal(
            (1...4).map { .mark(.step2ck, .failed, date: Fixtures.day("202\($0)-02-01")) })
        #expect(journal.pathway.attemptsLeft(.step2ck) == 0)
        #expect(
            journal.record(.mark(.step2ck, .registered), clock: Fixtures.clock)
                == .failure(.attemptLimit(.step2ck, limit: 4)))
        #expect(
            journal.record(.mark(.step1, .registered), clock: Fixtures.clock)
                == .failure(.ineligible(failedStep: .step2ck, limit: 4)))
        #expect(journal.pathway.stepAtAttemptLimit == .step2ck)
        #expect(journal.pathway.standing(of: .step1) == .blocked)
    }

    @Test func incompleteAttemptsCountTowardTheLimit() throws {
        let journal = try Fixtures.journal([
            .mark(.step1, .failed, date: Fixtures.day("2021-01-01"), score: nil, note: nil, incomplete: true),
            .mark(.step1, .failed, date: Fixtures.day("2021-06-01")),
        ])
        #expect(journal.pathway[.step1].attempts.map(\.result) == [.incomplete, .failed])
        #expect(journal.pathway.attemptsLeft(.step1) == 2)
    }

    @Test(arguments: [("2022-01-25", true), ("2022-01-26", false), ("2019-06-30", true), ("2024-05-01", false)])
    func step1HasAScoreOnlyBeforeTheSwitchToPassFail(_ date: String, _ allowed: Bool) {
        let result = PathwayMachine.evaluate(
            .mark(.step1, .passed, date: Fixtures.day(date), score: 231, note: nil, incomplete: false),
            in: Pathway(), today: today)
        if allowed {
            #expect((try? result.get()) != nil)
        } else {
            #expect(result == .failure(.scoreNotReported(.step1, date: Fixtures.day(date))))
        }
    }

    @Test func scoresOutsideTheScaleAndWithoutAResultAreRefused() {
        let outside = PathwayMachine.evaluate(
            .mark(.step2ck, .passed, date: nil, score: 301, note: nil, incomplete: false), in: Pathway(), today: today)
        #expect(outside == .failure(.scoreOutOfRange(301)))
        let noResult = PathwayMachine.evaluate(
            .mark(.step2ck, .registered, date: nil, score: 240, note: nil, incomplete: false), in: Pathway(),
            today: today)
        #expect(noResult == .failure(.scoreNeedsResult(.registered)))
    }

    @Test func resultsCannotBeInTheFutureButTestDatesCan() {
        let tomorrow = today.adding(days: 1)
        #expect(
            PathwayMachine.evaluate(.mark(.step1, .passed, date: tomorrow), in: Pathway(), today: today)
                == .failure(.resultDateInFuture(tomorrow, today: today)))
        #expect(
            (try? PathwayMachine.evaluate(.mark(.step1, .scheduled, date: tomorrow), in: Pathway(), today: today).get())
                != nil)
    }

    @Test func aMissingDateIsFilledWithToday() throws {
        let decision = try PathwayMachine.evaluate(.mark(.step1, .registered), in: Pathway(), today: today).get()
        #expect(decision.change == .mark(.step1, .registered, date: today))
    }

    @Test func step3NeedsCertification() throws {
        var journal = try Fixtures.journal([
            .mark(.step1, .passed, date: Fixtures.day("2021-01-01")),
            .mark(.step2ck, .passed, date: Fixtures.day("2022-01-01")),
        ])
        #expect(
            journal.record(.mark(.step3, .registered), clock: Fixtures.clock)
                == .failure(.unmet(goal: "Registering for Step 3", requirement: "ECFMG certification")))
    }

    @Test func aMatchResultNeedsTheExamsButRegisteringOnlyWarns() throws {
        var journal = Journal()
        let registered = try journal.record(.mark(.match, .registered), clock: Fixtures.clock).get()
        // ECFMG's verification of Step 1, Step 2 CK, clinical and communication skills, not the certificate.
        #expect(registered.warnings.count == 4)
        #expect(registered.warnings.allSatisfy { $0.source == RuleFacts.nrmpVerificationSource })
        #expect(!registered.warnings.contains { $0.message.contains("ECFMG certification") })
        #expect(
            journal.record(.mark(.match, .matched, date: Fixtures.day("2026-03-20")), clock: Fixtures.clock)
                == .failure(.unmet(goal: "A Match result", requirement: "Step 1 passed")))
    }

    @Test func submittingErasBeforeStep1WarnsButIsAllowed() throws {
        var journal = Journal()
        let decision = try journal.record(.mark(.eras, .submitted), clock: Fixtures.clock).get()
        #expect(decision.warnings.map(\.message).contains { $0.contains("Step 1 passed") })
        #expect(decision.warnings.map(\.message).contains { $0.contains("document") })
        #expect(journal.pathway.isDone(.eras))
    }

    @Test func residencyWarnsWithoutAMatchOrAVisaButNeedsCertification() throws {
        var pathway = Fixtures.everythingMet
        pathway[.residency] = MilestoneRecord()
        pathway.profile.citizenship = .other
        let decision = try PathwayMachine.evaluate(.mark(.residency, .inTraining), in: pathway, today: today).get()
        #expect(decision.warnings.map(\.message).contains { $0.contains("visa track") })
        // Post-SOAP and off-cycle positions exist: no recorded match is advice, not a refusal.
        pathway[.match] = MilestoneRecord()
        let outside = try PathwayMachine.evaluate(.mark(.residency, .inTraining), in: pathway, today: today).get()
        #expect(outside.warnings.contains { $0.message.contains("a Match (matched)") })
        pathway[.ecfmg] = MilestoneRecord()
        #expect(
            PathwayMachine.evaluate(.mark(.residency, .inTraining), in: pathway, today: today)
                == .failure(.unmet(goal: "Starting residency", requirement: "ECFMG certification")))
    }

    @Test func h1bTrackWarnsWithoutStep3() throws {
        var pathway = Fixtures.everythingMet
        pathway[.residency] = MilestoneRecord()
        pathway[.step3] = MilestoneRecord()
        pathway.profile.citizenship = .other
        pathway.profile.visaTrack = .h1b
        let decision = try PathwayMachine.evaluate(.mark(.residency, .inTraining), in: pathway, today: today).get()
        #expect(decision.warnings.map(\.message).contains { $0.contains("H-1B") })
    }

    @Test func licenseWarnsAboutTrainingYearsFromTheStateField() throws {
        var pathway = Fixtures.everythingMet
        pathway[.residency] = MilestoneRecord()
        pathway[.residency].status = .inTraining
        pathway[.residency].details["pgy"] = "3"
        let warned = try PathwayMachine.evaluate(.mark(.license, .applied), in: pathway, today: today).get()
        #expect(warned.warnings.map(\.message).contains { $0.contains("years of US training") })
        pathway[.license].details["requiredYears"] = "2"
        let fine = try PathwayMachine.evaluate(.mark(.license, .applied), in: pathway, today: today).get()
        #expect(fine.warnings.isEmpty)
    }

    @Test func fieldsItemsAndProfileAreValidated() {
        let p = Pathway()
        #expect(
            PathwayMachine.evaluate(.tick(.eras, item: "visa", done: true), in: p, today: today)
                == .failure(.unknownItem(.eras, "visa")))
        #expect(
            PathwayMachine.evaluate(.detail(.residency, field: "pgy", value: "12"), in: p, today: today)
                == .failure(
                    .invalidValue(field: "Current PGY year", value: "12", expected: "a whole number from 1 to 10")))
        #expect(
            PathwayMachine.evaluate(.detail(.residency, field: "startDate", value: "2026-02-30"), in: p, today: today)
                == .failure(.invalidValue(field: "Start date", value: "2026-02-30", expected: "a date as YYYY-MM-DD")))
        #expect(
            PathwayMachine.evaluate(.profile(.visaTrack, value: "o1"), in: p, today: today)
                == .failure(
                    .invalidValue(
                        field: "Visa track", value: "o1", expected: "none, j1 (J-1), h1b (H-1B), either (J-1 or H-1B)"))
        )
        #expect(
            (try? PathwayMachine.evaluate(.profile(.visaTrack, value: "H-1B"), in: p, today: today).get())?.change
                == .profile(.visaTrack, value: "h1b"))
        #expect(
            (try? PathwayMachine.evaluate(.profile(.citizenship, value: "green card"), in: p, today: today).get())?
                .change
                == .profile(.citizenship, value: "permanentResident"))
        #expect(
            PathwayMachine.evaluate(.profile(.name, value: "  "), in: p, today: today)
                == .failure(.noChange("Name is already empty")))
    }

    @Test func standingsReadAtAGlance() throws {
        let journal = try Fixtures.journal([
            .mark(.step1, .passed, date: Fixtures.day("2023-01-01")),
            .mark(.step2ck, .failed, date: Fixtures.day("2024-01-01")),
            .mark(.eras, .preparing),
        ])
        let p = journal.pathway
        #expect(p.standing(of: .step1) == .done)
        #expect(p.standing(of: .step2ck) == .failed)
        #expect(p.standing(of: .ecfmg) == .available)
        #expect(p.standing(of: .eras) == .inProgress)
        #expect(p.standing(of: .residency) == .blocked)
        #expect(p.nextStep?.milestone == .step2ck)
        #expect(p.nextStep?.status == .registered)
    }
}
