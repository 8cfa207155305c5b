import Testing

@testable import PathwayCore

/// Planned US clinical experience on the agenda and in the calendar file.
@Suite struct AgendaExperienceTests {
    func pathway() throws -> Pathway {
        try Fixtures.journal([
            .addExperience(
                ClinicalExperience(
                    id: "", kind: .handsOn, site: "Mercy", start: Fixtures.day("2026-06-01"),
                    end: Fixtures.day("2026-06-28"))),
            .addExperience(
                ClinicalExperience(
                    id: "", kind: .observership, site: "Lee Clinic", start: Fixtures.day("2027-01-04"),
                    end: Fixtures.day("2027-01-29"))),
        ]).pathway
    }

    @Test func anUpcomingExperienceIsOnTheAgendaAndAPastOneIsNot() throws {
        let agenda = Agenda(pathway: try pathway(), today: Fixtures.today)
        #expect(agenda.items.filter { $0.id.hasPrefix("ce-") }.map(\.id) == ["ce-2-start"])
        let upcoming = agenda.upcoming(withinDays: 60)
        #expect(upcoming.contains { $0.id == "ce-2-start" && $0.daysLeft == 39 && $0.title.contains("Lee Clinic") })
        #expect(!agenda.upcoming(withinDays: 30).contains { $0.id == "ce-2-start" })
    }

    @Test func theCalendarFileHasEveryExperience() throws {
        var sink = ByteSink()
        try ICalendarExport.write(try pathway(), now: Fixtures.noon, to: &sink)
        #expect(sink.text.contains("UID:experience-ce-1@imgpath"))
        #expect(
            sink.text.contains("UID:experience-ce-2@imgpath\r\nDTSTAMP:20261126T120000Z\r\nDTSTART;VALUE=DATE:20270104")
        )
    }
}
