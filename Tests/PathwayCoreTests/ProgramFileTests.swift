import Foundation
import Testing

@testable import PathwayCore

/// The programs' own file (schema 3): a checkpoint the history brings up to date, read whole
/// only when needed, never the only copy of a change.
@Suite struct ProgramFileTests {
    static let clock = Fixtures.clock

    /// A season with programs at every status, letters assigned, an interview ahead, a thank-you
    /// note due and a certified rank order list that changed since.
    static func season(programs count: Int = 40) throws -> Journal {
        var journal = Journal()
        func record(_ change: Change) throws {
            if case .failure(let violation) = journal.record(change, clock: clock) { throw violation }
        }
        try record(.profile(.visaTrack, value: "j1"))
        var list: [Program] = []
        for number in 1...count {
            var program = Program(id: "pg-\(number)", name: "Program \(number) Medical Center")
            program.state = number % 2 == 0 ? "NY" : "TX"
            program.visa = number % 3 == 0 ? .h1b : .both
            program.feeCents = number % 4 == 0 ? 2_600 : nil
            list.append(program)
        }
        try record(.importPrograms(list))
        let day = Fixtures.day("2026-09-24")
        try record(.markPrograms(ids: (1...count).map { "pg-\($0)" }, status: .applied, date: day))
        for (id, status, date) in [
            ("pg-2", ProgramStatus.invited, Fixtures.day("2026-10-10")),
            ("pg-3", .interviewScheduled, Fixtures.day("2026-10-20")),
            ("pg-3", .interviewed, Fixtures.day("2026-11-02")),
            ("pg-4", .interviewScheduled, Fixtures.day("2026-12-15")),
            ("pg-5", .rejected, Fixtures.day("2026-10-30")),
        ] {
            try record(.markProgram(id: id, status: status, date: date))
        }
        var letter = Letter(id: "", writer: "Dr. Rivera")
        letter.usPhysician = true
        try record(.addLetter(letter))
        try record(.assignLetter(id: "lr-1", program: "pg-7", date: Fixtures.day("2026-09-25")))
        try record(.assignLetter(id: "lr-1", program: "pg-3", date: Fixtures.day("2026-09-25")))
        return journal
    }

    static func saved(_ journal: Journal) throws -> (TemporaryFolder, String) {
        let folder = TemporaryFolder()
        let path = folder.file("p.json")
        let (store, _) = try PathwayStore.open(path: path, lock: true)
        try store.save(journal)
        return (folder, path)
    }

    @Test func theFirstReadsHoldWhatTheWholeListGives() throws {
        let journal = try Self.season()
        let (_, path) = try Self.saved(journal)
        let (_, glanced) = try PathwayStore.open(path: path, lock: false, allPrograms: false)
        let (_, whole) = try PathwayStore.open(path: path, lock: false)
        #expect(!glanced.pathway.hasAllPrograms)
        #expect(glanced.pathway.programs.count < journal.pathway.programs.count)
        #expect(whole.pathway == journal.pathway)
        let (partial, full) = (glanced.pathway, whole.pathway)
        #expect(partial.programCount == full.programCount)
        #expect(partial.seasonSummary == full.seasonSummary)
        #expect(partial.letterWarnings == full.letterWarnings)
        for (id, field) in Pathway.derivedFields + Pathway.letterDerivedFields {
            #expect(partial.detail(id, field) == full.detail(id, field), "\(id) \(field)")
        }
        for text in ["2026-09-21", "2026-11-20", "2026-11-23", "2026-12-10", "2027-02-18", "2027-06-08"] {
            let today = Fixtures.day(text)
            #expect(Plan(pathway: partial, today: today) == Plan(pathway: full, today: today), "\(today)")
            #expect(PathwayAudit.findings(in: partial, today: today) == PathwayAudit.findings(in: full, today: today))
        }
        // A milestone change gives the same verdict either way.
        for change in [
            Change.mark(.match, .registered), .mark(.eras, .submitted), .detail(.eras, field: "programs", value: "3"),
            .note(.step1, text: "x"),
        ] {
            #expect(
                "\(PathwayMachine.evaluate(change, in: partial, today: Fixtures.today))"
                    == "\(PathwayMachine.evaluate(change, in: full, today: Fixtures.today))",
                "\(change)")
        }
    }

    @Test func aProgramChangeAppendsALineAndLeavesTheProgramsFileUntilItFallsBehind() throws {
        var journal = try Self.season(programs: 300)
        let (folder, path) = try Self.saved(journal)
        let programsPath = folder.file("p.programs.json")
        let first = try #require(FileManager.default.contents(atPath: programsPath))
        let (store, opened) = try PathwayStore.open(path: path, lock: true)
        journal = opened
        var rewrites = 0
        var previous = first
        for round in 0..<120 {
            let id = "pg-\(10 + round)"
            let status: ProgramStatus = round % 2 == 0 ? .invited : .withdrawn
            guard case .success = journal.record(.markProgram(id: id, status: status, date: nil), clock: Self.clock)
            else {
                Issue.record("refused \(id)")
                return
            }
            try store.save(journal)
            journal.forgetWritten(by: store)
            let now = try #require(FileManager.default.contents(atPath: programsPath))
            if now != previous { rewrites += 1 }
            previous = now
            // Whatever the file's age, a full read gives what the journal holds.
            if round % 30 == 29 {
                #expect(try PathwayStore.open(path: path, lock: false).1.pathway == journal.pathway)
            }
        }
        // The list (about 100 KiB) is rewritten once the lines after it pass half its size, not
        // at every change.
        #expect(rewrites > 0)
        #expect(rewrites < 20)
        #expect(try PathwayStore.open(path: path, lock: false).1.pathway == journal.pathway)
        #expect(HistoryAudit.firstProblem(in: try PathwayStore.open(path: path, lock: false).1) == nil)
    }

    @Test func theGlanceCountedOnReadingTheWholeListIsWhatTheNextSavesWrite() throws {
        let (_, path) = try Self.saved(try Self.season())
        let (store, opened) = try PathwayStore.open(path: path, lock: true, allPrograms: false)
        var journal = opened
        try store.readAllPrograms(&journal)
        // A milestone change, then a program change, then a milestone change again: each save
        // writes the glance and the programs in play of the whole list as it then stands.
        for change in [
            Change.note(.step1, text: "Prometric"), .markProgram(id: "pg-9", status: .invited, date: nil),
            .note(.step1, text: "Prometric, Dubai"),
        ] {
            guard case .success = journal.record(change, clock: Self.clock) else {
                Issue.record("refused \(change)")
                return
            }
            try store.save(journal)
            journal.forgetWritten(by: store)
            let (checker, whole) = try PathwayStore.open(path: path, lock: false)
            #expect(checker.programListProblems == [], "after \(change)")
            let (_, glanced) = try PathwayStore.open(path: path, lock: false, allPrograms: false)
            let pathway = journal.pathway
            #expect(
                glanced.pathway.programGlance
                    == ProgramGlance(programs: pathway.programs, rankOrder: pathway.rankOrder, letters: pathway.letters)
            )
            #expect(glanced.pathway.programs == ProgramGlance.inPlay(pathway.programs, rankOrder: pathway.rankOrder))
            #expect(whole.pathway == pathway)
        }
    }

    @Test func aMissingProgramsFileIsRebuiltFromTheHistory() throws {
        let journal = try Self.season()
        let (folder, path) = try Self.saved(journal)
        try FileManager.default.removeItem(atPath: folder.file("p.programs.json"))
        let (store, read) = try PathwayStore.open(path: path, lock: true)
        #expect(read.pathway == journal.pathway)
        #expect(store.programsRebuilt)
        #expect(store.notices.contains { $0.contains("rebuilt from") })
    }

    @Test func aDamagedProgramsFileIsRefusedNamingItAndNeverOverwritten() throws {
        let journal = try Self.season()
        let (folder, path) = try Self.saved(journal)
        let programsPath = folder.file("p.programs.json")
        let good = try #require(FileManager.default.contents(atPath: programsPath))
        let text = String(decoding: good, as: UTF8.self)
        let damaged = [
            String(text.prefix(text.count / 2)),
            text.replacingOccurrences(of: "\"log\" : \"\(journal.head.log)\"", with: "\"log\" : \"0000000000000000\""),
            text.replacingOccurrences(of: "\"id\" : \"pg-2\"", with: "\"id\" : \"pg-1\""),
            text.replacingOccurrences(of: "\"schemaVersion\" : 3", with: "\"schemaVersion\" : 9"),
            text.replacingOccurrences(
                of: "\"name\" : \"Program 1 Medical Center\"", with: "\"name\" : \"x\", \"rank\" : 1"),
        ]
        for bad in damaged {
            #expect(bad != text)
            FileManager.default.createFile(atPath: programsPath, contents: Data(bad.utf8))
            do {
                _ = try PathwayStore.open(path: path, lock: true)
                Issue.record("read a damaged programs file: \(bad.prefix(80))")
            } catch {
                #expect(error.description.contains(programsPath), "\(error)")
            }
            // The first screen and `status` still read the snapshot.
            #expect(try PathwayStore.open(path: path, lock: false, allPrograms: false).1.pathway.programCount == 40)
            #expect(FileManager.default.contents(atPath: programsPath) == Data(bad.utf8))
        }
    }

    @Test func aSchema2FileIsReadAndItsFirstSaveKeepsTheOriginal() throws {
        var journal = try Self.season()
        let folder = TemporaryFolder()
        let path = folder.file("p.json")
        // A schema 2 snapshot with its history, as imgpath wrote them before.
        FileManager.default.createFile(
            atPath: folder.file("p.history.jsonl"), contents: Data(journal.pending.flatMap(\.bytes)))
        let original = Fixtures.snapshot(journal)
        FileManager.default.createFile(atPath: path, contents: Data(original))
        let (store, read) = try PathwayStore.open(path: path, lock: true)
        #expect(read.pathway == journal.pathway)
        #expect(store.layoutOnDisk == .inline)
        journal = read
        _ = journal.record(.note(.step1, text: "converted"), clock: Self.clock)
        try store.save(journal)
        #expect(FileManager.default.contents(atPath: path + ".v2.bak") == Data(original))
        #expect(FileManager.default.fileExists(atPath: folder.file("p.programs.json")))
        let (again, reopened) = try PathwayStore.open(path: path, lock: false)
        #expect(again.layoutOnDisk == .separate(file: "p.programs.json"))
        #expect(reopened.pathway == journal.pathway)
    }
}
