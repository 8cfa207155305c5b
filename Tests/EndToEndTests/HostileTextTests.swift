import Foundation
import Testing

/// Text that would take over a terminal if printed raw (a window-title OSC, a screen clear, BEL,
/// CR, BS, DEL, a C1 CSI, bidi overrides and isolates) fed through every command and export.
/// Whatever comes out, on standard output or standard error, must carry none of it raw.
@Suite struct HostileTextTests {
    /// NUL cannot travel in an argument; the view-level test and `TerminalTextTests` cover it.
    static let hostile =
        "A\u{1B}]0;pwned\u{07}B\u{1B}[2J\r\u{08}\u{7F}\u{9B}31m\u{85}\u{202E}evil\u{2066}x\u{2069}\u{200F}"

    /// The scalars a terminal acts on; an output may hold LF (and CRLF where its format ends
    /// lines so) and tabs, nothing else below U+0020.
    static func rawControls(in text: String, allowCRLF: Bool = false) -> [String] {
        var found: [String] = []
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let value = scalar.value
            if scalar == "\n" || scalar == "\t" { continue }
            if scalar == "\r", allowCRLF, index + 1 < scalars.count, scalars[index + 1] == "\n" { continue }
            let isControl =
                value < 0x20 || value == 0x7F || (0x80..<0xA0).contains(value) || value == 0x200E || value == 0x200F
                || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            if isControl { found.append("U+" + String(value, radix: 16, uppercase: true) + " at \(index)") }
        }
        return found
    }

    func expectSafe(
        _ run: Harness.Run, _ what: String, allowCRLF: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let out = Self.rawControls(in: run.stdout, allowCRLF: allowCRLF)
        let err = Self.rawControls(in: run.stderr)
        #expect(out.isEmpty, "\(what): raw controls on stdout: \(out)", sourceLocation: sourceLocation)
        #expect(err.isEmpty, "\(what): raw controls on stderr: \(err)", sourceLocation: sourceLocation)
    }

    /// A file holding the hostile text in every free-text place: notes, a field, the profile,
    /// a deadline's title and note, and a mark's note. Each saving command's output is checked.
    func hostileFile() throws -> Harness {
        let h = Harness()
        let hostile = Self.hostile
        let changes: [[String]] = [
            ["note", "step1", hostile],
            ["set", "residency", "program", "P\n- Status: completed (done)" + hostile],
            ["profile", "set", "name", hostile],
            ["profile", "set", "medicalSchool", hostile],
            ["deadline", "add", "eras", hostile, "--date", "2026-12-01", "--note", hostile],
            ["deadline", "add", "match", "late " + hostile, "--date", "2026-11-01"],
            ["mark", "step1", "registered", "--note", hostile],
        ]
        for arguments in changes {
            let run = try h.run(arguments)
            #expect(run.status == 0, "\(arguments.prefix(2)): \(run.stderr)")
            expectSafe(run, arguments.prefix(2).joined(separator: " "))
        }
        return h
    }

    @Test func everyCommandShowsControlsVisibly() throws {
        let h = try hostileFile()
        let readers: [[String]] = [
            ["history"], ["agenda"], ["next"], ["deadline", "list"], ["profile"], ["status"], ["rules"], ["check"],
            ["calendar"], ["themes"], ["undo"], ["redo"],
        ]
        for arguments in readers {
            let run = try h.run(arguments)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            expectSafe(run, arguments.joined(separator: " "))
        }
        let history = try h.run(["history"])
        // Shown, not dropped: the reader can see that something odd was typed.
        let shown = "A^[]0;pwned^GB^[[2J⏎^H^?\\u{9b}31m\\u{85}\\u{202e}evil\\u{2066}x\\u{2069}\\u{200f}"
        #expect(history.stdout.contains(shown))
        #expect(try h.run(["next"]).stdout.contains("late A^[]0;pwned"))
    }

    @Test func errorsThatEchoWhatWasTypedShowControlsVisibly() throws {
        let h = try hostileFile()
        let hostile = Self.hostile
        let mistakes: [([String], Int32)] = [
            (["mark", "step1", hostile], 64),
            (["mark", hostile, "passed"], 64),
            (["tick", "ecfmg", hostile], 64),
            (["deadline", "edit", hostile, "--done"], 1),
            (["deadline", "add", "eras", "x", "--date", hostile], 64),
            (["calendar", "set", hostile, "2027-01-01"], 64),
            (["status", "--" + hostile], 64),
            ([hostile], 64),
            (["help", hostile], 64),
        ]
        for (arguments, status) in mistakes {
            let run = try h.run(arguments)
            #expect(run.status == status, "\(arguments.first ?? ""): \(run.stderr)")
            #expect(!run.stderr.isEmpty)
            expectSafe(run, arguments.first ?? "")
        }
        // Paths are echoed too: a folder whose name holds the text, given as the file's folder.
        let folder = h.folder + "/" + hostile.replacingOccurrences(of: "/", with: "")
        let missing = try h.run(["mark", "step1", "registered", "--file", folder + "/pathway.json"], useFile: false)
        #expect(missing.status == 3)
        #expect(missing.stderr.contains("does not exist"))
        expectSafe(missing, "missing folder")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for arguments in [["status"], ["check"], ["history"], ["mark", "step1", "registered"]] {
            let run = try h.run(arguments + ["--file", folder + "/pathway.json"], useFile: false)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            expectSafe(run, "path: \(arguments)")
        }
        let asFolder = try h.run(["status", "--file", folder], useFile: false)
        #expect(asFolder.status == 2)
        expectSafe(asFolder, "folder as file")
    }

    @Test func exportsAndJSONCarryNoRawControls() throws {
        let h = try hostileFile()
        for format in ["markdown", "csv", "ics", "json"] {
            let run = try h.run(["export", "--format", format])
            #expect(run.status == 0)
            expectSafe(run, "export \(format)", allowCRLF: format == "csv" || format == "ics")
        }
        for arguments in [
            ["status", "--json"], ["history", "--json"], ["profile", "--json"], ["deadline", "list", "--json"],
            ["agenda", "--json"], ["next", "--json"], ["calendar", "--json"],
        ] {
            let run = try h.run(arguments)
            #expect(run.status == 0)
            expectSafe(run, arguments.joined(separator: " "))
            // Still JSON, and the text reads back whole.
            #expect((try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8))) != nil, "\(arguments)")
        }
        let history = try h.run(["history", "--json"]).stdout
        #expect(history.contains("\\u007f\\u009b31m\\u0085\\u202eevil\\u2066x\\u2069\\u200f"))
        let decoded = try JSONSerialization.jsonObject(with: Data(try h.run(["profile", "--json"]).stdout.utf8))
        #expect((decoded as? [String: Any])?["name"] as? String == Self.hostile)

        // Markdown: the forged line stays inside its list item.
        let markdown = try h.run(["export", "--format", "markdown"]).stdout
        #expect(!markdown.contains("\n- Status: completed (done)"))
        #expect(markdown.contains("  - Program: P - Status: completed (done)"))
        #expect(markdown.split(separator: "\n").filter { $0.hasPrefix("- Status:") }.count == 8)
    }

    @Test func aReaderThatLeavesEndsTheCommandQuietly() throws {
        let h = Harness()
        // More than a pipe holds (64 KiB), so the writer is still writing when the reader leaves.
        let long = String(repeating: "long note ", count: 10_000)
        try h.run(["note", "step1", long])
        try h.run(["deadline", "add", "eras", "letters", "--date", "2027-01-01", "--note", long])
        for command in ["deadline list", "export --format csv", "export --format markdown"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = [
                "-c", "\"$0\" \(command) --file \"$1\" | head -c 1 >/dev/null; echo ${PIPESTATUS[0]}", Harness.binary,
                h.file,
            ]
            let out = Pipe()
            let err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let status = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(status == "0\n", "\(command)")
            #expect(message.isEmpty, "\(command): \(message)")
        }
    }
}
