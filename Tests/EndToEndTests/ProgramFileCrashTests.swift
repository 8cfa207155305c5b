import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `kill -9` at every write of a change that touches the programs: the history line, the
/// snapshot, its backup and the programs' own file. Each time the files open as the old or the
/// new version, `check` finds them sound, and the next change saves.
@Suite struct ProgramFileCrashTests {
    static func programCount(_ h: Harness) throws -> Int? {
        let run = try h.run(["program", "list", "--json"])
        guard run.status == 0,
            let list = try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [Any]
        else { return nil }
        return list.count
    }

    @Test func aKillAtAnyWriteOfASeasonChangeLeavesTheOldOrTheNewVersion() throws {
        guard access("/usr/bin/strace", X_OK) == 0 else {
            Issue.record("strace is needed for this test (.ci/run installs it)")
            return
        }
        let base = Harness()
        for name in ["Alpha Medical Center", "Beta Hospital", "Gamma Clinic"] {
            #expect(try base.run(["program", "add", name]).status == 0)
        }
        // An import large enough that its history line passes the point where the programs'
        // file is rewritten: the change writes all four files.
        let sheet = base.folder + "/sheet.csv"
        var text = "Program Name,City,ST\n"
        for number in 1...120 { text += "Internal Medicine Residency \(number),Springfield,IL\n" }
        FileManager.default.createFile(atPath: sheet, contents: Data(text.utf8))
        let names = try FileManager.default.contentsOfDirectory(atPath: base.folder).filter { $0.hasPrefix("pathway.") }
        #expect(names.contains("pathway.programs.json"))
        var killed = 0
        for call in ["pwrite64", "write", "fsync", "rename"] {
            for when in 1...12 {
                let h = Harness()
                for name in names where !name.hasSuffix(".lock") {
                    try FileManager.default.copyItem(atPath: base.folder + "/" + name, toPath: h.folder + "/" + name)
                }
                let run = try Harness.runProgram(
                    "/usr/bin/strace",
                    [
                        "-f", "-o", "/dev/null", "-e", "trace=\(call)", "-e", "inject=\(call):signal=KILL:when=\(when)",
                        Harness.binary, "program", "import", sheet, "--file", h.file,
                    ])
                let finished = run.stdout.contains("Saved") || run.stdout.contains("Imported")
                if !finished { killed += 1 }
                let count = try Self.programCount(h)
                #expect(count == 3 || count == 123, "\(call) #\(when): \(String(describing: count))")
                let check = try h.run(["check"])
                #expect(check.status == 0 || check.status == 1, "\(call) #\(when): \(check.stdout) \(check.stderr)")
                let next = try h.run(["program", "add", "Delta Hospital"])
                #expect(next.status == 0, "\(call) #\(when): \(next.stderr)")
                #expect(try h.run(["check"]).status == 0, "\(call) #\(when)")
                #expect(try Self.programCount(h) == (count ?? 0) + 1, "\(call) #\(when)")
                if finished { break }
            }
        }
        #expect(killed > 8)
    }

    @Test func checkFindsADamagedOrMissingProgramsFileAndStatusStillReads() throws {
        let h = Harness()
        for name in ["Alpha Medical Center", "Beta Hospital"] {
            #expect(try h.run(["program", "add", name]).status == 0)
        }
        let programs = h.folder + "/pathway.programs.json"
        let good = try #require(FileManager.default.contents(atPath: programs))
        #expect(try h.run(["check"]).status == 0)
        // Damaged: named with its place by check (exit 2) and by every command that reads the
        // whole list; status and the plan still read the snapshot; nothing is overwritten.
        let damaged = Data(
            String(decoding: good, as: UTF8.self).replacingOccurrences(of: "Alpha", with: "Alpha\u{1}").utf8)
        let cut = good.prefix(good.count / 2)
        for bad in [damaged, Data(cut)] {
            FileManager.default.createFile(atPath: programs, contents: bad)
            let check = try h.run(["check"])
            #expect(check.status == 2, "\(check.stdout) \(check.stderr)")
            #expect(check.stderr.contains(programs))
            #expect(try h.run(["program", "list"]).status == 2)
            #expect(try h.run(["program", "add", "Gamma"]).status == 2)
            #expect(try h.run(["status"]).status == 0)
            #expect(try h.run(["note", "step1", "still saved"]).status == 0)
            #expect(FileManager.default.contents(atPath: programs) == bad)
        }
        // Missing: rebuilt from the history; check says so (exit 1); the next change writes it.
        try FileManager.default.removeItem(atPath: programs)
        let check = try h.run(["check"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("rebuilt"))
        #expect(try Self.programCount(h) == 2)
        #expect(try h.run(["program", "add", "Gamma Clinic"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: programs))
        #expect(try h.run(["check"]).status == 0)
        #expect(try Self.programCount(h) == 3)
    }
}
