import Foundation
import Testing

@testable import PathwayCore

/// An interview in detail: its time in a zone, virtual or in person, place, interviewer, notes
/// and a rating; carried by the ICS event, the agenda and the rank order list.
@Suite struct InterviewDetailTests {
    func calendar(_ journal: Journal) throws -> String {
        var sink = ByteSink()
        try ICalendarExport.write(journal.pathway, now: Fixtures.noon, to: &sink)
        return sink.text
    }

    func scheduled(_ extra: [Change]) throws -> Journal {
        try Fixtures.journal(
            [
                .addProgram(Program(id: "", name: "Mercy")),
                .markProgram(id: "pg-1", status: .interviewScheduled, date: Fixtures.day("2026-12-20")),
            ] + extra)
    }

    @Test func theFieldsReadWhatPeopleTypeAndRefuseTheRest() {
        var program = Program(id: "pg-1", name: "Mercy")
        #expect(ProgramField.interviewTime.set("9:30", on: &program) == nil)
        #expect(program.interviewTime == "09:30")
        #expect(ProgramField.interviewTime.set("25:00", on: &program) != nil)
        #expect(ProgramField.interviewTime.set("9h30", on: &program) != nil)
        #expect(ProgramField.interviewTimeZone.set("America/New_York", on: &program) == nil)
        #expect(ProgramField.interviewTimeZone.set("utc", on: &program) == nil)
        #expect(program.interviewTimeZone == "UTC")
        #expect(ProgramField.interviewTimeZone.set("New York", on: &program) != nil)
        #expect(ProgramField.interviewFormat.set("Zoom", on: &program) == nil)
        #expect(program.interviewFormat == .virtual)
        #expect(ProgramField.interviewFormat.set("in person", on: &program) == nil)
        #expect(program.interviewFormat == .inPerson)
        #expect(ProgramField.rating.set("4", on: &program) == nil)
        #expect(program.rating == 4)
        #expect(ProgramField.rating.set("6", on: &program) != nil)
        #expect(ProgramField.rating.set("", on: &program) == nil)
        #expect(program.rating == nil)
    }

    /// A zone typed or imported is one of the IANA database, in its spelling, so the calendar
    /// export names a zone calendars know; one stored already is read as it is.
    @Test func aTypedZoneIsOneTheTimeZoneDatabaseKnows() throws {
        let journal = try scheduled([])
        let typo = PathwayMachine.evaluate(
            .editProgram(id: "pg-1", field: .interviewTimeZone, value: "Not/AZone"), in: journal.pathway,
            today: Fixtures.today)
        guard case .failure(.programRule(let why)) = typo else {
            Issue.record("Not/AZone was taken: \(typo)")
            return
        }
        #expect(
            why.contains("is not a time zone of the IANA time zone database (tzdata \(TimeZoneNames.databaseVersion))"))
        let lower = PathwayMachine.evaluate(
            .editProgram(id: "pg-1", field: .interviewTimeZone, value: "america/new_york"), in: journal.pathway,
            today: Fixtures.today)
        #expect(
            (try? lower.get())?.change == .editProgram(id: "pg-1", field: .interviewTimeZone, value: "America/New_York")
        )
        #expect(TimeZoneNames.known("Asia/Kolkata") == "Asia/Kolkata")
        #expect(TimeZoneNames.known("Asia/Calcutta") == "Asia/Calcutta", "a link is a name too")
        #expect(TimeZoneNames.known("z") == "UTC")
        // A sheet: the same check, as a problem of its row.
        let sheet = try ProgramSheet(
            bytes: Array("name,time zone\nMercy,Not/AZone\nLake,asia/kolkata\n".utf8), today: Fixtures.today)
        #expect(sheet.problems.map(\.line) == [2])
        #expect(sheet.entries.first?.program.interviewTimeZone == "Asia/Kolkata")
        // Stored: read as it is, whatever the database of this build says.
        var stored = Program(id: "pg-1", name: "Mercy")
        stored.interviewTimeZone = "Old/Gone"
        #expect(stored.problem == nil)
    }

    @Test func theCalendarCarriesTheTimeInItsZone() throws {
        let zoned = try scheduled([
            .editProgram(id: "pg-1", field: .interviewTime, value: "09:30"),
            .editProgram(id: "pg-1", field: .interviewTimeZone, value: "America/New_York"),
            .editProgram(id: "pg-1", field: .interviewPlace, value: "https://zoom.example/j/1"),
        ])
        let text = try calendar(zoned)
        #expect(text.contains("DTSTART;TZID=America/New_York:20261220T093000\r\n"), "\(text)")
        #expect(text.contains("DTEND;TZID=America/New_York:20261220T103000\r\n"))
        #expect(text.contains("LOCATION:https://zoom.example/j/1\r\n"))
        let utc = try scheduled([
            .editProgram(id: "pg-1", field: .interviewTime, value: "23:15"),
            .editProgram(id: "pg-1", field: .interviewTimeZone, value: "UTC"),
        ])
        let utcText = try calendar(utc)
        #expect(utcText.contains("DTSTART:20261220T231500Z\r\n"), "\(utcText)")
        #expect(utcText.contains("DTEND:20261221T001500Z\r\n"))
        // No time: a day-long event, as before.
        let untimed = try scheduled([])
        #expect(try calendar(untimed).contains("DTSTART;VALUE=DATE:20261220"))
    }

    @Test func theAgendaShowsTheTime() throws {
        let journal = try scheduled([
            .editProgram(id: "pg-1", field: .interviewTime, value: "14:00"),
            .editProgram(id: "pg-1", field: .interviewTimeZone, value: "Asia/Kolkata"),
        ])
        let item = AgendaItem(
            source: .interview(journal.pathway.programs[0]), today: Fixtures.today, milestoneDone: false)
        #expect(item.title == "Interview: Mercy, 14:00 Asia/Kolkata")
    }

    @Test func aFileWithoutTheInterviewFieldsStillReads() throws {
        // A program as files before these fields held it.
        let json =
            #"{"id":"pg-1","name":"Mercy","specialty":"","city":"","state":"","visa":"unknown","notes":"","status":"considering","dates":{},"soap":false}"#
        let program = try JSONDecoder().decode(Program.self, from: Data(json.utf8))
        #expect(program.interviewTime == nil && program.rating == nil)
    }
}
