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
