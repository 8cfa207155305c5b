import Testing

@testable import PathwayCore

/// Dismissing a thank-you note reminder: recorded as a change, undoable, saved, and gone from the plan.
@Suite struct ThankYouDismissTests {
    static let december = Fixtures.day("2026-12-06")

    /// Mercy (pg-1) interviewed on 2026-11-14 with no note recorded, and Lakeside (pg-2) only applied.
    static func journal() throws -> Journal {
        try Fixtures.journal([
            .addProgram(Program(id: "", name: "Mercy")),
            .markProgram(id: "pg-1", status: .interviewed, date: Fixtures.day("2026-11-14")),
            .addProgram(Program(id: "", name: "Lakeside")),
            .markProgram(id: "pg-2", status: .applied, date: Fixtures.day("2026-09-24")),
        ])
    }

    static func plan(_ journal: Journal) -> Plan { Plan(pathway: journal.pathway, today: december) }

    static let dismiss = Change.editProgram(id: "pg-1", field: .thankYouSent, value: ProgramField.dismissed)

    @Test func aDismissedReminderLeavesThePlanAndUndoBringsItBack() throws {
        var journal = try Self.journal()
        #expect(Self.plan(journal).items.contains { $0.id == "pg-1-thanks" && $0.kind == .overdue })
        let decision = try journal.record(Self.dismiss, clock: Fixtures.clock).get()
        #expect(decision.change.summary == "Program pg-1: thank-you reminder dismissed")
        #expect(journal.pathway.program("pg-1")?.thankYouDismissed == true)
        #expect(!Self.plan(journal).items.contains { $0.id == "pg-1-thanks" })
        #expect(!Agenda(pathway: journal.pathway, today: Self.december).items.contains { $0.id == "pg-1-thanks" })
        _ = try journal.undo().get()
        #expect(journal.pathway.program("pg-1")?.thankYouDismissed == nil)
        #expect(Self.plan(journal).items.contains { $0.id == "pg-1-thanks" })
    }

    @Test func theThankYouFieldReadsDismissedAndADateOrEmptyReplacesIt() throws {
        var program = Program(id: "pg-1", name: "Mercy")
        #expect(ProgramField.thankYouSent.set("Dismissed", on: &program) == nil)
        #expect(program.thankYouDismissed == true && program.thankYouSent == nil)
        #expect(ProgramField.thankYouSent.text(of: program) == "dismissed")
        #expect(ProgramField.thankYouSent.set("2026-11-15", on: &program) == nil)
        #expect(program.thankYouSent == Fixtures.day("2026-11-15"))
        #expect(ProgramField.thankYouSent.text(of: program) == "2026-11-15")
        #expect(ProgramField.thankYouSent.set("dismissed", on: &program) == nil)
        #expect(ProgramField.thankYouSent.set("", on: &program) == nil)
        #expect(program.thankYouDismissed == nil && program.thankYouSent == nil)
    }

    @Test func beforeTheInterviewThereIsNoReminderToDismiss() throws {
        var journal = try Self.journal()
        let change = Change.editProgram(id: "pg-2", field: .thankYouSent, value: ProgramField.dismissed)
        guard case .failure(let violation) = journal.record(change, clock: Fixtures.clock) else {
            Issue.record("dismissing before the interview was accepted")
            return
        }
        #expect(violation.description.contains("no thank-you reminder"))
    }

    @Test func theDismissalIsSavedAndAFileWithoutItStillLoads() throws {
        var journal = try Self.journal()
        let before = try Fixtures.reopened(journal)
        #expect(before.pathway.program("pg-1")?.thankYouDismissed == nil)
        #expect(!String(decoding: Fixtures.snapshot(journal), as: UTF8.self).contains("thankYouDismissed"))
        _ = try journal.record(Self.dismiss, clock: Fixtures.clock).get()
        #expect(String(decoding: Fixtures.snapshot(journal), as: UTF8.self).contains("\"thankYouDismissed\""))
        let reopened = try Fixtures.reopened(journal)
        #expect(reopened.pathway.program("pg-1")?.thankYouDismissed == true)
        #expect(!Self.plan(reopened).items.contains { $0.id == "pg-1-thanks" })
    }
}
