import Testing

@testable import PathwayCore

/// The season calendar: defaults with sources, the person's dates, the chosen cycle.
@Suite struct SeasonCalendarTests {
    @Test func everySeasonFactIsARealDayOfItsCycleWithASource() throws {
        let seasonFacts = FactBook.builtIn.facts.filter { FactFamily.of($0.id) == .seasonDate }
        #expect(seasonFacts.count >= 20)
        for fact in seasonFacts {
            let cycle = try #require(fact.cycle, "\(fact.id)")
            #expect(fact.id.split(separator: ".")[1] == "\(cycle)", "\(fact.id)")
            let date = try #require(fact.date, "\(fact.id)")
            #expect(SeasonCalendar.plausibleDays(for: cycle)?.contains(date) == true, "\(fact.id)")
            #expect(fact.kind != .published || fact.url?.hasPrefix("https://") == true, "\(fact.id)")
        }
        #expect(SeasonDefaults.publishedCycles == [2026, 2027])
    }

    @Test func the2026CycleShowsThePublishedDatesWithSourceAndYear() throws {
        let calendar = SeasonCalendar(pathway: Pathway(), today: Fixtures.day("2025-08-01"), cycle: 2026)
        let matchDay = try #require(calendar.event(.matchDay))
        #expect(matchDay.date == Fixtures.day("2026-03-20"))
        #expect(matchDay.origin == .published)
        #expect(matchDay.sourceText == "nrmp.org, checked 2026-12-06")
        #expect(calendar.event(.erasSubmissionOpens)?.date == Fixtures.day("2025-09-03"))
        #expect(calendar.event(.erasSubmissionOpens)?.defaultEntry?.source.site == "aamc.org")
        #expect(calendar.event(.residencyStarts)?.date == Fixtures.day("2026-07-01"))
        #expect(calendar.event(.residencyStarts)?.origin == .rule)
        #expect(calendar.event(.ecfmgCertificationDeadline)?.milestone == .ecfmg)
        #expect(calendar.isChosen)
    }

    @Test func aCycleWithoutPublishedDatesIsNotSetAndShowsTheEstimateOrTheLastKnownOneLabelled() throws {
        let calendar = SeasonCalendar(pathway: Pathway(), today: Fixtures.today, cycle: 2027)
        let matchDay = try #require(calendar.event(.matchDay))
        #expect(matchDay.date == nil)
        #expect(matchDay.origin == .notSet)
        #expect(matchDay.earlierCycle?.cycle == 2026)
        #expect(matchDay.estimate?.date == Fixtures.day("2027-03-19"))
        #expect(
            matchDay.sourceText
                == "not set: estimated 2027-03-19 (the third Friday of March, as Match Day was in 2025 (2025-03-21) "
                + "and 2026 (2026-03-20)); enter the date once it is published")
        // A date found in a secondary source is the default, labelled as such.
        #expect(calendar.event(.myerasOpens)?.date == Fixtures.day("2026-06-03"))
        #expect(calendar.event(.myerasOpens)?.origin == .secondary)
        #expect(calendar.event(.myerasOpens)?.sourceText == "secondary source, checked 2026-12-06")
        let in2028 = try #require(
            SeasonCalendar(pathway: Pathway(), today: Fixtures.today, cycle: 2028).event(.matchDay))
        // A cycle later than any the facts date gets the season rules' estimate, saying how.
        #expect(
            in2028.sourceText
                == "not set: estimated 2028-03-17 (the third Friday of March, as in every cycle checked); "
                + "enter the date once it is published")
        #expect(in2028.date == nil, "an estimate is never the date")
        #expect(in2028.earlierCycle?.cycle == 2026)
        let deadline2028 = try #require(
            SeasonCalendar(pathway: Pathway(), today: Fixtures.today, cycle: 2028).event(.rankOrderListDeadline))
        #expect(deadline2028.estimate?.date == Fixtures.day("2028-02-23"))
        #expect(
            deadline2028.estimate?.source.label.hasPrefix("estimate: 23 days before the estimated Match Day") == true)
        // A standing rule still gives a date.
        #expect(calendar.event(.residencyStarts)?.date == Fixtures.day("2027-07-01"))
        // Before the earliest published cycle there is nothing to show.
        #expect(
            SeasonCalendar(pathway: Pathway(), today: Fixtures.today, cycle: 2020).event(.matchDay)?.sourceText
                == "not set: enter this year's date")
    }

    @Test func thePersonsDatesOverrideTheDefaultsPerCycle() throws {
        var journal = try Fixtures.journal([
            .seasonDate(cycle: 2027, event: .matchDay, date: Fixtures.day("2027-03-19")),
            .seasonDate(cycle: 2026, event: .matchDay, date: Fixtures.day("2026-03-21")),
        ])
        let c2027 = SeasonCalendar(pathway: journal.pathway, today: Fixtures.today, cycle: 2027)
        #expect(c2027.event(.matchDay)?.date == Fixtures.day("2027-03-19"))
        #expect(c2027.event(.matchDay)?.isUserSet == true)
        #expect(c2027.event(.matchDay)?.sourceText == "you set it")
        let c2026 = SeasonCalendar(pathway: journal.pathway, today: Fixtures.today, cycle: 2026)
        #expect(c2026.event(.matchDay)?.sourceText == "you set it (default 2026-03-20, nrmp.org, checked 2026-12-06)")
        _ = try journal.record(.seasonDate(cycle: 2026, event: .matchDay, date: nil), clock: Fixtures.clock).get()
        let cleared = SeasonCalendar(pathway: journal.pathway, today: Fixtures.today, cycle: 2026)
        #expect(cleared.event(.matchDay)?.date == Fixtures.day("2026-03-20"))
        #expect(cleared.event(.matchDay)?.isUserSet == false)
        #expect(journal.pathway.season.entered.map(\.cycle) == [2027])
    }

    @Test func calendarChangesAreRefusedWhenImplausible() throws {
        let journal = try Fixtures.journal([.seasonCycle(2027)])
        func refused(_ change: Change) -> RuleViolation? {
            var copy = journal
            if case .failure(let violation) = copy.record(change, clock: Fixtures.clock) { return violation }
            return nil
        }
        #expect(refused(.seasonCycle(1999)) == .cycleOutOfRange(1999))
        #expect(refused(.seasonCycle(2101)) == .cycleOutOfRange(2101))
        #expect(refused(.seasonCycle(2027)) == .noChange("the calendar already follows the 2027 Match"))
        #expect(refused(.seasonCycle(nil)) == nil)
        #expect(refused(.seasonDate(cycle: 1999, event: .matchDay, date: nil)) == .cycleOutOfRange(1999))
        let tooLate = Fixtures.day("2028-03-19")
        guard case .dateOutOfRange(tooLate, _, _)? = refused(.seasonDate(cycle: 2027, event: .matchDay, date: tooLate))
        else {
            Issue.record("a date outside the cycle must be refused")
            return
        }
        #expect(refused(.seasonDate(cycle: 2027, event: .myerasOpens, date: Fixtures.day("2026-06-03"))) == nil)
        // Each event falls in its year of the cycle: the Match in the Match's year, the season's
        // opening the year before.
        #expect(
            refused(.seasonDate(cycle: 2027, event: .matchDay, date: Fixtures.day("2026-03-19")))
                == .conflict("Match Day of the 2027 Match falls in 2027, and 2026-03-19 is in 2026"))
        #expect(refused(.seasonDate(cycle: 2027, event: .myerasOpens, date: Fixtures.day("2027-06-03"))) != nil)
        // Every published date of the facts keeps that order.
        for fact in FactBook.builtIn.facts {
            guard let key = FactBook.seasonKey(of: fact.id), case .date(let day) = fact.value else { continue }
            #expect(key.event.yearRefusal(day, cycle: key.cycle) == nil, "\(fact.id)")
        }
        guard case .noChange? = refused(.seasonDate(cycle: 2027, event: .matchDay, date: nil)) else {
            Issue.record("clearing a date never set is no change")
            return
        }
    }

    /// Registering for the Match again after one without a position is another cycle: the cycle
    /// chosen for the last one gives way (the calendar then follows today's), and undo brings it
    /// back.
    @Test func registeringAgainAfterAMatchWithoutAPositionLeavesTheOldCycle() throws {
        let clock = Clock.fixed(Timestamp(parsing: "2026-12-06T12:00:00Z")!)
        let today = Fixtures.day("2026-12-06")
        var journal = Journal()
        for change: Change in [
            .mark(.step1, .passed, date: Fixtures.day("2024-05-01")),
            .mark(.step2ck, .passed, date: Fixtures.day("2024-09-01"), score: 250, note: nil, incomplete: false),
            .seasonCycle(2026),
            .mark(.match, .registered, date: Fixtures.day("2025-09-20")),
            .mark(.match, .unmatched, date: Fixtures.day("2026-03-20")),
        ] {
            guard case .success = journal.record(change, clock: clock) else {
                Issue.record("\(change) was refused")
                return
            }
        }
        #expect(SeasonCalendar(pathway: journal.pathway, today: today).cycle == 2026)
        _ = journal.record(.mark(.match, .registered, date: Fixtures.day("2026-09-20")), clock: clock)
        #expect(journal.pathway[.match].status == .registered)
        #expect(journal.pathway.season.cycle == nil && journal.pathway[.match].details["cycle"] == nil)
        #expect(SeasonCalendar(pathway: journal.pathway, today: today).cycle == 2027)
        // The last cycle's result is its own: the new cycle breaks no rule of order with it.
        #expect(journal.pathway[.match].date(of: .unmatched) == nil)
        #expect(PathwayAudit.findings(in: journal.pathway, today: today).isEmpty)
        #expect(HistoryAudit.firstProblem(in: journal) == nil)
        _ = journal.undo(clock: clock)
        #expect(journal.pathway[.match].date(of: .unmatched) == Fixtures.day("2026-03-20"))
        #expect(journal.pathway.season.cycle == 2026 && journal.pathway[.match].details["cycle"] == "2026")
    }

    @Test func theCycleIsChosenOnceAsTheMatchFieldOrTheCalendarElseTheNextMatch() throws {
        #expect(SeasonCalendar(pathway: Pathway(), today: Fixtures.day("2026-11-26")).cycle == 2027)
        #expect(SeasonCalendar(pathway: Pathway(), today: Fixtures.day("2027-02-10")).cycle == 2027)
        #expect(SeasonCalendar(pathway: Pathway(), today: Fixtures.day("2027-04-01")).cycle == 2028)
        var pathway = Pathway()
        pathway.apply(.detail(.match, field: "cycle", value: "2028"))
        // The Match cycle field and the calendar's cycle are one value: setting either chooses it.
        #expect(SeasonCalendar(pathway: pathway, today: Fixtures.today).cycle == 2028)
        #expect(SeasonCalendar(pathway: pathway, today: Fixtures.today).isChosen)
        pathway.apply(.seasonCycle(2026))
        #expect(SeasonCalendar(pathway: pathway, today: Fixtures.today).cycle == 2026)
        #expect(pathway[.match].details["cycle"] == "2026")
        #expect(SeasonCalendar(pathway: pathway, today: Fixtures.today).isChosen)
    }

    @Test func the2026CycleHasTheLateFeeRankingAndSOAPDates() throws {
        let calendar = SeasonCalendar(pathway: Pathway(), today: Fixtures.today, cycle: 2026)
        #expect(calendar.event(.nrmpLateFeeDeadline)?.date == Fixtures.day("2025-11-30"))
        #expect(calendar.event(.rankingOpens)?.date == Fixtures.day("2026-01-15"))
        #expect(calendar.event(.soapEnds)?.date == Fixtures.day("2026-03-19"))
        #expect(calendar.event(.soapEnds)?.sourceText == "nrmp.org, checked 2026-12-06")
        let dated = calendar.events.compactMap(\.date)
        #expect(dated == dated.sorted(), "the events are listed in the order they happen")
    }

    @Test(arguments: [("2026-03-21", true), ("2026-03-19", false)])
    func aRankOrderListDeadlineAfterMatchDayWarns(_ date: String, _ warns: Bool) throws {
        let decision = try PathwayMachine.evaluate(
            .seasonDate(cycle: 2026, event: .rankOrderListDeadline, date: Fixtures.day(date)), in: Pathway(),
            today: Fixtures.today
        ).get()
        #expect(decision.warnings.contains { $0.message.contains("falls after Match Day") } == warns)
    }

    @Test func theERASTokenFromECFMGIsAnERASItem() {
        #expect(MilestoneCatalog[.eras].item("token")?.label.contains("ECFMG") == true)
    }

    @Test func eventNamesAreReadLeniently() {
        #expect(SeasonEventID(lenient: "match-day") == .matchDay)
        #expect(SeasonEventID(lenient: "Rank Order List Deadline") == .rankOrderListDeadline)
        #expect(SeasonEventID(lenient: "matchday2") == nil)
    }
}
