import Testing

@testable import PathwayCore

/// Builders shared by the core tests.
enum Fixtures {
    static let today = CalendarDay(year: 2026, month: 11, day: 26)!
    static let noon = Timestamp(parsing: "2026-11-26T12:00:00Z")!
    static let clock = Clock.fixed(noon)

    static func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }

    /// A pathway in which every prerequisite of every move is met, so that only the table decides.
    static var everythingMet: Pathway {
        var p = Pathway()
        p[.step1].status = .passed
        p[.step1].attempts = [ExamAttempt(date: day("2021-03-01"), result: .passed)]
        p[.step2ck].status = .passed
        p[.step2ck].attempts = [ExamAttempt(date: day("2022-03-01"), result: .passed, score: 250)]
        p[.step3].status = .passed
        p[.step3].attempts = [ExamAttempt(date: day("2025-03-01"), result: .passed, score: 230)]
        p[.ecfmg].status = .certified
        for item in MilestoneCatalog[.ecfmg].items { p[.ecfmg].items[item.id] = true }
        for item in MilestoneCatalog[.eras].items { p[.eras].items[item.id] = true }
        p[.eras].status = .submitted
        p[.match].status = .matched
        p[.residency].status = .completed
        p.profile.citizenship = .usCitizen
        return p
    }

    /// Records changes in order through the machine, failing the test on a refusal.
    static func journal(_ changes: [Change]) throws -> Journal {
        var journal = Journal()
        for change in changes {
            if case .failure(let violation) = journal.record(change, clock: clock) {
                throw violation
            }
        }
        return journal
    }
}

extension Fixtures {
    /// The snapshot bytes of a journal, as one self-contained file (schema 2, every program in it).
    static func snapshot(_ journal: Journal) -> [UInt8] {
        PathwayDocument.encode(
            journal.pathway, head: journal.head, historyFile: "pathway.history.jsonl", programFile: nil)
    }

    /// The snapshot bytes the store writes for a journal (schema 3, the programs in their own file).
    static func storedSnapshot(_ journal: Journal) -> [UInt8] {
        PathwayDocument.encode(
            journal.pathway, head: journal.head, historyFile: "pathway.history.jsonl",
            programFile: "pathway.programs.json")
    }

    /// A journal saved to a fresh folder and opened again.
    static func reopened(_ journal: Journal) throws -> Journal {
        let folder = TemporaryFolder()
        let (store, _) = try PathwayStore.open(path: folder.file("p.json"), lock: false)
        try store.save(journal)
        return try PathwayStore.open(path: folder.file("p.json"), lock: false).1
    }
}

extension PathwayDocument.Decoded {
    /// The journal a decoded file gives, without a history file behind it.
    var journal: Journal {
        switch self {
        case .current(let pathway, let head, _): Journal(pathway: pathway, head: head, log: nil)
        case .legacy(let history, let redo): Journal.migrating(history: history, redo: redo, logID: "test", log: nil)
        }
    }
}

extension Journal {
    /// The changes in effect, oldest first, found by walking the undo pointers (tests only).
    var history: [HistoryEntry] {
        var entries: [HistoryEntry] = []
        var pointer = head.undo
        while let offset = pointer, case .success(let line) = line(at: offset, expecting: .change) {
            entries.append(line.entry)
            pointer = line.undoBelow
        }
        return entries.reversed()
    }

    /// The undone changes, the next to redo last (tests only).
    var redoStack: [HistoryEntry] {
        var entries: [HistoryEntry] = []
        var pointer = head.redo
        while let offset = pointer, case .success(let line) = line(at: offset, expecting: .undo) {
            entries.append(line.entry)
            pointer = line.redoBelow
        }
        return entries.reversed()
    }
}

/// The rules' refusal of `change` in `journal`, or nil when it is accepted; a refusal must leave
/// the journal exactly as it was (the pathway, its place in the history, undo and redo).
func refusal(_ change: Change, in journal: Journal) -> RuleViolation? {
    var copy = journal
    if case .failure(let violation) = copy.record(change, clock: Fixtures.clock) {
        #expect(copy == journal, "a refused change must leave no trace")
        return violation
    }
    return nil
}
