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
        /// - Parameter shell: shell commands to run before imgpath in the pane (`trap '' HUP`).
        init(
            width: Int, height: Int, extraEnvironment: String = "", arguments: String = "", shell: String = "",
            prepare: (Harness) throws -> Void = { _ in }
        ) throws {
            guard ScreenTests.tmuxPath != nil else { throw TmuxMissing() }
            harness = Harness()
            try prepare(harness)
            socket = harness.folder + "/tmux.sock"
            // The exit status also goes to a file, for tests that take the pane away.
            let command =
                "\(shell) env LANG=C.UTF-8 TERM=xterm-256color IMGPATH_NOW=2026-11-26T12:00:00Z "
                + "XDG_CONFIG_HOME=\(harness.folder)/config \(extraEnvironment) "
                + "\(Harness.binary) --file \(harness.file) \(arguments); code=$?; "
                + "echo $code > \(harness.folder)/exit-status; echo EXITED=$code; sleep 60"
            try tmux(["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", command], output: false)
        }

        deinit { _ = try? tmux(["kill-server"], output: false) }

        /// Runs a tmux command through the shell; with `output`, returns what it printed.
        ///
        /// `system`/`popen` rather than Foundation's Process: the server that new-session starts
        /// inherits the child's descriptors, and Process then waits for it for ever.
        @discardableResult
        func tmux(_ arguments: [String], output: Bool = true) throws -> String {
            let quoted = ([ScreenTests.tmuxPath ?? "tmux", "-S", socket, "-f", "/dev/null"] + arguments).map(Self.quote)
                .joined(separator: " ")
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

    /// Why a screen test could not start: tmux is not installed.
    struct TmuxMissing: Error, CustomStringConvertible {
        var description: String {
            "tmux is not on PATH: install it (`.ci/run` does), or set IMGPATH_SKIP_TMUX_TESTS=1 to skip the screen tests"
        }
    }

    /// tmux wherever PATH finds it.
    static let tmuxPath: String? = executable(named: "tmux")

    /// A program wherever PATH finds it.
    static func executable(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let candidates: [String] = path.split(separator: ":").map { $0 + "/" + name }
        return candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) })
    }

    /// The screen tests run unless skipping them is asked for: without tmux they fail and say
    /// why, so a machine without it never passes them silently.
    static let tmuxTestsEnabled = ProcessInfo.processInfo.environment["IMGPATH_SKIP_TMUX_TESTS"] != "1"

    @Test(.enabled(if: tmuxTestsEnabled)) func recordsProgressWithTheKeyboardAndSavesIt() throws {
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
        // Under the checklist, the plan's first items: the next steps possible now.
        try t.waitFor("Coming up")
        try t.waitFor("now Step 2 CK: registered")
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

        // Two changes: two history lines, and a snapshot that includes both.
        let historyPath = String(t.harness.file.dropLast(5)) + ".history.jsonl"
        let lines = String(decoding: FileManager.default.contents(atPath: historyPath) ?? Data(), as: UTF8.self)
            .split(separator: "\n").compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
        #expect(lines.count == 2)
        let entry = lines.last?["entry"] as? [String: Any]
        #expect(entry?["score"] as? Int == 251)
        #expect(entry?["milestone"] as? String == "step2ck")
        let saved = try JSONSerialization.jsonObject(with: t.harness.fileBytes() ?? Data()) as? [String: Any]
        #expect((saved?["history"] as? [String: Any])?["seq"] as? Int == 2)
    }

    @Test(.enabled(if: tmuxTestsEnabled)) func resizingBelowTheMinimumSaysSoAndRecovers() throws {
        let t = try Tmux(width: 80, height: 24) { try $0.run(["mark", "step1", "registered"]) }
        try t.waitFor("Pathway")
        try t.tmux(["resize-window", "-t", t.session, "-x", "40", "-y", "12"], output: false)
        try t.waitFor("Terminal too small")
        try t.tmux(["resize-window", "-t", t.session, "-x", "120", "-y", "40"], output: false)
        let big = try t.waitFor("Pathway")
        #expect(!big.contains("too small"))
        // Redrawn for the new size: the key bar on the last of the 40 rows, and the details box
        // closing at the 120th column (capture-pane trims trailing blanks, so a line that long
        // was drawn out to the edge).
        let rows = big.split(separator: "\n", omittingEmptySubsequences: false).prefix(40)
        #expect(rows.count == 40)
        #expect(rows.last?.contains("q quit") == true || rows.last?.contains("? help") == true, "\(big)")
        #expect(rows.contains { $0.count == 120 && ($0.hasSuffix("┐") || $0.hasSuffix("│")) }, "\(big)")
        try t.send("q")
        try t.waitFor("EXITED=0")
    }

    @Test(.enabled(if: tmuxTestsEnabled)) func quittingRestoresTheTerminal() throws {
        let t = try Tmux(width: 80, height: 24)
        try t.waitFor("Welcome")
        try t.send("C-c")
        let after = try t.waitFor("EXITED=0")
        // Back on the normal screen: the program's frame is gone from the pane.
        #expect(!after.contains("Welcome to imgpath"))
        #expect(try t.tmux(["display-message", "-p", "-t", t.session, "#{alternate_on}"]).hasPrefix("0"))
    }

    /// The real mouse: a click (as xterm reports it, SGR 1006) on the third program's row selects
    /// it, and Enter opens that one.
    @Test(.enabled(if: tmuxTestsEnabled)) func aClickSelectsAProgramRow() throws {
        let t = try Tmux(width: 80, height: 24) { harness in
            for name in ["Mercy IM", "Lakeside FM", "Bayview Peds"] {
                let added = try harness.run(["program", "add", name])
                #expect(added.status == 0)
            }
        }
        try t.waitFor("quit")
        try t.send("P")
        try t.waitFor("Bayview Peds")
        // Column 11, row 6 (from 1): the third program's row, under the box top and the heading.
        try t.type("\u{1B}[<0;11;6M\u{1B}[<0;11;6m")
        try t.send("Enter")
        try t.waitFor("pg-3 [considering] Bayview Peds")
        try t.send("q")
        try t.waitFor("EXITED=0")
    }

    @Test(.enabled(if: tmuxTestsEnabled)) func aSecondInstanceIsTurnedAway() throws {
        let t = try Tmux(width: 80, height: 24)
        try t.waitFor("Welcome")
        let second = try t.harness.run(["mark", "step1", "registered"])
        #expect(second.status == 3)
        #expect(second.stderr.contains("in use by another imgpath"))
        try t.send("q")
        try t.waitFor("EXITED=0")
    }

    /// The real terminal: a note and a deadline title that would retitle the window and clear
    /// the screen are shown as text, and the window keeps its title.
    @Test(.enabled(if: tmuxTestsEnabled)) func userTextNeverReachesTheTerminalRaw() throws {
        let t = try Tmux(width: 100, height: 30) {
            try $0.run(["note", "step1", "A\u{1B}]0;pwned\u{07}B\u{1B}[2J\u{202E}X"])
            try $0.run(["deadline", "add", "step1", "T\u{1B}]2;pwned2\u{07}\u{202E}Z", "--date", "2026-12-01"])
        }
        try t.waitFor("Pathway")
        try t.send("Tab")
        let details = try t.waitFor("A^[]0;pwned^GB^[[2J\\u{202e}X")
        #expect(details.contains("T^[]2;pwned2^G\\u{202e}Z"))
        try t.send("H")
        try t.waitFor("deadline dl-1 \"T^[]2;pwned2^G")
        let title = try t.tmux(["display-message", "-p", "-t", t.session, "#{pane_title}"])
        #expect(!title.contains("pwned"))
        try t.send("q", "q")
        try t.waitFor("EXITED=0")
    }

    @Test(.enabled(if: tmuxTestsEnabled)) func asciiWithoutAUTF8Locale() throws {
        let t = try Tmux(width: 80, height: 24, extraEnvironment: "LANG=C LC_ALL=C") {
            try $0.run(["mark", "step1", "passed", "--date", "2023-01-02"])
        }
        let screen = try t.waitFor("Pathway")
        #expect(screen.contains("[x] Step 1"))
        #expect(!screen.contains("✔"))
        try t.send("q")
        try t.waitFor("EXITED=0")
    }

    /// Names and notes in Devanagari, CJK and emoji (ZWJ sequences included) leave every
    /// border in its column, and the text is drawn whole (vowel signs, the ⚕ of 👩‍⚕️).
    @Test(.enabled(if: tmuxTestsEnabled)) func unicodeTextKeepsBordersInTheirColumns() throws {
        let name = "राहुल 👩‍⚕️ Dr 🩺 Ali 王王王王"
        let t = try Tmux(width: 80, height: 24) {
            try $0.run(["profile", "set", "name", name])
            try $0.run(["mark", "step1", "passed", "--date", "2023-01-02", "--note", "क्षि प्रिया 李伟 🇮🇳 " + name])
        }
        try t.waitFor("Pathway")
        try t.send("k", "Tab", "G")
        let main = try t.waitFor("क्षि प्रिया")
        try Self.expectBordersInColumns(main, rows: 2..<20, width: 80)
        try t.send("p")
        let profile = try t.waitFor("Medical school")
        // Drawn without the joiner and the emoji variation selector (see `TextWidth`).
        #expect(profile.contains("राहुल 👩⚕ Dr 🩺 Ali 王王王王"))
        try Self.expectBordersInColumns(profile, rows: 2..<20, width: 80)
        // Editing with wide text and leaving with Esc leaves nothing behind.
        try t.send("Escape", "e")
        try t.type("王王 राहुल")
        try t.send("Escape")
        let after = try t.waitFor("Cancelled")
        try Self.expectBordersInColumns(after, rows: 2..<20, width: 80)
        let rows = after.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(
            rows.count > 22 && rows[22].trimmingCharacters(in: .whitespaces) == "Cancelled",
            "nothing typed stays behind")
        try t.send("q")
        try t.waitFor("EXITED=0")
    }

    /// Below the minimum size with the editor open, keys do what the notice says: q quits and
    /// nothing typed reaches the hidden field.
    @Test(.enabled(if: tmuxTestsEnabled)) func tooSmallWithTheEditorOpenQuitsOnQ() throws {
        let t = try Tmux(width: 80, height: 24) { try $0.run(["mark", "step1", "registered"]) }
        try t.waitFor("Pathway")
        try t.send("n")
        try t.waitFor("deadline, what is due")
        try t.tmux(["resize-window", "-t", t.session, "-x", "40", "-y", "12"], output: false)
        try t.waitFor("press q to quit")
        try t.type("xyz")
        try t.send("Enter", "q")
        try t.waitFor("EXITED=0")
        let history = try t.harness.run(["history"])
        #expect(!history.stdout.contains("xyz"))
    }

    /// E edits the notes in $VISUAL: the screen comes back, and what the editor saved is kept.
    @Test(.enabled(if: tmuxTestsEnabled)) func notesEditInTheExternalEditor() throws {
        // An "editor" that writes the note into the file it is given.
        let editor = NSTemporaryDirectory() + "imgpath-editor-\(UUID().uuidString).sh"
        try "#!/bin/sh\nprintf 'from the editor 王\\n' > \"$1\"\n".write(
            toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o700)
        defer { unlink(editor) }
        let t = try Tmux(width: 80, height: 24, extraEnvironment: "VISUAL=\(editor)") {
            try $0.run(["mark", "step1", "registered"])
        }
        try t.waitFor("Pathway")
        try t.send("k", "E")
        try t.waitFor("Saved: Step 1")
        try t.send("Tab", "G")
        try t.waitFor("from the editor 王")
        try t.send("q")
        try t.waitFor("EXITED=0")
    }

    /// Checks that every row in `rows` has its box borders (│) at the same display columns, the
    /// last being the window's last column; columns are counted with the C library's wcwidth,
    /// as tmux lays the text out.
    static func expectBordersInColumns(
        _ screen: String, rows: Range<Int>, width: Int, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var expected: [Int]?
        for row in rows where row < lines.count {
            var column = 0
            var borders: [Int] = []
            var joined = false
            for scalar in lines[row].unicodeScalars {
                if scalar == "│" { borders.append(column) }
                if scalar.value == 0x200D {
                    joined = true
                    continue
                }
                if joined {
                    joined = false
                    continue
                }
                column += max(0, Int(TerminalWidth.wcwidth(Int32(bitPattern: scalar.value))))
            }
            #expect(borders.last == width - 1, "row \(row): \(lines[row])", sourceLocation: sourceLocation)
            if let expected {
                #expect(borders == expected, "row \(row): \(lines[row])", sourceLocation: sourceLocation)
            } else {
                expected = borders
            }
        }
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

/// The C library's wcwidth under a UTF-8 locale, as tmux measures.
enum TerminalWidth {
    private typealias Function = @convention(c) (Int32) -> Int32
    nonisolated(unsafe) private static let function: Function? = dlsym(
        UnsafeMutableRawPointer(bitPattern: 0), "wcwidth"
    )
    .map { unsafeBitCast($0, to: Function.self) }
    nonisolated(unsafe) private static let locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)

    static func wcwidth(_ value: Int32) -> Int32 {
        guard let function, let locale else { return 1 }
        let previous = uselocale(locale)
        defer { uselocale(previous) }
        return function(value)
    }
}
