import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `kill -9` at random moments of a save: the pair of files always opens as the old or the new
/// version, and undo still works.
@Suite struct CrashSafetyTests {
    /// Step 1's notes as the program sees them after opening (the snapshot with any newer
    /// history line rolled forward), through the JSON export.
    func notes(_ h: Harness) throws -> String? {
        let run = try h.run(["export", "--format", "json"])
        guard run.status == 0,
            let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any],
            let milestones = object["milestones"] as? [[String: Any]],
            let step1 = milestones.first(where: { $0["id"] as? String == "step1" }),
            let record = step1["record"] as? [String: Any]
        else { return nil }
        return record["notes"] as? String
    }

    func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    @Test func aKilledSaveLeavesTheOldOrTheNewVersionAndUndoWorks() throws {
        let h = Harness()
        try h.run(["note", "step1", "start"])
        let history = String(h.file.dropLast(5)) + ".history.jsonl"
        var generator = SystemRandomNumberGenerator()
        // How long a whole run takes here: kills are spread over its second half, where the
        // save happens (start-up comes first).
        var durations: [Double] = []
        for index in 0..<5 {
            let start = Date()
            try h.run(["note", "step1", "calibrate \(index)"])
            durations.append(Date().timeIntervalSince(start))
        }
        try h.run(["note", "step1", "start"])
        let typical = UInt32((durations.sorted()[2]) * 1_000_000)
        var current = "start"
        // Rounds where the kill landed after the history line was appended, and where it
        // landed between the append and the snapshot's rename (the snapshot is older).
        var killedAfterAppend = 0
        var killedBeforeRename = 0
        for round in 0..<150 {
            let snapshotBefore = h.fileBytes()
            let historyBefore = size(history)
            let text = "round \(round) " + String(repeating: "x", count: 4000)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Harness.binary)
            process.arguments = ["note", "step1", text, "--file", h.file]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: (typical / 3)...(typical + typical / 10), using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let killed = process.terminationReason == .uncaughtSignal
            let appended = size(history) > historyBefore
            if killed && appended { killedAfterAppend += 1 }
            if killed && appended && h.fileBytes() == snapshotBefore { killedBeforeRename += 1 }

            let check = try h.run(["check"])
            #expect(check.status == 0, "round \(round): the files no longer read: \(check.stderr)")
            let seen = try notes(h)
            #expect(seen == current || seen == text, "round \(round): neither the old nor the new version")
            if seen == text {
                // Undo takes the change back, redo brings it again: the pair still works.
                #expect(try h.run(["undo"]).status == 0, "round \(round)")
                #expect(try notes(h) == current, "round \(round): undo did not restore the old notes")
                #expect(try h.run(["redo"]).status == 0, "round \(round)")
                current = text
            }
        }
        // Otherwise the test would pass without ever interrupting a save.
        #expect(killedAfterAppend > 0)
        print("kills after the append: \(killedAfterAppend), of them before the rename: \(killedBeforeRename)")
    }
}
