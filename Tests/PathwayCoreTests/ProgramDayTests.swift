import Testing

@testable import PathwayCore

/// The days of a program's statuses are the person's: a mark at the same status with another
/// day corrects the day, and every status day is a field that can be set, within the rules.
@Suite struct ProgramDayTests {
    func applied() throws -> Journal {
        try Fixtures.journal([
            .addProgram(Program(id: "", name: "Mercy")),
            .markProgram(id: "pg-1", status: .applied, date: Fixtures.today),
        ])
    }

    @Test func markingTheSameStatusWithAnotherDayCorrectsTheDay() throws {
        var journal = try applied()
        let day = Fixtures.day("2026-09-24")
        guard
            case .success = journal.record(.markProgram(id: "pg-1", status: .applied, date: day), clock: Fixtures.clock)
        else {
            Issue.record("correcting the applied day was refused")
            return
        }
        #expect(journal.pathway.program("pg-1")?.date(of: .applied) == day)
        #expect(journal.pathway.program("pg-1")?.status == .applied)
        // The same day again changes nothing, and says so.
        guard case .noChange(let what) = refusal(.markProgram(id: "pg-1", status: .applied, date: day), in: journal)
        else {
            Issue.record("the same day again was not refused as no change")
            return
        }
        #expect(what == "pg-1 is already applied on 2026-09-24")
        // Without a day it is the old refusal: the program is already applied.
        #expect(
            refusal(.markProgram(id: "pg-1", status: .applied, date: nil), in: journal)?.description.contains(
                "already applied") == true)
        // A corrected day keeps the order rules: not after today.
        #expect(
            refusal(.markProgram(id: "pg-1", status: .applied, date: Fixtures.today.adding(days: 2)), in: journal)
                != nil)
        _ = journal.undo(clock: Fixtures.clock)
        #expect(journal.pathway.program("pg-1")?.date(of: .applied) == Fixtures.today)
    }

    @Test func aStatusDayIsAFieldForAStatusTheProgramReached() throws {
        var journal = try applied()
        #expect(
            refusal(.editProgram(id: "pg-1", field: .appliedOn, value: "2026-09-24"), in: journal) == nil)
        _ = journal.record(.editProgram(id: "pg-1", field: .appliedOn, value: "2026-09-24"), clock: Fixtures.clock)
        #expect(
            ProgramField.appliedOn.text(of: journal.pathway.program("pg-1") ?? Program(id: "", name: ""))
                == "2026-09-24")
        // Not reached: said, with how to record it.
        #expect(
            refusal(.editProgram(id: "pg-1", field: .invitedOn, value: "2026-10-01"), in: journal)?.description
                .contains("it is not invited to interview") == true)
        // The current status keeps its day.
        #expect(
            refusal(.editProgram(id: "pg-1", field: .appliedOn, value: ""), in: journal)?.description.contains(
                "keeps its day") == true)
        // A program marked interviewed at once got through the steps before: their days can be set,
        // in order.
        _ = journal.record(
            .markProgram(id: "pg-1", status: .interviewed, date: Fixtures.day("2026-11-20")), clock: Fixtures.clock)
        #expect(refusal(.editProgram(id: "pg-1", field: .invitedOn, value: "2026-10-01"), in: journal) == nil)
        #expect(
            refusal(.editProgram(id: "pg-1", field: .invitedOn, value: "2026-09-01"), in: journal)?.description
                .contains("before") == true)
        #expect(ProgramField(lenient: "Applied on") == .appliedOn)
        #expect(ProgramField.day(of: .interviewScheduled) == .interviewDay)
    }
}
