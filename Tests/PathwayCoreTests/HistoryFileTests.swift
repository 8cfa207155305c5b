import Testing

@testable import PathwayCore

#if canImport(Glibc)
    import Glibc
#endif

/// The snapshot and history pair: migration from files the previous release wrote, crashes
/// between the two writes, and every kind of damaged history.
@Suite struct HistoryFileTests {
    /// A file written by the release before the history file existed.
    static func releaseFile(_ name: String) -> [UInt8] {
        let folder = String(#filePath.prefix(upTo: #filePath.lastIndex(of: "/") ?? #filePath.endIndex))
        guard let file = try? ReadOnlyFile.openIfPresent(folder + "/Fixtures/" + name) else { return [] }
        defer { file.close() }
        return (try? file.readAll(limit: 1 << 24)) ?? []
    }

    static func legacy(_ bytes: [UInt8]) throws -> (history: [HistoryEntry], redo: [HistoryEntry]) {
        guard case .legacy(let history, let redo) = try PathwayDocument.decode(bytes, path: "v1.json") else {
            throw StoreError.invalid(path: "v1.json", location: "", reason: "not a schema 1 file")
        }
        return (history, redo)
    }

    static func saved(_ changes: [Change], in folder: TemporaryFolder) throws -> (PathwayStore, Journal) {
        let (store, empty) = try PathwayStore.open(path: folder.file("p.json"), lock: true)
        var journal = empty
        for change in changes { _ = try journal.record(change, clock: Fixtures.clock).get() }
        try store.save(journal)
        return (store, journal)
    }

    static let changes: [Change] = [
        .profile(.name, value: "Amara Okafor"),
        .mark(.step1, .passed, date: Fixtures.day("2023-05-02")),
        .tick(.eras, item: "cv", done: true),
        .addDeadline(.eras, "Letter", Fixtures.day("2027-07-15")),
    ]

    func append(_ text: String, to path: String) {
        let descriptor = open(path, O_WRONLY | O_APPEND)
        _ = Array(text.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }

    // MARK: - Migration

    @Test(arguments: ["v1-release.json", "v1-release-redo.json"])
    func aReleaseFileMigratesOnceWithItsHistoryAndUndo(_ name: String) throws {
        let original = Self.releaseFile(name)
        #expect(!original.isEmpty)
        let (history, redo) = try Self.legacy(original)
        let folder = TemporaryFolder()
        folder.write("p.json", original)
        // Reading without the lock converts in memory and leaves the file alone.
        let (reader, peek) = try PathwayStore.open(path: folder.file("p.json"), lock: false)
        #expect(peek.pathway == Journal.replay(history))
        #expect(folder.read("p.json") == original)
        #expect(folder.read("p.history.jsonl") == nil)
        #expect(reader.migratedOriginal == nil)

        let (store, journal) = try PathwayStore.open(path: folder.file("p.json"), lock: true)
        #expect(store.migratedOriginal == folder.file("p.json.v1.bak"))
        #expect(folder.read("p.json.v1.bak") == original)
        #expect(journal.pathway == Journal.replay(history))
        #expect(journal.canRedo == !redo.isEmpty)
        store.unlock()

        // Opened again: already converted, nothing new is written.
        let (again, reopened) = try PathwayStore.open(path: folder.file("p.json"), lock: true)
        #expect(again.migratedOriginal == nil)
        #expect(reopened.pathway == journal.pathway)
        var walking = reopened
        if let next = redo.last {
            _ = try walking.redo().get()
            #expect(walking.pathway == Journal.replay(history + [next]))
            _ = try walking.undo().get()
        }
        // Undo reaches back through every old change to the empty pathway, across a restart.
        for count in stride(from: history.count, to: 0, by: -1) {
            #expect(walking.pathway == Journal.replay(Array(history.prefix(count))))
            _ = try walking.undo().get()
            if count == history.count / 2 {
                try again.save(walking)
                again.unlock()
                walking = try PathwayStore.open(path: folder.file("p.json"), lock: true).1
            }
        }
        #expect(walking.pathway == Pathway())
        #expect(walking.undo() == .failure(.nothingToUndo))
    }

    @Test func aNewerSchemaIsStillRefused() {
        let folder = TemporaryFolder()
        folder.write("p.json", Array("{\"schemaVersion\": 4}".utf8))
        #expect(throws: StoreError.newerSchema(path: folder.file("p.json"), found: 4, supported: 3)) {
            _ = try PathwayStore.open(path: folder.file("p.json"), lock: true)
        }
    }

    // MARK: - Crashes between the two writes

    @Test func aCrashAfterTheAppendRollsTheChangeForward() throws {
        let folder = TemporaryFolder()
        let (store, journal) = try Self.saved(Self.changes, in: folder)
        let snapshot = folder.read("p.json")
        var changed = journal
        _ = try changed.record(.note(.step1, text: "after"), clock: Fixtures.clock).get()
        // A process killed here takes nothing back.
        store.takesBackOnFailure = false
        store.beforeRename = { () throws(StoreError) in throw .io(path: "p.json", operation: "test", reason: "killed") }
        #expect(throws: StoreError.self) { try store.save(changed) }
        #expect(folder.read("p.json") == snapshot)
        store.unlock()
        let (_, reopened) = try PathwayStore.open(path: folder.file("p.json"), lock: true)
        #expect(reopened.pathway == changed.pathway)
        var undone = reopened
        _ = try undone.undo().get()
        #expect(undone.pathway == journal.pathway)
    }

    @Test func undoAndRedoSurviveRestarts() throws {
        let folder = TemporaryFolder()
        let (store, journal) = try Self.saved(Self.changes, in: folder)
        store.unlock()
        for step in 0..<3 {
            let (store, opened) = try PathwayStore.open(path: folder.file("p.json"), lock: true)
            var next = opened
            _ = try next.undo().get()
            try store.save(next)
            // Let go of the lock now rather than whenever the store is released.
            store.unlock()
            #expect(
                next.pathway
                    == Journal.replay(
                        Self.changes.dropLast(step + 1).map { HistoryEntry(at: Fixtures.noon, change: $0) }))
        }
        let (last, opened) = try PathwayStore.open(path: folder.file("p.json"), lock: true)
        var redone = opened
        for _ in 0..<3 { _ = try redone.redo().get() }
        try last.save(redone)
        #expect(redone.pathway == journal.pathway)
        #expect(redone.redo() == .failure(.nothingToRedo))
    }

    // MARK: - Damaged history

    @Test func aTornLastLineIsIgnoredThenCutOff() throws {
        let folder = TemporaryFolder()
        let (store, journal) = try Self.saved(Self.changes, in: folder)
        store.unlock()
        append("{\"seq\":5,\"at\":\"2026-", to: folder.file("p.history.jsonl"))
        let (torn, opened) = try PathwayStore.open(path: folder.file("p.json"), lock: true)
        #expect(opened.pathway == journal.pathway)
        #expect(torn.warnings.count == 1)
        #expect(torn.warnings.first?.contains("p.history.jsonl") == true)
        var next = opened
        _ = try next.record(.note(.step1, text: "x"), clock: Fixtures.clock).get()
        try torn.save(next)
        torn.unlock()
        let (clean, reopened) = try PathwayStore.open(path: folder.file("p.json"), lock: true)
        #expect(clean.warnings.isEmpty)
        #expect(reopened.pathway == next.pathway)
        #expect(folder.read("p.history.jsonl")?.last == 0x0A)
    }

    func openError(_ folder: TemporaryFolder) -> StoreError? {
        do {
            _ = try PathwayStore.open(path: folder.file("p.json"), lock: false)
            return nil
        } catch {
            return error
        }
    }

    /// The newest line with its text changed.
    func lastLine(_ folder: TemporaryFolder) -> String {
        let text = String(decoding: folder.read("p.history.jsonl") ?? [], as: UTF8.self)
        return String(text.split(separator: "\n").last ?? "")
    }

    @Test func aSequenceGapOrALineFromTheFutureIsReported() throws {
        let folder = TemporaryFolder()
        _ = try Self.saved(Self.changes, in: folder)
        append(
            lastLine(folder).replacingOccurrences("\"seq\":4", "\"seq\":9") + "\n", to: folder.file("p.history.jsonl"))
        guard case .history(let path, let location, let reason)? = openError(folder) else {
            Issue.record("a gap was accepted")
            return
        }
        #expect(path == folder.file("p.history.jsonl"))
        #expect(location.contains("byte"))
        #expect(reason.contains("sequence number 9"))
    }

    @Test func aHistoryOfAnotherPathwayIsReported() throws {
        let folder = TemporaryFolder()
        let (_, journal) = try Self.saved(Self.changes, in: folder)
        let other = TemporaryFolder()
        _ = try Self.saved(Self.changes, in: other)
        folder.write("p.history.jsonl", other.read("p.history.jsonl") ?? [])
        let error = openError(folder)
        #expect(
            error?.description.contains("another pathway") == true, "\(String(describing: error)) \(journal.head.log)")
    }

    @Test func aSnapshotNewerThanItsHistoryIsReported() throws {
        let folder = TemporaryFolder()
        _ = try Self.saved(Self.changes, in: folder)
        let history = folder.read("p.history.jsonl") ?? []
        folder.write("p.history.jsonl", Array(history.prefix(history.count / 2)))
        guard case .history(_, _, let reason)? = openError(folder) else {
            Issue.record("a short history was accepted")
            return
        }
        #expect(reason.contains("newer than this history"))
        try? FileRemoval.remove(folder.file("p.history.jsonl"))
        #expect(openError(folder)?.description.contains("missing") == true)
    }

    @Test func garbageInTheMiddleIsReportedWhereItIsRead() throws {
        let folder = TemporaryFolder()
        let (store, journal) = try Self.saved(Self.changes, in: folder)
        store.unlock()
        var bytes = folder.read("p.history.jsonl") ?? []
        let secondLine = (bytes.firstIndex(of: 0x0A) ?? 0) + 1
        bytes[secondLine + 2] = UInt8(ascii: "#")
        folder.write("p.history.jsonl", bytes)
        // Opening reads only the newest line: the file opens.
        let (_, opened) = try PathwayStore.open(path: folder.file("p.json"), lock: false)
        #expect(opened.pathway == journal.pathway)
        // Reading back to the damage names the file and the line; undo stops there, no crash.
        #expect(throws: StoreError.self) { _ = try opened.newestLines(limit: 10) }
        do {
            _ = try opened.newestLines(limit: 10)
        } catch {
            #expect(error.description.contains("p.history.jsonl: at line 3 from the end"))
        }
        var undoing = opened
        _ = try undoing.undo().get()
        _ = try undoing.undo().get()
        guard case .failure(.historyUnreadable(let reason)) = undoing.undo() else {
            Issue.record("undo read a damaged line")
            return
        }
        #expect(reason.contains("byte"))
    }

    @Test func aHistoryChangedByAnotherProgramIsNotOverwritten() throws {
        let folder = TemporaryFolder()
        let (store, journal) = try Self.saved(Self.changes, in: folder)
        append(
            lastLine(folder).replacingOccurrences("\"seq\":4", "\"seq\":5") + "\n", to: folder.file("p.history.jsonl"))
        let before = folder.read("p.history.jsonl")
        var next = journal
        _ = try next.record(.note(.step1, text: "x"), clock: Fixtures.clock).get()
        #expect(throws: StoreError.changedOnDisk(path: folder.file("p.history.jsonl"))) { try store.save(next) }
        #expect(folder.read("p.history.jsonl") == before)
    }

    @Test func theHistoryShowsNewestFirstWithoutReadingEverything() throws {
        let folder = TemporaryFolder()
        let (store, journal) = try Self.saved(Self.changes, in: folder)
        var next = journal
        _ = try next.undo().get()
        try store.save(next)
        let lines = try next.newestLines(limit: 3)
        #expect(lines.map(\.seq) == [5, 4, 3])
        #expect(lines.map(\.op) == [.undo, .change, .change])
        let reopened = try PathwayStore.open(path: folder.file("p.json"), lock: false).1
        #expect(try reopened.newestLines(limit: 100).map(\.seq) == [5, 4, 3, 2, 1])
    }
}

/// Small string and file helpers for the tests.
extension String {
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

enum FileRemoval {
    static func remove(_ path: String) throws {
        if unlink(path) != 0 { throw StoreError.io(path: path, operation: "remove", reason: "") }
    }
}
