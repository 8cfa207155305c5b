import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The pair of files through the command line: migration of a release file, a missing file
/// with its backup, a symlinked file, and two instances writing at once.
@Suite struct StorageCLITests {
    static func fixture(_ name: String) -> Data? {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        return FileManager.default.contents(atPath: folder.path + "/PathwayCoreTests/Fixtures/" + name)
    }

    @Test func aReleaseFileMigratesOnTheFirstChangeAndUndoReachesItsHistory() throws {
        let h = Harness()
        let original = try #require(Self.fixture("v1-release.json"))
        FileManager.default.createFile(atPath: h.file, contents: original)
        let status = try h.run(["status", "--json"])
        #expect(status.status == 0)
        #expect(h.fileBytes() == original)
        // Untouched, check says what is on disk: the first format, with no history file yet.
        let untouched = try h.run(["check"])
        #expect(untouched.stdout.contains("OK (schemaVersion 1, as an older imgpath wrote it"), "\(untouched.stdout)")
        #expect(untouched.stdout.contains("no history file yet"))
        #expect(!untouched.stdout.contains("history.jsonl"))
        #expect(h.fileBytes() == original)
        let undo = try h.run(["undo"])
        #expect(undo.status == 0)
        #expect(undo.stderr.contains("pathway.json.v1.bak"))
        #expect(FileManager.default.contents(atPath: h.file + ".v1.bak") == original)
        let history = try h.run(["history", "--last", "1"])
        #expect(history.stdout.contains("Undone:"))
        #expect(try h.run(["check"]).stdout.contains("schemaVersion 3"))
    }

    @Test func checkSaysWhereTheBackupOfAMissingFileIs() throws {
        let h = Harness()
        try h.run(["mark", "step1", "registered"])
        try h.run(["note", "step1", "x"])
        try FileManager.default.removeItem(atPath: h.file)
        // Without its history the file cannot be rebuilt: only the backup is left.
        try FileManager.default.removeItem(atPath: String(h.file.dropLast(5)) + ".history.jsonl")
        let check = try h.run(["check"])
        #expect(check.stdout.contains(h.file + ".bak"))
        #expect(check.status != 0)
        let backup = FileManager.default.contents(atPath: h.file + ".bak")
        let mark = try h.run(["mark", "step2ck", "registered"])
        #expect(mark.status == 3)
        #expect(mark.stderr.contains(".bak"))
        #expect(FileManager.default.contents(atPath: h.file + ".bak") == backup)
    }

    /// A history line removed by hand: `check` names the line where the sequence skips, not
    /// only that the history is shorter than the snapshot says; nothing is written.
    @Test func checkNamesTheLineWhereTheHistorySkipsAChange() throws {
        let h = Harness()
        for number in 1...7 { try h.run(["note", "step1", "note \(number)"]) }
        let history = String(h.file.dropLast(5)) + ".history.jsonl"
        let text = try String(contentsOfFile: history, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines.remove(at: 4)
        try lines.joined(separator: "\n").write(toFile: history, atomically: false, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: history))
        let check = try h.run(["check"])
        #expect(check.status == 2)
        #expect(check.stderr.contains("line 5 (byte "), "\(check.stderr)")
        #expect(check.stderr.contains("is change 6, where change 5 should come"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: history)) == before)
    }

    @Test func aSymlinkedFileIsWrittenThroughAndStaysALink() throws {
        let h = Harness()
        let synced = h.folder + "/synced"
        try FileManager.default.createDirectory(atPath: synced, withIntermediateDirectories: true)
        let link = h.folder + "/link.json"
        symlink("synced/pathway.json", link)
        #expect(try h.run(["mark", "step1", "registered", "--file", link], useFile: false).status == 0)
        #expect(try h.run(["note", "step1", "via the link", "--file", link], useFile: false).status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: link)
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
        #expect(FileManager.default.fileExists(atPath: synced + "/pathway.history.jsonl"))
        let status = try h.run(["export", "--format", "json", "--file", synced + "/pathway.json"], useFile: false)
        #expect(status.stdout.contains("via the link"))
    }

    @Test func twoInstancesNeverBothSave() throws {
        let h = Harness()
        try h.run(["mark", "step1", "registered"])
        // Many writers at once: each either saves or is turned away; every "Saved" is kept.
        let processes: [(Process, Pipe)] = try (0..<12).map { index in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Harness.binary)
            process.arguments = ["note", "step1", "writer \(index)", "--file", h.file]
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            return (process, out)
        }
        var saved = 0
        for (process, out) in processes {
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            if text.contains("Saved") { saved += 1 }
        }
        let history = try h.run(["history"])
        // One line for the first mark, one per writer that said it saved.
        #expect(history.stdout.split(separator: "\n").filter { $0.contains("notes edited") }.count == saved)
        #expect(try h.run(["check"]).status == 0)
    }
}
