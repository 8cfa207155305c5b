import Testing

@testable import PathwayCore

/// Warnings that carry facts of the person's own situation: NRMP verification by the rank order
/// list deadline, passing scores by date, the certificate's validity, OET minimums.
@Suite struct AdviceRulesTests {
    let day = Fixtures.day
    let today = Fixtures.today

    func readyToMatch(step2ckPassed: String) -> Pathway {
        var p = Pathway()
        p.apply(.mark(.step1, .passed, date: day("2024-01-01")))
        p.apply(.mark(.step2ck, .passed, date: day(step2ckPassed)))
        p.apply(.detail(.match, field: "cycle", value: "2026"))
        p.apply(.mark(.match, .ranked, date: day("2026-02-01")))
        return p
    }

    @Test(arguments: [("2026-03-10", true), ("2026-02-25", false)])
    func aPassAfterTheRankOrderListDeadlineWarnsOnMatching(_ passed: String, _ warns: Bool) throws {
        let p = readyToMatch(step2ckPassed: passed)
        let decision = try PathwayMachine.evaluate(
            .mark(.match, .matched, date: day("2026-03-20")), in: p, today: today
        ).get()
        let late = decision.warnings.filter { $0.source == RuleFacts.nrmpVerificationSource }
        #expect(late.isEmpty == !warns)
        if warns {
            #expect(
                late[0].message.contains(
                    "Step 2 CK passed on 2026-03-10, after the rank order list deadline (2026-02-25)"))
        }
    }

    @Test func withoutARecordedCycleTheMatchDayGivesIt() throws {
        var p = Pathway()
        p.apply(.mark(.step1, .passed, date: day("2024-01-01")))
        p.apply(.mark(.step2ck, .passed, date: day("2026-03-10")))
        let decision = try PathwayMachine.evaluate(
            .mark(.match, .matched, date: day("2026-03-20")), in: p, today: today
        ).get()
        #expect(decision.warnings.contains { $0.message.contains("after the rank order list deadline (2026-02-25)") })
    }

    @Test func soapWarnsAboutALatePassToo() throws {
        var p = readyToMatch(step2ckPassed: "2026-03-10")
        p.apply(.mark(.match, .unmatched, date: day("2026-03-16")))
        let decision = try PathwayMachine.evaluate(.mark(.match, .soap, date: day("2026-03-16")), in: p, today: today)
            .get()
        #expect(decision.warnings.contains { $0.message.contains("after the rank order list deadline") })
    }

    @Test(arguments: [
        ("2023-03-01", 213, true), ("2023-03-01", 214, false), ("2022-06-30", 213, false), ("2025-08-01", 216, true),
    ])
    func aPassedScoreBelowTheCutOffOfItsDateWarns(_ date: String, _ score: Int, _ warns: Bool) throws {
        let decision = try PathwayMachine.evaluate(
            .mark(.step2ck, .passed, date: day(date), score: score, note: nil, incomplete: false), in: Pathway(),
            today: today
        ).get()
        #expect(decision.warnings.contains { $0.message.contains("passing score") } == warns)
    }

    @Test func thePersonsOwnPassingScoreWins() throws {
        var p = Pathway()
        p.apply(.detail(.step2ck, field: "passingScore", value: "210"))
        let decision = try PathwayMachine.evaluate(
            .mark(.step2ck, .passed, date: day("2023-03-01"), score: 212, note: nil, incomplete: false), in: p,
            today: today
        ).get()
        #expect(!decision.warnings.contains { $0.message.contains("passing score") })
    }

    @Test(arguments: [("2026-06-30", true), ("2026-07-01", false)])
    func anExpiredCertificateWarnsAtResidencyStart(_ validThrough: String, _ warns: Bool) throws {
        var p = Fixtures.everythingMet
        p[.residency] = MilestoneRecord()
        p.apply(.detail(.ecfmg, field: "validThrough", value: validThrough))
        let decision = try PathwayMachine.evaluate(
            .mark(.residency, .inTraining, date: day("2026-07-01")), in: p, today: today
        ).get()
        #expect(decision.warnings.contains { $0.message.contains("valid through \(validThrough)") } == warns)
    }

    @Test func tickingCommunicationSkillsAgainstALowOETWarns() throws {
        var p = Pathway()
        p.apply(.detail(.ecfmg, field: "oetWriting", value: "290"))
        p.apply(.detail(.ecfmg, field: "oetListening", value: "350"))
        let low = try PathwayMachine.evaluate(.tick(.ecfmg, item: "communication", done: true), in: p, today: today)
            .get()
        #expect(low.warnings.count == 1)
        #expect(low.warnings[0].message.contains("OET Writing 290 is below 300"))
        p.apply(.detail(.ecfmg, field: "oetWriting", value: "300"))
        let fine = try PathwayMachine.evaluate(.tick(.ecfmg, item: "communication", done: true), in: p, today: today)
            .get()
        #expect(fine.warnings.isEmpty)
        // The minimums of the person's Pathway year are theirs to enter.
        let entered = try PathwayMachine.evaluate(
            .detail(.ecfmg, field: "oetMinimums", value: "350 350 350 350"), in: p, today: today
        ).get()
        #expect(entered.change == .detail(.ecfmg, field: "oetMinimums", value: "350/350/350/350"))
        p.apply(entered.change)
        let stricter = try PathwayMachine.evaluate(
            .tick(.ecfmg, item: "communication", done: true), in: p, today: today
        ).get()
        #expect(stricter.warnings.first?.message.contains("OET Writing 300 is below 350") == true)
        #expect(
            PathwayMachine.evaluate(.detail(.ecfmg, field: "oetMinimums", value: "350/350"), in: p, today: today)
                == .failure(
                    .invalidValue(
                        field: "OET minimums (L/R/W/S, your Pathway year)", value: "350/350",
                        expected: "4 whole numbers from 0 to 500, separated by /")))
    }

    @Test func oneMatchCycleOneStartDateOneSpecialty() {
        var p = Pathway()
        p.apply(.detail(.eras, field: "cycle", value: "2026"))
        p.apply(.detail(.match, field: "cycle", value: "2027"))
        #expect(p[.eras].details["cycle"] == "2027")
        #expect(p.matchCycle == 2027)
        #expect(SeasonCalendar(pathway: p, today: today).cycle == 2027)
        p.apply(.seasonCycle(2028))
        #expect(p[.match].details["cycle"] == "2028" && p[.eras].details["cycle"] == "2028")
        p.apply(.detail(.match, field: "cycle", value: "2027"))
        #expect(Agenda(pathway: p, today: today).calendar.cycle == 2027)
        p.profile.targetSpecialty = "Internal Medicine"
        p.apply(.mark(.residency, .inTraining, date: day("2026-07-01")))
        #expect(p[.residency].details["specialty"] == "Internal Medicine")
        #expect(p[.residency].details["startDate"] == "2026-07-01")
        var own = Pathway()
        own.profile.targetSpecialty = "Internal Medicine"
        own.apply(.detail(.residency, field: "specialty", value: "Pediatrics"))
        own.apply(.mark(.residency, .inTraining, date: day("2026-07-01")))
        #expect(own.residencySpecialty == "Pediatrics")
    }

    @Test func aMatchedPersonFollowsTheCycleTheyMatchedIn() {
        var p = Pathway()
        p.apply(.mark(.match, .matched, date: day("2026-03-20")))
        #expect(SeasonCalendar(pathway: p, today: today).cycle == 2026)
        #expect(SeasonCalendar(pathway: Pathway(), today: today).cycle == 2027)
        #expect(SeasonCalendar(pathway: p, today: today).isChosen)
        #expect(!SeasonCalendar(pathway: Pathway(), today: today).isChosen)
    }

    @Test(arguments: [
        (Citizenship.permanentResident, "58.0%"), (.other, "58.0%"), (.usCitizen, "67.8%"),
    ])
    func matchRatesCarryTheirYearAndGroup(_ citizenship: Citizenship, _ rate: String) {
        var p = Pathway()
        p.profile.citizenship = citizenship
        let lines = PathwayStatistics.context(for: p)
        #expect(lines.contains { $0.contains(rate) && $0.contains("NRMP, 2025 Main Residency Match") })
    }

    @Test func everyPassingScoreRowIsARealDay() {
        for row in PassingScore.table { #expect(row.from != .epoch) }
        #expect(PassingScore.inForce(for: .step2ck, on: day("2025-07-01"))?.score == 218)
        #expect(PassingScore.inForce(for: .step3, on: day("2023-12-31")) == nil)
    }
}
