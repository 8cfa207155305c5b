import Testing

@testable import PathwayCore

/// Upcoming, overdue, nearest and next, with days counted on calendar days.
@Suite struct AgendaTests {
    func pathway(_ changes: [Change]) throws -> Pathway { try Fixtures.journal(changes).pathway }

    @Test(arguments: [
        ("2028-02-28", "2028-03-01", 2),  // leap year
        ("2027-02-28", "2027-03-01", 1),
        ("2026-12-31", "2027-01-01", 1),  // year end
        ("2026-01-31", "2026-02-01", 1),  // month end
        ("2026-11-26", "2026-11-26", 0),
        ("2027-03-01", "2027-02-28", -1),
        ("2024-01-01", "2025-01-01", 366),
        ("2100-02-28", "2100-03-01", 1),  // not a leap year
    ])
    func daysLeftCountCalendarDays(_ today: String, _ due: String, _ expected: Int) throws {
        let p = try pathway([.addDeadline(.eras, "x", Fixtures.day(due))])
        let agenda = Agenda(pathway: p, today: Fixtures.day(today), cycle: 2020)
        let item = try #require(agenda.items.first { $0.isDeadline })
        #expect(item.daysLeft == expected)
        #expect(item.date == Fixtures.day(due))
    }

    @Test func upcomingIsInclusiveOfTheWindowAndOverdueListsOnlyUndoneDeadlines() throws {
        let today = Fixtures.day("2026-11-26")
        let p = try pathway([
            .addDeadline(.eras, "in 60", today.adding(days: 60)),
            .addDeadline(.eras, "in 61", today.adding(days: 61)),
            .addDeadline(.step2ck, "late", today.adding(days: -3)),
            .addDeadline(.step2ck, "late but done", today.adding(days: -5)),
            .editDeadline(id: "dl-4", title: nil, date: nil, note: nil, done: true),
            .addDeadline(.ecfmg, "today", today),
        ])
        let agenda = Agenda(pathway: p, today: today, cycle: 2020)
        #expect(agenda.upcoming(withinDays: 60).map(\.title) == ["today", "in 60"])
        #expect(agenda.upcoming(withinDays: 0).map(\.title) == ["today"])
        #expect(agenda.overdue.map(\.title) == ["late"])
        #expect(agenda.overdue.first?.whenText == "3 days ago")
        #expect(agenda.items.first { $0.title == "late but done" }?.isOverdue == false)
    }

    @Test func seasonEventsAndDeadlinesAreMergedByDate() throws {
        let today = Fixtures.day("2026-01-20")
        let p = try pathway([
            .seasonCycle(2026),
            .addDeadline(.match, "Certify my list early", Fixtures.day("2026-02-20")),
            .addDeadline(.match, "On the same day", Fixtures.day("2026-02-25")),
        ])
        let agenda = Agenda(pathway: p, today: today)
        let upcoming = agenda.upcoming(withinDays: 60)
        #expect(upcoming.map(\.id) == ["dl-1", "dl-2", "rankOrderListDeadline", "matchWeek", "soapEnds", "matchDay"])
        #expect(upcoming[2].daysLeft == 36)
        #expect(!upcoming[2].isOverdue)
        #expect(agenda.nearest(for: .match)?.id == "dl-1")
        #expect(agenda.nearest(for: .eras) == nil, "the 2026 ERAS dates are past")
        #expect(Plan(pathway: p, today: today).next?.id == "dl-1")
    }

    @Test func nearestPrefersAnOverdueDeadlineAndNextSkipsDoneMilestones() throws {
        let today = Fixtures.day("2026-02-01")
        var p = try pathway([
            .seasonCycle(2026),
            .addDeadline(.eras, "Thank-you notes", Fixtures.day("2026-01-25")),
            .addDeadline(.eras, "Later", Fixtures.day("2026-02-10")),
        ])
        var agenda = Agenda(pathway: p, today: today)
        #expect(agenda.nearest(for: .eras)?.title == "Thank-you notes")
        #expect(agenda.nearestByMilestone()[.match]?.id == "rankOrderListDeadline")
        #expect(agenda.nearestByMilestone(includeSeason: false)[.match] == nil)
        #expect(Plan(pathway: p, today: today).next?.text == "Thank-you notes")
        // Once the Match is done its season events ask nothing more of the person.
        p[.match].status = .matched
        p.apply(.removeDeadline(id: "dl-1"))
        p.apply(.removeDeadline(id: "dl-2"))
        agenda = Agenda(pathway: p, today: today)
        #expect(Plan(pathway: p, today: today).items.first { $0.kind == .season }?.id == "ecfmgCertificationDeadline")
        #expect(agenda.upcoming(withinDays: 60).isEmpty)
    }

    @Test func whenTextReadsNaturally() {
        #expect(AgendaItem.describe(daysLeft: 0) == "today")
        #expect(AgendaItem.describe(daysLeft: 1) == "tomorrow")
        #expect(AgendaItem.describe(daysLeft: -1) == "yesterday")
        #expect(AgendaItem.describe(daysLeft: 12) == "in 12 days")
        #expect(AgendaItem.describe(daysLeft: -4) == "4 days ago")
    }
}

extension AgendaTests {
    @Test func thePlanPutsAnOverdueDeadlineFirstAndAFarOneAfterTheSteps() throws {
        let today = Fixtures.day("2026-11-26")
        let plan = Plan(pathway: try pathway([.addDeadline(.eras, "far", today.adding(days: 90))]), today: today)
        #expect(plan.next?.kind == .step)
        #expect(plan.items.contains { $0.text == "far" })
        #expect(!plan.within(days: 60).contains { $0.text == "far" })
        let late = Plan(
            pathway: try pathway([.addDeadline(.eras, "late", today.adding(days: -400))]), today: today)
        #expect(late.next?.text == "late")
        #expect(late.next?.kind == .overdue)
    }
}
