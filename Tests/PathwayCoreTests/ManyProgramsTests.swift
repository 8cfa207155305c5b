import Foundation
import Testing

@testable import PathwayCore

/// Changes to many programs at once: one change in the history, so one undo takes it all back,
/// and a refusal for any one program leaves every program as it was.
@Suite struct ManyProgramsTests {
    func season() throws -> Journal {
        try Fixtures.journal([
            .addProgram(Program(id: "", name: "Mercy A")),
            .addProgram(Program(id: "", name: "Mercy B")),
            .addProgram(Program(id: "", name: "Mercy C")),
            .markProgram(id: "pg-3", status: .applied, date: Fixtures.day("2026-10-05")),
            .addLetter(Letter(id: "", writer: "Dr. Lee")),
        ])
    }

    @Test func markingManyIsOneChangeThatOneUndoTakesBack() throws {
        var journal = try season()
        let before = journal.pathway
        let day = Fixtures.day("2026-10-01")
        guard
            case .success(let decision) = journal.record(
                .markPrograms(ids: ["pg-1", "pg-2"], status: .applied, date: day), clock: Fixtures.clock)
        else {
            Issue.record("marking two programs was refused")
            return
        }
        #expect(decision.change.summary == "Programs pg-1, pg-2: applied on 2026-10-01")
        #expect(journal.pathway.programs.map(\.status) == [.applied, .applied, .applied])
        #expect(journal.pathway.program("pg-1")?.date(of: .applied) == day)
        _ = try journal.undo(clock: Fixtures.clock).get()
        #expect(journal.pathway == before)
        _ = try journal.redo(clock: Fixtures.clock).get()
        #expect(journal.pathway.program("pg-2")?.status == .applied)
        // Saved and read back, the change and its undo are the same.
        var reopened = try Fixtures.reopened(journal)
        #expect(reopened.pathway == journal.pathway)
        _ = try reopened.undo(clock: Fixtures.clock).get()
        #expect(reopened.pathway == before)
    }

    @Test func theHistoryLineKeepsOnlyStatusesAndDaysAndUndoPutsBackEachDay() throws {
        var journal = try season()
        let before = journal.pathway
        // pg-3 was applied on 2026-10-05: marked again with another day, its day is corrected.
        _ = try journal.record(
            .markPrograms(ids: ["pg-1", "pg-3"], status: .applied, date: Fixtures.day("2026-10-01")),
            clock: Fixtures.clock
        ).get()
        #expect(journal.pathway.program("pg-3")?.date(of: .applied) == Fixtures.day("2026-10-01"))
        let line = try #require(journal.pending.last?.line)
        #expect(line.before.programs == nil)
        #expect(line.before.programStatuses == nil)
        // pg-1 (considering, no applied day) and pg-3 (applied on 2026-10-05) are two groups
        // before; after, both are applied on 2026-10-01: one group.
        #expect(line.before.programStatusGroups?.map(\.ids) == [["pg-1"], ["pg-3"]])
        #expect(line.after.programStatusGroups?.map(\.ids) == [["pg-1", "pg-3"]])
        _ = try journal.undo(clock: Fixtures.clock).get()
        #expect(journal.pathway == before)
        #expect(journal.pathway.program("pg-3")?.date(of: .applied) == Fixtures.day("2026-10-05"))
    }

    @Test func aRefusalForOneChangesNone() throws {
        let journal = try season()
        // pg-3 is applied on 2026-10-05: an invite on 2026-10-01 would come before it.
        let early = refusal(
            .markPrograms(ids: ["pg-1", "pg-3"], status: .invited, date: Fixtures.day("2026-10-01")), in: journal)
        #expect(early?.description.contains("Mercy C") == true, "\(String(describing: early))")
        #expect(refusal(.markPrograms(ids: ["pg-1", "pg-9"], status: .applied, date: nil), in: journal) != nil)
        #expect(
            refusal(.markPrograms(ids: ["pg-1", "pg-1"], status: .applied, date: nil), in: journal)?.description
                .contains("given twice") == true)
        #expect(refusal(.markPrograms(ids: [], status: .applied, date: nil), in: journal) != nil)
        // A program already at the status with the same day changes nothing; all of them: said.
        guard
            case .noChange = refusal(
                .markPrograms(ids: ["pg-3"], status: .applied, date: Fixtures.day("2026-10-05")), in: journal)
        else {
            Issue.record("marking programs already at the status on that day was not 'nothing changed'")
            return
        }
    }

    @Test func removingManyIsOneChangeAndAnAssignedLetterRefusesIt() throws {
        var journal = try season()
        let before = journal.pathway
        _ = try journal.record(.removePrograms(ids: ["pg-1", "pg-3"]), clock: Fixtures.clock).get()
        #expect(journal.pathway.programs.map(\.id) == ["pg-2"])
        _ = try journal.undo(clock: Fixtures.clock).get()
        #expect(journal.pathway == before)
        _ = try journal.record(.assignLetter(id: "lr-1", program: "pg-3", date: nil), clock: Fixtures.clock).get()
        #expect(
            refusal(.removePrograms(ids: ["pg-1", "pg-3"]), in: journal)?.description.contains(
                "lr-1 is assigned to pg-3") == true)
    }

    @Test func aLetterGoesToManyProgramsInOneChange() throws {
        var journal = try season()
        let before = journal.pathway
        let day = Fixtures.day("2026-10-02")
        _ = try journal.record(
            .assignLetterToPrograms(id: "lr-1", programs: ["pg-1", "pg-2", "pg-3"], date: day), clock: Fixtures.clock
        ).get()
        #expect(journal.pathway.letter("lr-1")?.assignments == ["pg-1": day, "pg-2": day, "pg-3": day])
        _ = try journal.undo(clock: Fixtures.clock).get()
        #expect(journal.pathway == before)
        #expect(
            refusal(.assignLetterToPrograms(id: "lr-1", programs: ["pg-1", "pg-8"], date: nil), in: journal) != nil)
        #expect(
            refusal(
                .assignLetterToPrograms(id: "lr-1", programs: ["pg-1"], date: Fixtures.today.adding(days: 1)),
                in: journal) != nil)
    }

    @Test(arguments: [
        Change.markPrograms(ids: ["pg-1", "pg-2"], status: .applied, date: Fixtures.day("2026-10-01")),
        Change.removePrograms(ids: ["pg-1", "pg-2"]),
        Change.assignLetterToPrograms(id: "lr-1", programs: ["pg-1", "pg-2"], date: Fixtures.day("2026-10-01")),
    ])
    func theHistoryLineReadsBackAsTheSameChange(_ change: Change) throws {
        let entry = HistoryEntry(at: Fixtures.noon, change: change)
        let decoded = try JSONDecoder().decode(HistoryEntry.self, from: try JSONEncoder().encode(entry))
        #expect(decoded == entry)
    }
}
