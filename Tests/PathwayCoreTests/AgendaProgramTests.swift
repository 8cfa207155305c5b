import Testing

@testable import PathwayCore

/// Interviews and thank-you reminders on the agenda and in the calendar file.
@Suite struct AgendaProgramTests {
    func pathway(interview: String, status: ProgramStatus, thankYou: String? = nil) -> Pathway {
        var pathway = Pathway()
        var program = Program(id: "pg-1", name: "Mercy")
        program.status = status
        program.dates = ["applied": Fixtures.day("2026-09-24"), status.rawValue: Fixtures.day(interview)]
        program.thankYouSent = thankYou.map(Fixtures.day)
        pathway.store(program)
        return pathway
    }

    @Test func aScheduledInterviewIsComingUp() {
        let agenda = Agenda(
            pathway: pathway(interview: "2026-12-10", status: .interviewScheduled), today: Fixtures.today)
        let item = agenda.items.first { $0.id == "pg-1-interview" }
        #expect(item?.daysLeft == 14)
        #expect(item?.needsAction == true)
        #expect(item?.title == "Interview: Mercy")
        #expect(!agenda.items.contains { $0.id == "pg-1-thanks" })
    }

    @Test func aThankYouNoteIsDueTheDayAfterAndLateUntilSent() {
        let held = Agenda(pathway: pathway(interview: "2026-11-20", status: .interviewed), today: Fixtures.today)
        let reminder = held.items.first { $0.id == "pg-1-thanks" }
        #expect(reminder?.date == Fixtures.day("2026-11-21"))
        #expect(reminder?.isOverdue == true)
        #expect(held.overdue.map(\.id) == ["pg-1-thanks"])

        let sent = Agenda(
            pathway: pathway(interview: "2026-11-20", status: .interviewed, thankYou: "2026-11-21"),
            today: Fixtures.today)
        #expect(!sent.items.contains { $0.id == "pg-1-thanks" })

        // Weeks later the note is still owed: the reminder stays overdue until it is recorded.
        let old = Agenda(pathway: pathway(interview: "2026-10-01", status: .interviewed), today: Fixtures.today)
        #expect(old.overdue.map(\.id) == ["pg-1-thanks"])
    }

    @Test func aWithdrawnProgramLeavesTheAgenda() {
        var withdrawn = pathway(interview: "2026-12-10", status: .interviewScheduled)
        withdrawn.apply(.markProgram(id: "pg-1", status: .withdrawn, date: Fixtures.today))
        #expect(!Agenda(pathway: withdrawn, today: Fixtures.today).items.contains { $0.id.hasPrefix("pg-1") })
    }

    @Test func theCalendarFileHasTheInterviewAndTheNote() throws {
        var sink = ByteSink()
        try ICalendarExport.write(
            pathway(interview: "2026-11-20", status: .interviewed), now: Fixtures.noon, to: &sink)
        let text = String(decoding: sink.bytes, as: UTF8.self)
        #expect(text.contains("UID:interview-pg-1@imgpath\r\nDTSTAMP:20261126T120000Z\r\nDTSTART;VALUE=DATE:20261120"))
        #expect(text.contains("UID:thanks-pg-1@imgpath"))
        #expect(text.contains("SUMMARY:Thank-you note to Mercy"))
    }

    @Test func derivedCountsReplaceTypedOnesAndRefuseTyping() throws {
        var journal = try Fixtures.journal([.detail(.eras, field: "programs", value: "40")])
        #expect(journal.pathway.detail(.eras, "programs") == "40")
        _ = journal.record(.addProgram(Program(id: "", name: "Mercy")), clock: Fixtures.clock)
        _ = journal.record(
            .markProgram(id: "pg-1", status: .applied, date: Fixtures.day("2026-09-24")), clock: Fixtures.clock)
        #expect(journal.pathway.detail(.eras, "programs") == "1")
        #expect(journal.pathway.isDerived(.eras, "programs"))
        guard
            case .failure(let violation) = journal.record(
                .detail(.eras, field: "programs", value: "41"), clock: Fixtures.clock)
        else {
            Issue.record("a derived count was typed over")
            return
        }
        #expect(violation.description.contains("counted from your programs"))
    }

    @Test func theReportSummarisesTheSeason() throws {
        var program = Program(id: "", name: "Mercy | Brooklyn")
        program.visa = .h1b
        let journal = try Fixtures.journal([
            .profile(.citizenship, value: "other"), .profile(.visaTrack, value: "j1"), .addProgram(program),
            .addProgram(Program(id: "", name: "St. Luke")),
            .markProgram(id: "pg-1", status: .interviewed, date: Fixtures.day("2026-11-20")),
        ])
        var sink = ByteSink()
        try MarkdownReport.write(journal, today: Fixtures.today, to: &sink)
        let text = String(decoding: sink.bytes, as: UTF8.self)
        #expect(text.contains("## Application season\n\n2 programs: 1 applied, 1 interviews, 1 ranked."))
        #expect(text.contains("| interviewed | 1 |"))
        #expect(text.contains("| H-1B only | 1 |"))
        #expect(text.contains("1. Mercy \\| Brooklyn, H-1B only, interviewed; fit: it sponsors H-1B only"))
    }
}

/// An agenda made after a change from the one before it (`previous`), as the screen makes it,
/// lists what one made afresh lists: the interviews taken again only while the programs are
/// the very ones they were read from.
@Suite struct AgendaAfterChangeTests {
    func season() -> Pathway {
        var pathway = Pathway()
        for number in 1...4 {
            var program = Program(id: Program.id(number: number), name: "Program \(number)")
            program.status = .applied
            program.dates = ["applied": Fixtures.day("2026-09-24")]
            pathway.store(program)
        }
        pathway.apply(.markProgram(id: "pg-1", status: .interviewScheduled, date: Fixtures.day("2026-12-10")))
        return pathway
    }

    /// Applies each change in turn, making the agenda from the one before, and compares it with
    /// one made afresh.
    func expectSameAsAfresh(_ changes: [Change], today: CalendarDay = Fixtures.today) {
        var pathway = season()
        var agenda = Agenda(pathway: pathway, today: today)
        for change in changes {
            pathway.apply(change)
            let next = Agenda(pathway: pathway, today: today, previous: agenda)
            #expect(next.items == Agenda(pathway: pathway, today: today).items, "after \(change)")
            agenda = next
        }
    }

    @Test func milestoneChangesKeepTheInterviews() {
        expectSameAsAfresh([
            .note(.step1, text: "Prometric"),
            .mark(.step1, .registered, date: Fixtures.today, score: nil, note: nil, incomplete: false),
        ])
    }

    @Test func programChangesAreReadAgain() {
        expectSameAsAfresh([
            .note(.step1, text: "before"),
            .markProgram(id: "pg-2", status: .interviewScheduled, date: Fixtures.day("2026-12-12")),
            .note(.step1, text: "between"),
            .markProgram(id: "pg-1", status: .interviewed, date: Fixtures.day("2026-11-20")),
            .markPrograms(ids: ["pg-1", "pg-2"], status: .withdrawn, date: Fixtures.today),
            .note(.step1, text: "after"),
        ])
    }

    @Test func aProgramChangedInPlaceIsNotMistakenForTheListBefore() {
        // The only copy of the list is changed where it is: the agenda kept the one it read.
        var pathway = season()
        let before = Agenda(pathway: pathway, today: Fixtures.today)
        pathway.programs[1].status = .interviewScheduled
        pathway.programs[1].dates["interviewScheduled"] = Fixtures.day("2026-12-01")
        let after = Agenda(pathway: pathway, today: Fixtures.today, previous: before)
        #expect(after.items.contains { $0.id == "pg-2-interview" })
        #expect(after.items == Agenda(pathway: pathway, today: Fixtures.today).items)
    }

    @Test func anotherDayCountsTheDaysAgain() {
        let pathway = season()
        let before = Agenda(pathway: pathway, today: Fixtures.today)
        let tomorrow = Fixtures.day("2026-11-27")
        let after = Agenda(pathway: pathway, today: tomorrow, previous: before)
        #expect(after.items.first { $0.id == "pg-1-interview" }?.daysLeft == 13)
        #expect(after.items == Agenda(pathway: pathway, today: tomorrow).items)
    }

    @Test func thePlanAfterAChangeIsThePlanAfresh() {
        var pathway = season()
        let before = Plan(pathway: pathway, today: Fixtures.today)
        pathway.apply(.markProgram(id: "pg-3", status: .interviewScheduled, date: Fixtures.day("2026-12-03")))
        #expect(
            Plan(pathway: pathway, today: Fixtures.today, previous: before)
                == Plan(pathway: pathway, today: Fixtures.today))
    }
}
