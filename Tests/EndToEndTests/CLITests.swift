import Foundation
import Testing

/// The command-line contract, run against the real binary.
@Suite struct CLITests {
    struct Milestone: Decodable {
        let id: String
        let status: String
        let done: Bool
    }

    struct Status: Decodable {
        let milestones: [Milestone]
    }

    func status(_ h: Harness) throws -> Status {
        let run = try h.run(["status", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        return try JSONDecoder().decode(Status.self, from: Data(run.stdout.utf8))
    }

    @Test func statusJSONListsTheEightMilestonesInOrder() throws {
        let h = Harness()
        let report = try status(h)
        #expect(
            report.milestones.map(\.id) == [
                "step1", "step2ck", "ecfmg", "eras", "match", "residency", "step3", "license",
            ])
        #expect(report.milestones.allSatisfy { $0.status == "notStarted" && !$0.done })
        #expect(h.fileBytes() == nil, "reading must not create the file")
    }

    @Test func markRecordsPastResultsAndUndoRevertsThem() throws {
        let h = Harness()
        let first = try h.run(["mark", "step1", "passed", "--date", "2023-05-02"])
        #expect(first.status == 0, "\(first.stderr)")
        let second = try h.run(["mark", "step2ck", "passed", "--date", "2024-08-10", "--score", "251"])
        #expect(second.status == 0, "\(second.stderr)")
        var report = try status(h)
        #expect(report.milestones[0].status == "passed" && report.milestones[0].done)
        #expect(report.milestones[1].status == "passed")
        let undo = try h.run(["undo"])
        #expect(undo.status == 0)
        report = try status(h)
        #expect(report.milestones[1].status == "notStarted")
        #expect(try h.run(["redo"]).status == 0)
        #expect(try status(h).milestones[1].status == "passed")
    }

    @Test func aRefusedMoveExitsNonZeroNamesTheReasonAndLeavesTheFile() throws {
        let h = Harness()
        try h.run(["mark", "step1", "passed", "--date", "2023-05-02"])
        let before = h.fileBytes()
        let refused = try h.run(["mark", "ecfmg", "certified"])
        #expect(refused.status == 1)
        #expect(refused.stderr == "Refused: ECFMG certification needs Step 2 CK passed\n")
        #expect(h.fileBytes() == before)
    }

    @Test func anUnreadableFileIsNeverOverwritten() throws {
        let h = Harness()
        h.write("{\"schemaVersion\": 1, \"history\": [")
        let before = h.fileBytes()
        for arguments in [["status"], ["mark", "step1", "registered"], ["undo"], ["check"]] {
            let run = try h.run(arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.contains(h.file))
            #expect(run.stderr.contains("line 1"))
        }
        #expect(h.fileBytes() == before)
        h.write("{\"schemaVersion\": 4}")
        let newer = try h.run(["mark", "step1", "registered"])
        #expect(newer.status == 2)
        #expect(newer.stderr.contains("newer imgpath"))
    }

    @Test func usageMistakesAreNamed() throws {
        let h = Harness()
        let badDate = try h.run(["mark", "step1", "passed", "--date", "2023-02-30"])
        #expect(badDate.status == 64)
        #expect(badDate.stderr.contains("2023-02-30"))
        let badStatus = try h.run(["mark", "ecfmg", "passed"])
        #expect(badStatus.status == 64)
        #expect(badStatus.stderr.contains("its statuses are notStarted, inProgress, certified"))
        let badMilestone = try h.run(["mark", "step4", "passed"])
        #expect(badMilestone.status == 64)
        // A field or a checklist item the milestone does not have, as a program's field.
        let badField = try h.run(["set", "step1", "bogus", "x"])
        #expect(badField.status == 64)
        #expect(badField.stderr.contains("its fields are eligibilityStart, eligibilityEnd, usmleId"))
        #expect(try h.run(["tick", "ecfmg", "bogus"]).status == 64)
        // A negative number is read as an option; the refusal says how to give it as a value.
        let negative = try h.run(["letter", "limit", "-1"])
        #expect(negative.status == 64)
        #expect(negative.stderr.contains("put -- before it, as in `-- -1`"))
        let untitled = try h.run(["deadline", "add", "step1", "-1", "--date", "2027-01-01"])
        #expect(untitled.status == 64)
        #expect(untitled.stderr.contains("put -- before it, as in `-- -1`"))
        // A mistake found once the command runs gives that command's usage, not imgpath's.
        let last = try h.run(["history", "--last", "-2"])
        #expect(last.status == 64)
        #expect(last.stderr.contains("--last takes a number of changes, 0 or more"))
        #expect(last.stderr.contains("Usage: imgpath history"))
        #expect(!last.stderr.contains("put -- before it"), "-2 after --last is its value")
        let unknown = try h.run(["mark", "step1", "passed", "--soon"])
        #expect(unknown.status == 64)
        #expect(!unknown.stderr.contains("put -- before it"), "only numbers get the hint")
        #expect(h.fileBytes() == nil)
    }

    @Test func theEnvironmentVariableAndTheXDGFolderPickTheFile() throws {
        let h = Harness()
        let chosen = h.folder + "/chosen.json"
        #expect(
            try h.run(["mark", "step1", "registered"], useFile: false, environment: ["IMGPATH_FILE": chosen]).status
                == 0)
        #expect(FileManager.default.fileExists(atPath: chosen))
        #expect(try h.run(["mark", "step1", "registered"], useFile: false).status == 0)
        #expect(FileManager.default.fileExists(atPath: h.folder + "/data/imgpath/pathway.json"))
    }

    @Test func aSecondWriterIsTurnedAwayWhileTheFirstHoldsTheLock() throws {
        let h = Harness()
        try h.run(["mark", "step1", "registered"])
        // Hold the lock from another process, as a running imgpath would.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = ["-n", h.file + ".lock", "sh", "-c", "echo locked; exec sleep 30"]
        let ready = Pipe()
        holder.standardOutput = ready
        try holder.run()
        defer { holder.terminate() }
        // The holder says so once flock has the lock: no guessing how long that takes.
        let said = String(decoding: ready.fileHandleForReading.availableData, as: UTF8.self)
        #expect(said.hasPrefix("locked"))
        let before = h.fileBytes()
        let historyBefore = FileManager.default.contents(atPath: String(h.file.dropLast(5)) + ".history.jsonl")
        let second = try h.run(["mark", "step1", "scheduled", "--date", "2027-01-10"])
        #expect(second.status == 3)
        #expect(second.stderr.contains("in use by another imgpath"))
        #expect(h.fileBytes() == before)
        #expect(FileManager.default.contents(atPath: String(h.file.dropLast(5)) + ".history.jsonl") == historyBefore)
    }

    @Test func rulesPrintsTheTableTheMachineUses() throws {
        let run = try Harness().run(["rules"], useFile: false)
        #expect(run.status == 0)
        #expect(run.stdout.contains("ECFMG certification (ecfmg)"))
        #expect(run.stdout.contains("refused unless Step 2 CK passed"))
        let json = try Harness().run(["rules", "--json"], useFile: false)
        #expect(json.stdout.contains("\"severity\" : \"block\""))
    }

    @Test func profileAndHistory() throws {
        let h = Harness()
        #expect(try h.run(["profile", "set", "visaTrack", "j1"]).status == 0)
        #expect(try h.run(["profile", "set", "visaTrack", "o1"]).status == 1)
        #expect(try h.run(["profile"]).stdout.contains("J-1"))
        let history = try h.run(["history"])
        #expect(history.stdout.contains("Profile: Visa track set to J-1 (sponsored by ECFMG)"))
        #expect(try h.run(["profile", "set", "visaTrack", "H-1B"]).status == 0)
    }
}
