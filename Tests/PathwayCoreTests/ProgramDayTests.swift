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

    /// "Each step's day is on or after the one before" holds for the end too: a program is not
    /// rejected or withdrawn before it was applied to, invited or interviewed, however the day
    /// comes (one program, many at once, or the day typed as a field). An interview still ahead
    /// may be called off before its day.
    @Test func aProgramEndsOnOrAfterTheDaysOfTheStepsItGotTo() throws {
        var journal = try Fixtures.journal([
            .addProgram(Program(id: "", name: "Mercy")),
            .addProgram(Program(id: "", name: "Lakeside")),
            .markPrograms(ids: ["pg-1", "pg-2"], status: .applied, date: Fixtures.day("2026-10-01")),
        ])
        // Interviewed is a day that has been: one ahead is said to be scheduled.
        #expect(
            refusal(.markProgram(id: "pg-1", status: .interviewed, date: Fixtures.today.adding(days: 3)), in: journal)?
                .description.contains("an interview still ahead is scheduled (interviewScheduled)") == true)
        let early = Fixtures.day("2026-09-01")
        for end in [ProgramStatus.rejected, .withdrawn] {
            let one = refusal(.markProgram(id: "pg-1", status: end, date: early), in: journal)
            #expect(
                one?.description.contains("Mercy: \(end.dateLabel) 2026-09-01 is before applied on 2026-10-01") == true)
            #expect(refusal(.markPrograms(ids: ["pg-1", "pg-2"], status: end, date: early), in: journal) != nil)
            // The same day as the application, or later, is fine.
            #expect(
                refusal(.markProgram(id: "pg-1", status: end, date: Fixtures.day("2026-10-01")), in: journal) == nil)
        }
        _ = journal.record(
            .markProgram(id: "pg-1", status: .rejected, date: Fixtures.day("2026-10-20")), clock: Fixtures.clock)
        #expect(refusal(.editProgram(id: "pg-1", field: .rejectedOn, value: "2026-09-30"), in: journal) != nil)
        #expect(refusal(.editProgram(id: "pg-1", field: .rejectedOn, value: "2026-10-02"), in: journal) == nil)
        // Interviewed: the end comes after the interview.
        _ = journal.record(
            .markProgram(id: "pg-2", status: .interviewed, date: Fixtures.day("2026-11-10")), clock: Fixtures.clock)
        #expect(
            refusal(.markProgram(id: "pg-2", status: .withdrawn, date: Fixtures.day("2026-11-01")), in: journal)?
                .description.contains("before interview on 2026-11-10") == true)
        // A scheduled interview ahead of today may be called off today.
        var ahead = try Fixtures.journal([
            .addProgram(Program(id: "", name: "Mercy")),
            .markProgram(id: "pg-1", status: .applied, date: Fixtures.day("2026-10-01")),
            .markProgram(id: "pg-1", status: .interviewScheduled, date: Fixtures.today.adding(days: 10)),
        ])
        #expect(refusal(.markProgram(id: "pg-1", status: .withdrawn, date: Fixtures.today), in: ahead) == nil)
        _ = ahead.record(.markProgram(id: "pg-1", status: .withdrawn, date: Fixtures.today), clock: Fixtures.clock)
        #expect(ahead.pathway.program("pg-1")?.status == .withdrawn)
    }
}
