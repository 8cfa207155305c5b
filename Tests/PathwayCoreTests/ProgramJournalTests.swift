import Testing

@testable import PathwayCore

/// Programs through the machine and the history: accepted and refused changes, undo and redo
/// of one slice, and the pair of files reopened.
@Suite struct ProgramJournalTests {
    func named(_ name: String, city: String = "", code: String? = nil) -> Program {
        var program = Program(id: "", name: name)
        program.city = city
        program.code = code
        return program
    }

    @Test func addingGivesStableIdsAndRefusesDuplicates() throws {
        let journal = try Fixtures.journal([
            .addProgram(named("Mercy", city: "Brooklyn")), .addProgram(named("Mercy", city: "Bronx")),
            .addProgram(named("St. Luke", code: "1000140C0")),
        ])
        #expect(journal.pathway.programs.map(\.id) == ["pg-1", "pg-2", "pg-3"])
        #expect(
            refusal(.addProgram(named("mercy", city: "brooklyn")), in: journal)?.description.contains("pg-1") == true)
        #expect(
            refusal(.addProgram(named("Other", code: "1000140c0")), in: journal)?.description.contains("pg-3") == true)
        #expect(refusal(.addProgram(named("  ")), in: journal) != nil)
        var withID = named("X")
        withID = withID.withID("pg-9")
        #expect(refusal(.addProgram(withID), in: journal) != nil)
    }

    @Test func statusMovesFollowTheTableAndDatesKeepTheirOrder() throws {
        var journal = try Fixtures.journal([.addProgram(named("Mercy"))])
        let today = Fixtures.today
        #expect(refusal(.markProgram(id: "pg-1", status: .rejected, date: nil), in: journal) != nil)
        #expect(
            refusal(.markProgram(id: "pg-7", status: .applied, date: nil), in: journal)?.description.contains("pg-7")
                == true)
        #expect(refusal(.markProgram(id: "pg-1", status: .applied, date: today.adding(days: 1)), in: journal) != nil)
        _ = journal.record(
            .markProgram(id: "pg-1", status: .applied, date: Fixtures.day("2025-09-24")), clock: Fixtures.clock)
        #expect(
            refusal(.markProgram(id: "pg-1", status: .invited, date: Fixtures.day("2025-09-20")), in: journal) != nil)
        // An interview may be ahead; a held one may not.
        #expect(
            refusal(.markProgram(id: "pg-1", status: .interviewScheduled, date: today.adding(days: 30)), in: journal)
                == nil)
        #expect(
            refusal(.markProgram(id: "pg-1", status: .interviewed, date: today.adding(days: 30)), in: journal) != nil)
        #expect(refusal(.markProgram(id: "pg-1", status: .considering, date: nil), in: journal) != nil)
        _ = journal.record(
            .markProgram(id: "pg-1", status: .interviewed, date: Fixtures.day("2025-11-20")), clock: Fixtures.clock)
        #expect(journal.pathway.program("pg-1")?.status == .interviewed)
        #expect(refusal(.editProgram(id: "pg-1", field: .thankYouSent, value: "2025-11-19"), in: journal) != nil)
        #expect(refusal(.editProgram(id: "pg-1", field: .thankYouSent, value: "2025-11-21"), in: journal) == nil)
    }

    @Test func editsAreNormalisedAndANoOpIsRefused() throws {
        var journal = try Fixtures.journal([.addProgram(named("Mercy"))])
        guard
            case .success(let decision) = journal.record(
                .editProgram(id: "pg-1", field: .state, value: " ny "), clock: Fixtures.clock)
        else {
            Issue.record("a state edit was refused")
            return
        }
        #expect(decision.change == .editProgram(id: "pg-1", field: .state, value: "NY"))
        #expect(refusal(.editProgram(id: "pg-1", field: .state, value: "NY"), in: journal) != nil)
        #expect(
            refusal(.editProgram(id: "pg-1", field: .state, value: "QQ"), in: journal)?.description.contains("QQ")
                == true)
    }

    @Test func undoAndRedoPutBackOneProgramAndSurviveReopening() throws {
        let folder = TemporaryFolder()
        let path = folder.file("p.json")
        func reopen() throws -> (PathwayStore, Journal) { try PathwayStore.open(path: path, lock: false) }
        var (store, journal) = try reopen()
        for change in [
            Change.addProgram(named("A")), .addProgram(named("B")),
            .editProgram(id: "pg-2", field: .visa, value: "h1b"),
            .removeProgram(id: "pg-1"),
        ] {
            _ = journal.record(change, clock: Fixtures.clock)
            try store.save(journal)
        }
        (store, journal) = try reopen()
        #expect(journal.pathway.programs.map(\.id) == ["pg-2"])
        _ = journal.undo(clock: Fixtures.clock)
        try store.save(journal)
        #expect(journal.pathway.programs.map(\.id) == ["pg-1", "pg-2"])
        _ = journal.undo(clock: Fixtures.clock)
        try store.save(journal)
        #expect(journal.pathway.program("pg-2")?.visa == .unknown)
        (store, journal) = try reopen()
        #expect(journal.pathway.programs.map(\.id) == ["pg-1", "pg-2"])
        _ = journal.redo(clock: Fixtures.clock)
        try store.save(journal)
        #expect(journal.pathway.program("pg-2")?.visa == .h1b)
        _ = journal.redo(clock: Fixtures.clock)
        // A removed number is not given again.
        _ = journal.record(.addProgram(named("C")), clock: Fixtures.clock)
        try store.save(journal)
        (store, journal) = try reopen()
        #expect(journal.pathway.programs.map(\.id) == ["pg-2", "pg-3"])
    }

    /// The season as the trial had it: interviews scheduled then held (two days), a rejection,
    /// a withdrawal, a SOAP row with a fee and a quoted note, an interview with its details.
    @Test func reImportingOnesOwnExportChangesNothing() throws {
        let journal = try Fixtures.journal([
            .addProgram(named("Mercy", city: "Brooklyn")),
            .markProgram(id: "pg-1", status: .applied, date: Fixtures.day("2026-09-20")),
            .markProgram(id: "pg-1", status: .invited, date: Fixtures.day("2026-10-20")),
            .markProgram(id: "pg-1", status: .interviewScheduled, date: Fixtures.day("2026-11-20")),
            .markProgram(id: "pg-1", status: .interviewed, date: Fixtures.day("2026-11-21")),
            .editProgram(id: "pg-1", field: .thankYouSent, value: "2026-11-22"),
            .editProgram(id: "pg-1", field: .rating, value: "4"),
            .editProgram(id: "pg-1", field: .interviewTime, value: "09:30"),
            .editProgram(id: "pg-1", field: .interviewTimeZone, value: "America/New_York"),
            .editProgram(id: "pg-1", field: .interviewFormat, value: "virtual"),
            .editProgram(id: "pg-1", field: .interviewPlace, value: "Zoom, room 4"),
            .editProgram(id: "pg-1", field: .interviewer, value: "Dr. Shah, PD"),
            .editProgram(id: "pg-1", field: .interviewNotes, value: "asked about research;\nfollow up"),
            .addProgram(named("Lake")),
            .markProgram(id: "pg-2", status: .applied, date: Fixtures.day("2026-09-01")),
            .markProgram(id: "pg-2", status: .rejected, date: Fixtures.day("2026-10-01")),
            .addProgram(named("Bay")),
            .markProgram(id: "pg-3", status: .withdrawn, date: Fixtures.day("2026-10-02")),
            .addProgram(named("Soap", code: "1000140C0")),
            .editProgram(id: "pg-4", field: .soap, value: "yes"),
            .editProgram(id: "pg-4", field: .fee, value: "35"),
            .editProgram(id: "pg-4", field: .notes, value: "a, \"b\"\nc"),
            .markProgram(id: "pg-4", status: .interviewScheduled, date: Fixtures.day("2026-12-20")),
        ])
        let text = ProgramSheetWriter.sheet(journal.pathway.programs)
        let sheet = try ProgramSheet(bytes: Array(text.utf8), today: Fixtures.today)
        let plan = ProgramImport(entries: sheet.entries, columns: sheet.columns, into: journal.pathway)
        #expect((plan.added, plan.updated, plan.unchanged) == (0, 0, 4), "\(text)")
        // Into another pathway, the sheet brings the interview's details, the rating and the
        // days: everything but the day an interview held had first been scheduled for.
        let fresh = ProgramImport(entries: sheet.entries, columns: sheet.columns, into: Pathway())
        #expect(fresh.added == 4)
        for (imported, recorded) in zip(fresh.programs, journal.pathway.programs) {
            var expected = recorded
            if expected.date(of: .interviewed) != nil {
                expected.dates[ProgramStatus.interviewScheduled.rawValue] = nil
            }
            #expect(imported == expected, "\(recorded.id)")
        }
    }

    /// A sheet moves a status as a mark does: not back (interviewed to considering), not out of
    /// an end (an empty "rejected on" cell does not reopen a rejected program); and two rows for
    /// one program are said, not merged so that one of them is lost.
    @Test func anImportMovesStatusesAsMarksDoAndSaysRepeatedRows() throws {
        let journal = try Fixtures.journal([
            .addProgram(named("Mercy", city: "Brooklyn")),
            .markProgram(id: "pg-1", status: .interviewed, date: Fixtures.day("2026-11-20")),
            .addProgram(named("Lake", city: "Reno")),
            .markProgram(id: "pg-2", status: .applied, date: Fixtures.day("2026-10-01")),
            .markProgram(id: "pg-2", status: .rejected, date: Fixtures.day("2026-11-01")),
        ])
        func refusal(_ text: String) throws -> String? {
            let sheet = try ProgramSheet(bytes: Array(text.utf8), today: Fixtures.today)
            let plan = ProgramImport(entries: sheet.entries, columns: sheet.columns, into: journal.pathway)
            guard
                case .failure(let violation) = PathwayMachine.evaluate(
                    .importPrograms(plan.programs), in: journal.pathway, today: Fixtures.today)
            else { return nil }
            return violation.description
        }
        #expect(
            try refusal("name,city,status\nMercy,Brooklyn,considering\n")?.contains(
                "Mercy (pg-1) is considering, but it is interviewed: a status does not move back") == true)
        #expect(
            try refusal("name,city,applied,rejected on\nLake,Reno,2026-10-01,\n")?.contains(
                "leaves the rejected on day of Lake (pg-2) empty, but it is rejected") == true)
        // A sheet of applied days alone leaves the interview recorded since where it is.
        let partial = try ProgramSheet(
            bytes: Array("name,city,applied\nMercy,Brooklyn,2026-09-01\n".utf8), today: Fixtures.today)
        let forward = ProgramImport(entries: partial.entries, columns: partial.columns, into: journal.pathway)
        #expect(forward.programs.first?.status == .interviewed)
        #expect(forward.programs.first?.date(of: .applied) == Fixtures.day("2026-09-01"))
        #expect(try refusal("name,city,applied\nMercy,Brooklyn,2026-09-01\n") == nil)
        let text = "name,city,state\nA One,X,NY\nB Two,Y,NY\na one,x,CA\nMercy,Brooklyn,NY\nMercy,Brooklyn,NJ\n"
        let sheet = try ProgramSheet(bytes: Array(text.utf8), today: Fixtures.today)
        let plan = ProgramImport(entries: sheet.entries, columns: sheet.columns, into: journal.pathway)
        #expect(plan.repeats.map(\.line) == [4, 6])
        #expect(plan.repeats.first?.reason.hasPrefix("the same program as line 2 (A One, X)") == true)
        #expect(plan.programs.map(\.state) == ["NY", "NY", "NY"], "the first row of each program is the one taken")
        #expect((plan.added, plan.updated) == (2, 1))
    }

    /// A row with two bad cells is reported at the first of them, reading left to right.
    @Test func aBadRowIsReportedAtItsFirstBadCell() throws {
        let sheet = try ProgramSheet(bytes: Array("name,fee,min step 2\nMercy,-5,abc\n".utf8), today: Fixtures.today)
        #expect(sheet.problems.first?.column == 7)
        #expect(sheet.problems.first?.reason.contains("\"-5\" is not an amount") == true)
        let swapped = try ProgramSheet(bytes: Array("name,min step 2,fee\nMercy,abc,-5\n".utf8), today: Fixtures.today)
        #expect(swapped.problems.first?.column == 7)
        #expect(swapped.problems.first?.reason.contains("\"abc\"") == true)
        // A day before a field, and a status after both.
        let dated = try ProgramSheet(
            bytes: Array("name,city,applied on,rating,status\nNew One,Reno,2026-13-01,9,nope\n".utf8),
            today: Fixtures.today)
        #expect(dated.problems.first?.column == 14, "\(dated.problems)")
        #expect(dated.problems.first?.reason.contains("\"2026-13-01\" is not a date") == true)
    }

    @Test func anImportIsOneChangeThatUpdatesInsteadOfDuplicating() throws {
        var journal = try Fixtures.journal([.addProgram(named("Mercy", city: "Brooklyn"))])
        let text = "Program,City,State,Visa,Applied\nMercy,Brooklyn,NY,J1,2025-09-24\nSt. Luke,Bethlehem,PA,both,\n"
        let sheet = try ProgramSheet(bytes: Array(text.utf8), today: Fixtures.today)
        let plan = ProgramImport(entries: sheet.entries, columns: sheet.columns, into: journal.pathway)
        #expect((plan.added, plan.updated, plan.unchanged) == (1, 1, 0))
        guard case .success = journal.record(.importPrograms(plan.programs), clock: Fixtures.clock) else {
            Issue.record("the import was refused")
            return
        }
        #expect(journal.pathway.programs.map(\.name) == ["Mercy", "St. Luke"])
        #expect(journal.pathway.program("pg-1")?.status == .applied)
        #expect(journal.pathway.program("pg-1")?.state == "NY")
        let again = ProgramImport(entries: sheet.entries, columns: sheet.columns, into: journal.pathway)
        #expect((again.added, again.updated, again.unchanged) == (0, 0, 2))
        journal = try Fixtures.reopened(journal)
        _ = journal.undo(clock: Fixtures.clock)
        #expect(journal.pathway.programs.map(\.name) == ["Mercy"])
        #expect(journal.pathway.program("pg-1")?.state == "")
    }

    @Test func certifyingTheListMovesTheMatchToRankedUnderItsOwnRules() throws {
        var pathway = Fixtures.everythingMet
        pathway[.match].status = .registered
        pathway[.residency].status = .notStarted
        var program = Program(id: "pg-1", name: "Mercy")
        program.status = .interviewed
        program.dates = ["applied": Fixtures.day("2025-09-24"), "interviewed": Fixtures.day("2025-11-20")]
        pathway.store(program)
        guard
            case .success = PathwayMachine.evaluate(
                .rankCertify(Fixtures.day("2026-02-20")), in: pathway, today: Fixtures.today)
        else {
            Issue.record("certifying a list of one was refused")
            return
        }
        pathway.apply(.rankCertify(Fixtures.day("2026-02-20")))
        #expect(pathway[.match].status == .ranked)
        #expect(pathway.rankOrder.certifiedOn == Fixtures.day("2026-02-20"))
        var empty = Fixtures.everythingMet
        empty[.match].status = .registered
        guard
            case .failure = PathwayMachine.evaluate(
                .rankCertify(Fixtures.day("2026-02-20")), in: empty, today: Fixtures.today)
        else {
            Issue.record("an empty list was certified")
            return
        }
    }
}
