import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The real ncurses program driven under tmux: keys in, `capture-pane` out, then the saved file.
@Suite(.serialized) struct ScreenTests {
    /// One tmux server per test, on its own socket, so tests never meet a person's tmux.
    final class Tmux {
        let socket: String
        let session = "imgpath"
        let harness: Harness

        /// Starts imgpath in a new tmux server; `prepare` runs first, on the file it will open.
        init(
            width: Int, height: Int, extraEnvironment: String = "", arguments: String = "",
            prepare: (Harness) throws -> Void = { _ in }
        ) throws {
            harness = Harness()
            try prepare(harness)
            socket = harness.folder + "/tmux.sock"
            let command =
                "env LANG=C.UTF-8 TERM=xterm-256color IMGPATH_NOW=2026-11-26T12:00:00Z "
                + "XDG_CONFIG_HOME=\(harness.folder)/config \(extraEnvironment) "
                + "\(Harness.binary) --file \(harness.file) \(arguments); echo EXITED=$?; sleep 60"
            try tmux(["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", command], output: false)
        }

        deinit { _ = try? tmux(["kill-server"], output: false) }

        /// Runs a tmux command through the shell; with `output`, returns what it printed.
        ///
        /// `system`/`popen` rather than Foundation's Process: the server that new-session starts
        /// inherits the child's descriptors, and Process then waits for it for ever.
        @discardableResult
        func tmux(_ arguments: [String], output: Bool = true) throws -> String {
            let quoted = (["tmux", "-S", socket, "-f", "/dev/null"] + arguments).map(Self.quote).joined(separator: " ")
            guard output else {
                _ = system(quoted + " </dev/null >/dev/null 2>&1")
                return ""
            }
            guard let pipe = popen(quoted + " 2>/dev/null", "r") else { return "" }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = fread(&buffer, 1, buffer.count, pipe)
                if count <= 0 { break }
                bytes += buffer[0..<count]
            }
            pclose(pipe)
            return String(decoding: bytes, as: UTF8.self)
        }

        static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

        func send(_ keys: String...) throws {
            for key in keys {
                try tmux(["send-keys", "-t", session, key], output: false)
                Thread.sleep(forTimeInterval: 0.05)
            }
        }

        func type(_ text: String) throws { try tmux(["send-keys", "-t", session, "-l", text], output: false) }

        func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", session]) }

        /// Waits until the screen shows `text` (the program draws asynchronously to the keys).
        @discardableResult
        func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
            let deadline = Date().addingTimeInterval(timeout)
            var last = ""
            while Date() < deadline {
                last = try screen()
                if last.contains(text) { return last }
                Thread.sleep(forTimeInterval: 0.05)
            }
            Issue.record("the screen never showed \"\(text)\"; it shows:\n\(last)")
            return last
        }
    }

    static let tmuxAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")

    @Test(.enabled(if: tmuxAvailable)) func recordsProgressWithTheKeyboardAndSavesIt() throws {
        let t = try Tmux(width: 80, height: 24)
        try t.waitFor("Welcome to imgpath")
        // Onboarding: Step 1 passed on a past date, with no score (after 2022-01-25).
        try t.send("Enter")
        try t.waitFor("on (YYYY-MM-DD)")
        try t.type("2023-05-02")
        try t.send("Enter")
        try t.waitFor("Saved: Step 1: passed on 2023-05-02")
        try t.send("Escape")
        try t.waitFor("Next: USMLE Step 2 CK")
        // The next step is selected; Step 2 CK: pick "passed" from the list, type the date and score.
        try t.send("s")
        try t.waitFor("Set Step 2 CK to")
        try t.send("G", "Enter")
        try t.waitFor("on (YYYY-MM-DD)")
        try t.type("2024-08-10")
        try t.send("Enter")
        try t.waitFor("score (Enter for none)")
        try t.type("251")
        try t.send("Enter")
        try t.waitFor("score 251")
        // ECFMG is blocked until its requirements are ticked; the refusal says why.
        try t.send("j", "s")
        try t.waitFor("Set ECFMG to")
        try t.send("G", "Enter")
        let refused = try t.waitFor("Blocked: ECFMG certification needs")
        #expect(refused.contains("Clinical skills requirement"))
        try t.send("Escape")
        try t.send("q")
        try t.waitFor("EXITED=0")

        let saved = try JSONSerialization.jsonObject(with: t.harness.fileBytes() ?? Data()) as? [String: Any]
        let history = saved?["history"] as? [[String: Any]] ?? []
        #expect(history.count == 2)
        #expect(history.last?["score"] as? Int == 251)
        #expect(history.last?["milestone"] as? String == "step2ck")
    }

    @Test(.enabled(if: tmuxAvailable)) func resizingBelowTheMinimumSaysSoAndRecovers() throws {
        let t = try Tmux(width: 80, height: 24) { try $0.run(["mark", "step1", "registered"]) }
        try t.waitFor("Pathway")
        try t.tmux(["resize-window", "-t", t.session, "-x", "40", "-y", "12"], output: false)
        try t.waitFor("Terminal too small")
        try t.tmux(["resize-window", "-t", t.session, "-x", "120", "-y", "40"], output: false)
        let big = try t.waitFor("Pathway")
        #expect(!big.contains("too small"))
        #expect(big.split(separator: "\n").allSatisfy { $0.count <= 120 })
        try t.send("q")
        try t.waitFor("EXITED=0")
    }

    @Test(.enabled(if: tmuxAvailable)) func quittingRestoresTheTerminal() throws {
        let t = try Tmux(width: 80, height: 24)
        try t.waitFor("Welcome")
        try t.send("C-c")
        let after = try t.waitFor("EXITED=0")
        // Back on the normal screen: the program's frame is gone from the pane.
        #expect(!after.contains("Welcome to imgpath"))
        #expect(try t.tmux(["display-message", "-p", "-t", t.session, "#{alternate_on}"]).hasPrefix("0"))
    }

    @Test(.enabled(if: tmuxAvailable)) func aSecondInstanceIsTurnedAway() throws {
        let t = try Tmux(width: 80, height: 24)
        try t.waitFor("Welcome")
        let second = try t.harness.run(["mark", "step1", "registered"])
        #expect(second.status == 3)
        #expect(second.stderr.contains("in use by another imgpath"))
        try t.send("q")
        try t.waitFor("EXITED=0")
    }

    @Test(.enabled(if: tmuxAvailable)) func asciiWithoutAUTF8Locale() throws {
        let t = try Tmux(width: 80, height: 24, extraEnvironment: "LANG=C LC_ALL=C") {
            try $0.run(["mark", "step1", "passed", "--date", "2023-01-02"])
        }
        let screen = try t.waitFor("Pathway")
        #expect(screen.contains("[x] Step 1"))
        #expect(!screen.contains("✔"))
        try t.send("q")
        try t.waitFor("EXITED=0")
    }

    @Test func refusesWithoutATerminal() throws {
        let h = Harness()
        let piped = try h.run([])
        #expect(piped.status == 4)
        #expect(piped.stderr.contains("needs a terminal"))
        #expect(piped.stderr.contains("imgpath status"))
        #expect(h.fileBytes() == nil)
    }
}
