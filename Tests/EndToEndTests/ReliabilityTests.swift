import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Trying hard to break it: full disks, unwritable places, signals and key storms.
@Suite(.serialized) struct ReliabilityTests {
    typealias Tmux = ScreenTests.Tmux

    func temporaryFiles(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.contains(".tmp-") }
    }

    @Test func aFullDiskFailsTheSaveAndKeepsTheOldFile() throws {
        let h = Harness()
        try h.run(["note", "step1", String(repeating: "n", count: 3000)])
        let before = h.fileBytes()
        let history = String(h.file.dropLast(5)) + ".history.jsonl"
        let historyBefore = FileManager.default.contents(atPath: history)
        let limited = Process()
        limited.executableURL = URL(fileURLWithPath: "/bin/bash")
        // A 4 KiB file size limit stands in for a full disk: the new version cannot be written.
        limited.arguments = [
            "-c", "ulimit -f 4; exec \"$0\" note step1 \"$1\" --file \"$2\"", Harness.binary,
            String(repeating: "m", count: 6000), h.file,
        ]
        let err = Pipe()
        limited.standardError = err
        limited.standardOutput = FileHandle.nullDevice
        try limited.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        limited.waitUntilExit()
        #expect(limited.terminationStatus == 3)
        #expect(message.contains("File too large"))
        #expect(h.fileBytes() == before)
        #expect(temporaryFiles(in: h.folder).isEmpty)
        // The history line did not fit either: cut back, the pair still opens and undoes.
        #expect(FileManager.default.contents(atPath: history) == historyBefore)
        #expect(try h.run(["check"]).status == 0)
        #expect(try h.run(["undo"]).status == 0)
    }

    @Test func aReadOnlyFileSystemStillReadsAndRefusesChanges() throws {
        let h = Harness()
        try h.run(["mark", "step1", "registered"])
        let mount = h.folder + "/ro"
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        // A private mount namespace: a tmpfs holding a copy of the files, remounted read-only.
        let script = """
            mount -t tmpfs none "$1" || exit 77
            cp "$2" "$1/p.json" && cp "$3" "$1/p.history.jsonl" && mount -o remount,ro "$1" || exit 77
            "$0" status --file "$1/p.json" >/dev/null; echo "status=$?"
            "$0" mark step1 scheduled --date 2027-01-10 --file "$1/p.json" 2>&1; echo "mark=$?"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = [
            "-m", "/bin/sh", "-c", script, Harness.binary, mount, h.file, String(h.file.dropLast(5)) + ".history.jsonl",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus != 77, !text.isEmpty else { return }  // no mount namespaces here
        #expect(text.contains("status=0"))
        #expect(text.contains("mark=3"))
        #expect(text.contains("read-only"))
    }

    @Test func anUnwritablePlaceIsNamed() throws {
        let h = Harness()
        let place = "/proc/imgpath-cannot-be-here/pathway.json"
        let run = try h.run(["mark", "step1", "registered", "--file", place], useFile: false)
        #expect(run.status == 3)
        #expect(run.stderr.contains("/proc/imgpath-cannot-be-here"))
        #expect(run.stderr.contains("does not exist"))
    }

    @Test(
        .enabled(if: ScreenTests.tmuxTestsEnabled),
        arguments: [("TERM", 143), ("HUP", 129), ("INT", 130), ("QUIT", 143)])
    func signalsRestoreTheTerminalAndLoseNoSavedChange(_ signal: String, _ status: Int) throws {
        let t = try Tmux(width: 80, height: 24) { try $0.run(["mark", "step1", "registered"]) }
        try t.waitFor("Pathway")
        try t.send("a")
        try t.waitFor("on (YYYY-MM-DD)")
        try t.type("2027-02-03")
        try t.send("Enter")
        try t.waitFor("Saved: Step 1: scheduled on 2027-02-03")
        let pid = try t.tmux(["display-message", "-p", "-t", t.session, "#{pane_pid}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
        // The pane runs a shell; imgpath is its child.
        let child =
            try String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)
            .split(separator: " ").first.map(String.init) ?? ""
        #expect(!child.isEmpty)
        _ = system("kill -\(signal) \(child)")
        // At once: QUIT must not wait in the runtime's backtracer with the lock held.
        try t.waitFor("EXITED=\(status)", timeout: 3)
        #expect(try t.tmux(["display-message", "-p", "-t", t.session, "#{alternate_on}"]).hasPrefix("0"))
        let check = try t.harness.run(["status", "--json"])
        #expect(check.stdout.contains("\"status\" : \"scheduled\""))
    }

    /// Closing the window (the tmux server goes, and with it the pane's terminal) while the shell
    /// ignores SIGHUP: reads fail, and imgpath must take that as the end instead of spinning on
    /// them with the lock held.
    @Test(.enabled(if: ScreenTests.tmuxTestsEnabled)) func closingTheTerminalEndsItEvenWithHangUpIgnored() throws {
        let t = try Tmux(width: 80, height: 24, shell: "trap '' HUP;") { try $0.run(["mark", "step1", "registered"]) }
        try t.waitFor("Pathway")
        let pid = try t.tmux(["display-message", "-p", "-t", t.session, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let child =
            try String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)
            .split(separator: " ").first.map(String.init) ?? ""
        try #require(!child.isEmpty)
        #expect(try t.harness.run(["note", "step1", "busy"]).status == 3)
        try t.tmux(["kill-server"], output: false)
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, FileManager.default.fileExists(atPath: "/proc/\(child)") {
            Thread.sleep(forTimeInterval: 0.05)
        }
        let stat = (try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8)) ?? ""
        #expect(!FileManager.default.fileExists(atPath: "/proc/\(child)"), "still running: \(stat)")
        // It ended itself (the shell, HUP ignored, lived to record how), and the lock is free.
        let status = try? String(contentsOfFile: t.harness.folder + "/exit-status", encoding: .utf8)
        #expect(status == "4\n")
        #expect(try t.harness.run(["note", "step1", "free"]).status == 0)
        if !stat.isEmpty { _ = system("kill -KILL \(child)") }
    }

    @Test(.enabled(if: ScreenTests.tmuxTestsEnabled)) func aKeyStormWithResizesLeavesItRunningAndTheFileValid() throws {
        let t = try Tmux(width: 80, height: 24) { try $0.run(["mark", "step1", "registered"]) }
        try t.waitFor("Pathway")
        var generator = SystemRandomNumberGenerator()
        // Everything but the keys that quit (q, Ctrl-C); the rest, in every screen and overlay.
        let keys = [
            "j", "k", "g", "G", "Tab", "BTab", "Enter", "Escape", "a", "s", "e", "x", "Space", "u", "C-r",
            "p", "H", "t", "R", "?", "Up", "Down", "Left", "Right", "PageUp", "PageDown", "Home", "End", "BSpace",
            "DC", "F1", "1", "2", "-", "é", "内", "z",
        ]
        let sizes = [(80, 24), (60, 18), (30, 10), (120, 40), (100, 30), (59, 17)]
        for round in 0..<30 {
            var batch: [String] = []
            for _ in 0..<100 { batch.append(keys.randomElement(using: &generator) ?? "j") }
            try t.tmux(["send-keys", "-t", t.session] + batch, output: false)
            let (w, h) = sizes[round % sizes.count]
            try t.tmux(["resize-window", "-t", t.session, "-x", "\(w)", "-y", "\(h)"], output: false)
            Thread.sleep(forTimeInterval: 0.05)
            let screen = try t.screen()
            #expect(!screen.contains("EXITED="), "imgpath stopped in round \(round):\n\(screen)")
        }
        try t.tmux(["resize-window", "-t", t.session, "-x", "80", "-y", "24"], output: false)
        // The program may still be working through the storm; keep asking it to quit (Esc first,
        // in case an editor would take q as text) until it does.
        let deadline = Date().addingTimeInterval(90)
        while Date() < deadline, !(try t.screen()).contains("EXITED=") {
            try t.send("Escape", "Escape", "q")
            Thread.sleep(forTimeInterval: 1)
        }
        try t.waitFor("EXITED=0")
        #expect(try t.harness.run(["check"]).status == 0)
    }

    @Test(.enabled(if: ScreenTests.tmuxTestsEnabled)) func aFileEditedWhileTheScreenIsOpenIsNotOverwritten() throws {
        let t = try Tmux(width: 80, height: 24) { try $0.run(["mark", "step1", "registered"]) }
        try t.waitFor("Pathway")
        // Another program (a sync tool, an editor) rewrites the file.
        let edited = (String(decoding: t.harness.fileBytes() ?? Data(), as: UTF8.self)) + "\n"
        t.harness.write(edited)
        try t.send("a")
        try t.waitFor("on (YYYY-MM-DD)")
        try t.send("Enter")
        let screen = try t.waitFor("NOT SAVED")
        #expect(screen.contains("Not saved: the file was changed by another program"))
        #expect(t.harness.fileBytes() == Data(edited.utf8))
        // R takes the file as it now is; the unsaved change is dropped, nothing is overwritten.
        try t.send("R")
        try t.waitFor("Reloaded from disk")
        try t.send("q")
        try t.waitFor("EXITED=0")
        #expect(t.harness.fileBytes() == Data(edited.utf8))
    }
}
