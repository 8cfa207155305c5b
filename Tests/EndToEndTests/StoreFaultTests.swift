import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The store under faults, through the real binary: a refusal means nothing changed, "saved"
/// means saved, and whatever a command writes, every later command reads back.
@Suite(.serialized) struct StoreFaultTests {
    var historyPath: (Harness) -> String = { String($0.file.dropLast(5)) + ".history.jsonl" }

    func history(_ h: Harness) -> Data? { FileManager.default.contents(atPath: historyPath(h)) }

    @Test func aBackupThatCannotBeWrittenRefusesTheChangeAndKeepsNothingOfIt() throws {
        let h = Harness()
        try h.run(["note", "step1", "one"])
        try h.run(["note", "step1", "two"])
        unlink(h.file + ".bak")
        try FileManager.default.createDirectory(atPath: h.file + ".bak/sub", withIntermediateDirectories: true)
        let (snapshot, lines) = (h.fileBytes(), history(h))
        let refused = try h.run(["note", "step1", "THREE"])
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("Nothing was saved"))
        #expect(h.fileBytes() == snapshot)
        #expect(history(h) == lines)
        // The next command sees no trace of the refused change.
        #expect(!(try h.run(["export", "--format", "json"]).stdout.contains("THREE")))
        let undo = try h.run(["undo"])
        #expect(undo.status == 3)
        #expect(h.fileBytes() == snapshot)
        #expect(history(h) == lines)
        #expect(try h.run(["check"]).status == 0)
        #expect(try h.run(["export", "--format", "json"]).stdout.contains("\"two\""))
    }

    @Test func aSnapshotThatDoesNotFitIsRefusedWithItsHistoryLineTakenBack() throws {
        let h = Harness()
        try h.run(["note", "step1", String(repeating: "n", count: 100)])
        let (snapshot, lines) = (h.fileBytes(), history(h))
        let historySize = lines?.count ?? 0
        // A file size limit (512-byte blocks in POSIX, 1024 in bash) with room for the history
        // line but not for the snapshot holding a 6,000-byte note.
        let blocks = (historySize + 7_000) / 1024 + 1
        let limited = try Harness.runProgram(
            "/bin/bash",
            [
                "-c", "ulimit -f \(blocks); exec \"$0\" note step1 \"$1\" --file \"$2\"", Harness.binary,
                String(repeating: "s", count: 6_000), h.file,
            ])
        #expect(limited.status == 3)
        #expect(h.fileBytes() == snapshot)
        #expect(history(h) == lines)
        #expect(!(try h.run(["export", "--format", "json"]).stdout.contains("sss")))
        #expect(try h.run(["check"]).status == 0)
    }

    @Test func aMissingSnapshotIsRebuiltFromItsHistory() throws {
        let h = Harness()
        try h.run(["note", "step1", "first"])
        // As a kill at the first save's rename leaves it: the history line, the lock, no snapshot.
        unlink(h.file)
        unlink(h.file + ".bak")
        let status = try h.run(["status"])
        #expect(status.status == 0)
        #expect(status.stderr.contains("rebuilt from"))
        let check = try h.run(["check"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("holds all of it"))
        #expect(!check.stdout.contains("cp "))
        #expect(h.fileBytes() == nil)
        let next = try h.run(["note", "step1", "second"])
        #expect(next.status == 0)
        #expect(next.stderr.contains("rebuilt it from"))
        #expect(try h.run(["check"]).status == 0)
        #expect(try h.run(["undo"]).status == 0)
        #expect(try h.run(["export", "--format", "json"]).stdout.contains("\"first\""))
    }

    @Test func aKillAtTheFirstSavesRenameLeavesAFileThatOpens() throws {
        guard access("/usr/bin/strace", X_OK) == 0 else {
            Issue.record("strace is needed for this test (.ci/run installs it)")
            return
        }
        let h = Harness()
        try Harness.runProgram(
            "/usr/bin/strace",
            [
                "-f", "-o", "/dev/null", "-e", "trace=rename", "-e", "inject=rename:signal=KILL:when=1",
                Harness.binary, "note", "step1", "first", "--file", h.file,
            ])
        #expect(h.fileBytes() == nil)
        let next = try h.run(["note", "step1", "second"])
        #expect(next.status == 0)
        #expect(try h.run(["check"]).status == 0)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: h.folder)) ?? []
        #expect(!names.contains { $0.contains(".tmp-") })
    }

    @Test func aPathThatIsNotUTF8IsRefusedNotReadAsAnotherFile() throws {
        let h = Harness()
        for command in ["status", "check", "note step1 x"] {
            // The byte 0xFF cannot be passed as a Swift string: printf makes it.
            let shell = try Harness.runProgram(
                "/bin/sh",
                ["-c", "exec \"$0\" \(command) --file \"$(printf '%s/p\\377.json' \"$1\")\"", Harness.binary, h.folder])
            let message = shell.stderr
            #expect(shell.status == 64, "\(command)")
            #expect(message.contains("\\xFF"), "\(command)")
            #expect(message.contains("not UTF-8"), "\(command)")
        }
        #expect((try? FileManager.default.contentsOfDirectory(atPath: h.folder))?.isEmpty ?? true)
    }

    @Test func aWholeSeasonImportedAtOnceUndoesAndRedoes() throws {
        let h = Harness()
        let sheet = h.folder + "/season.csv"
        var text = "Program Name,City,ST,Visa Sponsorship\n"
        for number in 1...3_000 {
            text += "Internal Medicine Program \(number) of a long name,City \(number),NY,both\n"
        }
        FileManager.default.createFile(atPath: sheet, contents: Data(text.utf8))
        let imported = try h.run(["program", "import", sheet])
        #expect(imported.status == 0)
        #expect((history(h)?.count ?? 0) > 1 << 20)
        #expect(try h.run(["undo"]).status == 0)
        #expect(try h.run(["redo"]).status == 0)
        #expect(try h.run(["check"]).status == 0)
        #expect(try h.run(["program", "list", "--json"]).stdout.contains("Program 3000 of"))
    }

    @Test func longTextThatWasSavedIsReadBack() throws {
        let h = Harness()
        let sheet = h.folder + "/one.csv"
        let notes = String(repeating: "x", count: 1 << 20)
        FileManager.default.createFile(
            atPath: sheet, contents: Data("Program Name,ST,Notes\nMercy,NY,\(notes)\n".utf8))
        #expect(try h.run(["program", "import", sheet]).status == 0)
        #expect(try h.run(["status"]).status == 0)
        let field = String(repeating: "y", count: 120_000)
        let added = try h.run([
            "usce", "add", field, "--kind", "handsOn", "--start", "2026-06-01", "--end", "2026-06-28",
            "--specialty", field,
        ])
        #expect(added.status == 0)
        #expect(try h.run(["undo"]).status == 0)
        #expect(try h.run(["check"]).status == 0)
    }

    @Test func aChangeTooLargeToReadBackIsRefusedBeforeAnythingIsWritten() throws {
        let h = Harness()
        try h.run(["note", "step1", "kept"])
        let (snapshot, lines) = (h.fileBytes(), history(h))
        // Under the 16 MiB a sheet may have, but its history line holds the rows twice (the
        // change and what it added): over the 16 MiB a line may have.
        let sheet = h.folder + "/huge.csv"
        var text = "Program Name,ST,Notes\n"
        let notes = String(repeating: "x", count: 60_000)
        for number in 1...150 { text += "P\(number),NY,\(notes)\n" }
        FileManager.default.createFile(atPath: sheet, contents: Data(text.utf8))
        let refused = try h.run(["program", "import", sheet])
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("more than the 16.0 MiB imgpath reads back"))
        #expect(h.fileBytes() == snapshot)
        #expect(history(h) == lines)
    }
}

/// Every number a snapshot holds, set to values imgpath never writes, through the commands that
/// compute with them: each is refused with a message or read, and nothing crashes.
@Suite(.serialized) struct SnapshotNumberTests {
    /// A pathway with a number in every place a snapshot has one.
    static func richFile() throws -> Harness {
        let h = Harness()
        for command in [
            ["profile", "set", "graduationYear", "2018"], ["mark", "step1", "passed", "--date", "2024-01-01"],
            ["mark", "step2ck", "passed", "--date", "2025-01-01", "--score", "240"],
            ["deadline", "add", "eras", "letters", "--date", "2027-01-01"],
            ["program", "add", "Mercy", "--visa", "both"],
            ["program", "set", "pg-1", "fee", "35"], ["program", "set", "pg-1", "minStep2", "220"],
            ["program", "set", "pg-1", "maxYears", "5"], ["letter", "add", "Dr Lee"],
            ["usce", "add", "Mercy", "--kind", "handsOn", "--start", "2026-06-01", "--end", "2026-06-28"],
            ["set", "residency", "lengthYears", "3"], ["set", "eras", "cycle", "2027"],
            ["calendar", "set", "rankOrderListDeadline", "2027-02-24"],
        ] {
            #expect(try h.run(command).status == 0, "\(command)")
        }
        return h
    }

    /// The ranges of every number in a snapshot's text, and of every text in quotes that holds
    /// only digits (a residency length, a year typed as a detail).
    static func numberRanges(in text: String) throws -> [NSRange] {
        let pattern = try NSRegularExpression(pattern: #"" : "?(-?[0-9]+)"?[,\n]"#)
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { $0.range(at: 1) }
    }

    @Test func noNumberOnDiskCrashesACommand() throws {
        let h = try Self.richFile()
        let original = try #require(h.fileBytes())
        let text = String(decoding: original, as: UTF8.self) as NSString
        let ranges = try Self.numberRanges(in: text as String)
        #expect(ranges.count >= 10)
        let commands = [
            ["check"], ["status", "--json"], ["next"], ["agenda"],
            ["deadline", "add", "eras", "x", "--date", "2027-01-02"],
            ["program", "add", "Kind"],
            ["usce", "add", "Lab", "--kind", "research", "--start", "2026-07-01", "--end", "2026-07-02"],
            ["letter", "add", "Dr Roe"], ["export", "--format", "markdown"], ["export", "--format", "ics"],
        ]
        for range in ranges {
            for extreme in [Int.max, Int.min, -1] {
                let changed = text.replacingCharacters(in: range, with: String(extreme))
                for command in commands {
                    FileManager.default.createFile(atPath: h.file, contents: Data(changed.utf8))
                    unlink(h.file + ".bak")
                    let run = try h.run(command)
                    let place = "\(text.substring(with: NSRange(location: max(0, range.location - 30), length: 30)))"
                    #expect(
                        run.status < 128 && !run.stderr.contains("Fatal error"), "\(place) = \(extreme): \(command)")
                }
            }
        }
        FileManager.default.createFile(atPath: h.file, contents: original)
    }
}

/// Text of any size on the screen: drawing reads only what fits, so keys are answered at once.
@Suite(.serialized) struct LongTextScreenTests {
    @Test(.enabled(if: ScreenTests.tmuxTestsEnabled)) func aNoteOfMegabytesWithoutSpacesDrawsAndQuits() throws {
        let t = try ScreenTests.Tmux(width: 80, height: 24) { h in
            try h.run(["note", "step1", "short"])
            let text = String(decoding: h.fileBytes() ?? Data(), as: UTF8.self)
            let long = text.replacingOccurrences(
                of: "\"notes\" : \"short\"", with: "\"notes\" : \"" + String(repeating: "x", count: 3_000_000) + "\"")
            FileManager.default.createFile(atPath: h.file, contents: Data(long.utf8))
            unlink(h.file + ".bak")
        }
        try t.waitFor("Next:", timeout: 20)
        let start = Date()
        try t.send("Tab")
        try t.send("G")
        try t.waitFor("… more, Enter edits", timeout: 20)
        try t.send("q")
        try t.waitFor("EXITED=0", timeout: 20)
        // Not a time asserted to the millisecond: a bound far above a quick answer and far below
        // the seconds a whole-note wrap took.
        #expect(Date().timeIntervalSince(start) < 5)
    }
}

/// A real full disk: a 200 KiB tmpfs in a private mount namespace, filled by changes of random
/// sizes. After every refusal the files hold exactly what the last accepted change left, and
/// after every success the new change.
@Suite(.serialized) struct FullDiskTests {
    @Test func everyRefusalOnAFullDiskLeavesTheLastSavedVersion() throws {
        let h = Harness()
        let mount = h.folder + "/full"
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        // Each change writes a marker; export shows which marker the files hold.
        let script = """
            mount -t tmpfs -o size=200k none "$1" || exit 77
            f="$1/p.json"; saved=none; i=0
            while [ $i -lt 60 ]; do
                i=$((i + 1))
                pad=$(head -c $(( (i * 7919) % 9000 + 500 )) /dev/zero | tr '\\0' 'p')
                "$0" note step1 "marker$i $pad" --file "$f" >/dev/null 2>&1; code=$?
                [ $code -eq 0 ] && saved=marker$i
                shown=$("$0" export --format json --file "$f" 2>/dev/null | grep -o 'marker[0-9]*' | head -n 1)
                "$0" check --file "$f" >/dev/null 2>&1; checked=$?
                echo "change=$i code=$code saved=$saved shown=${shown:-none} check=$checked"
            done
            """
        let process = try Harness.runProgram(
            "/usr/bin/unshare", ["-m", "/bin/sh", "-c", script, Harness.binary, mount])
        let text = process.stdout
        guard process.status != 77, !text.isEmpty else { return }  // no mount namespaces here
        let rows = text.split(separator: "\n").map(String.init)
        #expect(rows.count == 60)
        var refused = 0
        for row in rows {
            let fields = Dictionary(
                uniqueKeysWithValues: row.split(separator: " ").compactMap { pair -> (String, String)? in
                    let parts = pair.split(separator: "=", maxSplits: 1)
                    return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
                })
            #expect(fields["code"] == "0" || fields["code"] == "3", "\(row)")
            if fields["code"] == "3" { refused += 1 }
            #expect(fields["shown"] == fields["saved"], "\(row)")
            #expect(fields["check"] == "0" || fields["saved"] == "none", "\(row)")
        }
        // The disk did fill: some changes were refused, and each left the last saved version.
        #expect(refused > 0)
    }
}
