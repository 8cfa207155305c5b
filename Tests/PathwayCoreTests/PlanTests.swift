import Testing

@testable import PathwayCore

/// The one plan: order, and the dates it knows (Match Day, training years, retakes, notes).
@Suite struct PlanTests {
    static let december = Fixtures.day("2026-12-06")

    /// Exams passed, certified, applied through ERAS; the Match of `cycle` at `match`.
    static func applicant(match: Status, cycle: Int = 2027) -> Pathway {
        var p = Fixtures.everythingMet
        p[.match].status = match
        p[.match].details["cycle"] = String(cycle)
        p[.eras].status = .interviewing
        p[.residency].status = .notStarted
        p[.step3] = MilestoneRecord()
        return p
    }

    /// A resident who started on 2025-07-01 in a 3-year program, Step 3 passed, license in `state`.
    static func resident(state: String?, requiredYears: Int? = nil) -> Pathway {
        var p = Fixtures.everythingMet
        p[.residency].status = .inTraining
        p[.residency].details["startDate"] = "2025-07-01"
        p[.residency].details["lengthYears"] = "3"
        p[.match].details["cycle"] = "2025"
        if let state { p[.license].details["state"] = state }
        if let requiredYears { p[.license].details["requiredYears"] = String(requiredYears) }
        return p
    }

    @Test func matchedIsNotSuggestedBeforeMatchDayAndTheEstimateSaysSo() throws {
        let plan = Plan(pathway: Self.applicant(match: .ranked), today: Self.december)
        let step = try #require(plan.items.first { $0.milestone == .match && $0.kind == .step })
        #expect(step.status == .matched)
        #expect(step.date == Fixtures.day("2027-03-19"))
        #expect(step.estimated)
        #expect(step.dateText == "2027-03-19 (estimated)")
        // The rank order list deadline is on the plan, as an estimate, and before Match Day.
        let deadline = try #require(plan.items.first { $0.id == "rankOrderListDeadline" })
        #expect(deadline.kind == .season)
        #expect(deadline.estimated)
        #expect(deadline.note?.hasPrefix("estimated: 23 days before") == true)
        let ids = plan.items.map(\.id)
        #expect((ids.firstIndex(of: "rankOrderListDeadline") ?? 99) < (ids.firstIndex(of: "step-match") ?? 0))
    }

    /// Unmatched once SOAP is over: the way on is registering for the next Match, and the plan
    /// lists no residency start or certificate deadline of this cycle. Before SOAP ends, SOAP is
    /// still offered.
    @Test func afterSOAPWithoutAPositionThePlanPointsToTheNextMatch() throws {
        var p = Self.applicant(match: .unmatched)
        p[.match].dates[Status.unmatched.rawValue] = Fixtures.day("2027-03-16")
        let during = Plan(pathway: p, today: Fixtures.day("2027-03-16"))
        #expect(during.items.first { $0.kind == .step && $0.milestone == .match }?.status == .soap)
        p[.match].dates[Status.unmatched.rawValue] = Fixtures.day("2027-03-19")
        let after = Plan(pathway: p, today: Fixtures.day("2027-03-20"))
        #expect(after.items.first { $0.kind == .step && $0.milestone == .match }?.status == .registered)
        #expect(!after.items.contains { $0.milestone == .residency }, "\(after.items.map(\.text))")
        #expect(!after.items.contains { $0.kind == .season && $0.milestone == .ecfmg })
        // Months later, whatever cycle the calendar follows then, the way on is still the next
        // Match: SOAP is not offered again.
        var later = p
        later[.match].details["cycle"] = nil
        let december = Plan(pathway: later, today: Fixtures.day("2027-12-06"))
        #expect(december.items.first { $0.kind == .step && $0.milestone == .match }?.status == .registered)
    }

    /// Once USMLE eligibility has ended, no season date is listed: the road is closed at the exams.
    @Test func afterTheLastAttemptNoSeasonDateIsListed() throws {
        var p = Self.applicant(match: .registered)
        p[.step1] = MilestoneRecord()
        for year in 2021...2024 { p.apply(.mark(.step1, .failed, date: Fixtures.day("\(year)-02-01"))) }
        #expect(p.stepAtAttemptLimit == .step1)
        let plan = Plan(pathway: p, today: Fixtures.day("2026-12-06"))
        #expect(!plan.items.contains { $0.kind == .season }, "\(plan.items.map(\.text))")
    }

    @Test func onMatchDayMatchedIsPossibleNow() throws {
        let plan = Plan(pathway: Self.applicant(match: .ranked), today: Fixtures.day("2027-03-19"))
        let step = try #require(plan.items.first { $0.id == "step-match" })
        #expect(step.date == nil)
        #expect(!step.estimated)
    }

    @Test(
        arguments: [
            ("TX", nil, "2027-07-01"), ("Texas", nil, "2027-07-01"), (nil, nil, "2028-07-01"), ("TX", 3, "2028-07-01"),
        ] as [(String?, Int?, String)])
    func theLicenseWaitsForTheStatesTrainingYears(state: String?, own: Int?, from: String) throws {
        let plan = Plan(pathway: Self.resident(state: state, requiredYears: own), today: Self.december)
        let license = try #require(plan.items.first { $0.id == "step-license" })
        #expect(license.status == .applied)
        #expect(license.date == Fixtures.day(from))
        #expect(license.note?.contains(own == nil && state == nil ? "3 years" : "years") == true)
        if state != nil, own == nil {
            #expect(license.note?.contains("TX: 2") == true || license.note?.hasPrefix("2 years") == true)
            #expect(license.note?.contains("Jurisprudence") == true)
        }
    }

    @Test func afterTheProgramEndsEveryViewSaysCompleteResidencyFirst() throws {
        let pathway = Self.resident(state: nil)
        let today = Fixtures.day("2028-07-02")
        let plan = Plan(pathway: pathway, today: today)
        #expect(plan.nextStep?.id == "step-residency")
        #expect(plan.nextStep?.status == .completed)
        #expect(pathway.nextStep(today: today)?.milestone == .residency)
        // Both are possible now: residency first, in pathway order, then the license.
        #expect(plan.items.filter { $0.kind == .step }.map(\.id) == ["step-residency", "step-license"])
    }

    @Test func aRetakeWaitsForTheSpacingAndTheLastAttemptIsSaid() throws {
        var carlos = Pathway()
        carlos[.step1].status = .failed
        carlos[.step1].attempts = ["2026-01-10", "2026-04-01", "2026-10-01"].map {
            ExamAttempt(date: Fixtures.day($0), result: .failed)
        }
        let plan = Plan(pathway: carlos, today: Self.december)
        let step = try #require(plan.items.first { $0.id == "step-step1" })
        // Registering again is possible now; the spacing dates the attempt itself.
        #expect(step.date == nil)
        #expect(plan.nextStep?.id == "step-step1")
        #expect(step.note?.contains("earliest next attempt 2027-04-01") == true)
        #expect(step.note?.contains("attempt 4 is the last allowed") == true)
    }

    @Test func aScheduledExamIsDatedWithItsDay() throws {
        var p = Pathway()
        p[.step1].status = .scheduled
        p[.step1].dates["scheduled"] = Fixtures.day("2027-01-10")
        let step = try #require(Plan(pathway: p, today: Self.december).items.first { $0.id == "step-step1" })
        #expect(step.date == Fixtures.day("2027-01-10"))
        #expect(step.note?.contains("exam on 2027-01-10") == true)
    }

    @Test func anOldThankYouNoteStaysOverdueAndComesFirst() throws {
        var p = Self.applicant(match: .registered)
        var program = Program(id: "pg-1", name: "Mercy")
        program.status = .interviewed
        program.dates = ["interviewed": Fixtures.day("2026-11-14")]
        p.store(program)
        let plan = Plan(pathway: p, today: Self.december)
        let first = try #require(plan.next)
        #expect(first.kind == .overdue)
        #expect(first.program == "pg-1")
        #expect(first.id == "pg-1-thanks")
    }

    @Test func nothingDoneOrPastIsComingUp() {
        // Certified and in residency: no certificate deadline, no Match events, no start date.
        let plan = Plan(pathway: Self.resident(state: "TX"), today: Self.december)
        #expect(!plan.items.contains { $0.milestone == .ecfmg || $0.milestone == .match })
        #expect(!plan.items.contains { ($0.daysLeft ?? 0) < 0 && $0.kind != .overdue })
    }
}
