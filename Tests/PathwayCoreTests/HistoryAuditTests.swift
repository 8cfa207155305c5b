import Foundation
import Testing

@testable import PathwayCore

/// `check` reads every history line: what `history`, `undo` and `redo` would trip on is found
/// there first, with the line named.
@Suite struct HistoryAuditTests {
    /// A history of notes, an undo and a redo, saved; its lines as text.
    static func saved(in folder: TemporaryFolder) throws -> [String] {
        let (store, empty) = try PathwayStore.open(path: folder.file("p.json"), lock: true)
        var journal = empty
        for text in ["one", "two", "six", "ten"] {
            _ = try journal.record(.note(.step1, text: text), clock: Fixtures.clock).get()
        }
        _ = try journal.undo(clock: Fixtures.clock).get()
        _ = try journal.redo(clock: Fixtures.clock).get()
        try store.save(journal)
        store.unlock()
        let text = String(decoding: folder.read("p.history.jsonl") ?? [], as: UTF8.self)
        return text.split(separator: "\n").map(String.init)
    }

    static func audit(_ lines: [String], in folder: TemporaryFolder) throws -> String? {
        folder.write("p.history.jsonl", Array((lines.joined(separator: "\n") + "\n").utf8))
        let (_, journal) = try PathwayStore.open(path: folder.file("p.json"), lock: false)
        return HistoryAudit.firstProblem(in: journal)
    }

    @Test func aSoundHistoryHasNoProblem() throws {
        let folder = TemporaryFolder()
        let lines = try Self.saved(in: folder)
        #expect(try Self.audit(lines, in: folder) == nil)
    }

    @Test func aValueChangedInPlaceIsFoundAtTheLineAfterIt() throws {
        let folder = TemporaryFolder()
        var lines = try Self.saved(in: folder)
        // The same length: only reading every line finds it.
        lines[1] = lines[1].replacingOccurrences(of: #""notes":"two""#, with: #""notes":"tw0""#)
        let problem = try #require(try Self.audit(lines, in: folder))
        #expect(problem.hasPrefix("line 3 "))
        #expect(problem.contains("before the change"))
    }

    @Test func aValueChangedInTheLastLineIsFound() throws {
        let folder = TemporaryFolder()
        var lines = try Self.saved(in: folder)
        let last = lines.count - 1
        let changed = lines[last].replacingOccurrences(of: #""notes":"ten""#, with: #""notes":"tan""#)
        #expect(changed != lines[last])
        lines[last] = changed
        #expect(try Self.audit(lines, in: folder) != nil)
    }

    @Test func twoLinesSwappedAreFound() throws {
        let folder = TemporaryFolder()
        var lines = try Self.saved(in: folder)
        // "six" and "ten" make lines of the same length.
        lines.swapAt(2, 3)
        let problem = try #require(try Self.audit(lines, in: folder))
        #expect(problem.hasPrefix("line 3 "))
        #expect(problem.contains("sequence number"))
    }

    @Test func anUndoPositionThatNamesNoLineIsFound() throws {
        let folder = TemporaryFolder()
        var lines = try Self.saved(in: folder)
        let offset = lines[0].utf8.count + 1
        lines[1] = lines[1].replacingOccurrences(of: #""undo":\#(offset)"#, with: #""undo":\#(offset + 1)"#)
        let problem = try #require(try Self.audit(lines, in: folder))
        #expect(problem.hasPrefix("line 2 "))
        #expect(problem.contains("undo position"))
    }

    @Test func aLineLongerThanTheLimitIsSaidToBeTooLongNotCutOff() throws {
        let folder = TemporaryFolder()
        let lines = try Self.saved(in: folder)
        let long = "{\"x\":\"" + String(repeating: "y", count: HistoryLog.lineLimit + 10) + "\"}"
        folder.write("p.history.jsonl", Array((lines.joined(separator: "\n") + "\n" + long + "\n").utf8))
        do {
            _ = try PathwayStore.open(path: folder.file("p.json"), lock: false)
            Issue.record("a line over the limit was read")
        } catch {
            #expect(error.description.contains("longer than 16.0 MiB"))
            #expect(!error.description.contains("no line end"))
        }
    }

    @Test func manyProgramsMovedAtOnceReplayAndTheirStatusesAreChecked() throws {
        let folder = TemporaryFolder()
        let (store, empty) = try PathwayStore.open(path: folder.file("p.json"), lock: true)
        var journal = empty
        for name in ["Mercy", "Kind", "Lake"] {
            _ = try journal.record(.addProgram(Program(id: "", name: name)), clock: Fixtures.clock).get()
        }
        let ids = journal.pathway.programs.map(\.id)
        _ = try journal.record(.markPrograms(ids: ids, status: .applied, date: nil), clock: Fixtures.clock).get()
        _ = try journal.undo(clock: Fixtures.clock).get()
        _ = try journal.redo(clock: Fixtures.clock).get()
        try store.save(journal)
        store.unlock()
        var lines = String(decoding: folder.read("p.history.jsonl") ?? [], as: UTF8.self).split(separator: "\n")
            .map(String.init)
        #expect(try Self.audit(lines, in: folder) == nil)
        // The move's line says a program had another status before it than the lines before left.
        lines[3] = lines[3].replacingOccurrences(of: #""status":"considering""#, with: #""status":"interviewed""#)
        let problem = try #require(try Self.audit(lines, in: folder))
        #expect(problem.hasPrefix("line 4 "), "\(problem)")
    }
}
