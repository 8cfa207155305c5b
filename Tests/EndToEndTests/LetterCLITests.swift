import Foundation
import Testing

/// The letters and clinical experience command-line contract against the real binary: ids on
/// standard output, JSON for scripts, refusals that leave the file alone, undo.
@Suite struct LetterCLITests {
    struct Experience: Decodable {
        let id: String
        let kind: String
        let site: String
        let state: String
        let specialty: String
        let start: String
        let end: String
        let weeks: Int
    }

    struct Listed: Decodable {
        let id: String
        let writer: String
        let us: Bool
        let usce: String?
        let received: String?
        let assignments: [String: String]
        let warnings: [String]
    }

    func decoded<T: Decodable>(_ h: Harness, _ arguments: [String], as type: T.Type) throws -> T {
        let run = try h.run(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        return try JSONDecoder().decode(T.self, from: Data(run.stdout.utf8))
    }

    @Test func addPrintsTheNewIdAndListGivesTheContractFields() throws {
        let h = Harness()
        let first = try h.run([
            "usce", "add", "Mercy", "Hospital", "--kind", "handsOn", "--start", "2026-06-01", "--end", "2026-06-28",
            "--state", "ny", "--specialty", "Internal Medicine",
        ])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "ce-1\n")
        let second = try h.run([
            "usce", "add", "Lee Lab", "--kind", "research", "--start", "2027-01-04", "--end", "2027-01-08",
        ])
        #expect(second.stdout == "ce-2\n")
        let entries = try decoded(h, ["usce", "list", "--json"], as: [Experience].self)
        #expect(entries.map(\.id) == ["ce-1", "ce-2"])
        #expect(entries[0].kind == "handsOn")
        #expect(entries[0].state == "NY")
        #expect(entries[0].weeks == 4)
        #expect(entries[1].weeks == 1)
        let text = try h.run(["usce", "list"])
        #expect(text.stdout.contains("handsOn 4"))
        // The research post starts in 2027: planned, not counted in the weeks done.
        #expect(text.stdout.contains("2027-01-04 to 2027-01-08  1 week  planned"))
        #expect(text.stdout.contains("Weeks by kind: handsOn 4; 4 weeks done, 1 planned"))

        let letter = try h.run([
            "letter", "add", "Dr.", "Ana", "Lee", "--us", "--usce", "ce-1", "--requested", "2026-07-01",
        ])
        #expect(letter.status == 0, "\(letter.stderr)")
        #expect(letter.stdout == "lr-1\n")
        #expect(try h.run(["letter", "add", "Dr. Roe"]).stdout == "lr-2\n")
        let letters = try decoded(h, ["letter", "list", "--json"], as: [Listed].self)
        #expect(letters.map(\.id) == ["lr-1", "lr-2"])
        #expect(letters.map(\.writer) == ["Dr. Ana Lee", "Dr. Roe"])
        #expect(letters.map(\.us) == [true, false])
        #expect(letters[0].usce == "ce-1")
    }

    @Test func assignmentsWarnAndTheReceivedTickIsRecorded() throws {
        let h = Harness()
        try h.run(["program", "add", "Mercy IM"])
        try h.run(["letter", "add", "Dr. Lee", "--us", "--requested", "2026-07-01"])
        let early = try h.run(["letter", "assign", "lr-1", "pg-1", "--date", "2026-09-01"])
        #expect(early.status == 0)
        #expect(early.stderr.contains("warning:"))
        var letters = try decoded(h, ["letter", "list", "--json"], as: [Listed].self)
        #expect(letters[0].assignments == ["pg-1": "2026-09-01"])
        #expect(letters[0].warnings.count == 1)
        // `status` shows it beside the milestones, in words and in its JSON.
        let status = try h.run(["status"])
        #expect(status.stdout.contains("Letters: lr-1"), "\(status.stdout)")
        #expect(try h.run(["status", "--json"]).stdout.contains("\"letterWarnings\""))
        #expect(try h.run(["letter", "received", "lr-1", "--date", "2026-08-15"]).status == 0)
        #expect(!(try h.run(["status"]).stdout.contains("Letters:")))
        letters = try decoded(h, ["letter", "list", "--json"], as: [Listed].self)
        #expect(letters[0].received == "2026-08-15")
        #expect(letters[0].warnings.isEmpty)
        #expect(try h.run(["letter", "unassign", "lr-1", "pg-1"]).status == 0)
        #expect(try h.run(["undo"]).status == 0)
        letters = try decoded(h, ["letter", "list", "--json"], as: [Listed].self)
        #expect(letters[0].assignments == ["pg-1": "2026-09-01"])
        #expect(try h.run(["letter", "limit", "6"]).status == 0)
        #expect(try h.run(["letter", "limit"]).stdout.contains("6 letters per program"))
        #expect(try h.run(["status", "--json"]).status == 0)
    }

    @Test func refusalsExitNonZeroAndLeaveTheFileAlone() throws {
        let h = Harness()
        try h.run(["usce", "add", "Mercy", "--kind", "observership", "--start", "2026-06-01", "--end", "2026-06-28"])
        try h.run(["letter", "add", "Dr. Lee", "--usce", "ce-1", "--requested", "2026-07-01"])
        let before = h.fileBytes()
        let backwards = try h.run([
            "usce", "add", "Other", "--kind", "handsOn", "--start", "2026-06-10", "--end", "2026-06-01",
        ])
        #expect(backwards.status == 1)
        #expect(backwards.stderr.contains("before the start"))
        #expect(backwards.stdout.isEmpty)
        let badKind = try h.run([
            "usce", "add", "Other", "--kind", "vacation", "--start", "2026-06-01", "--end", "2026-06-02",
        ])
        #expect(badKind.status == 64)
        #expect(badKind.stderr.contains("vacation"))
        #expect(try h.run(["usce", "set", "ce-1", "colour", "red"]).status == 64)
        #expect(try h.run(["letter", "set", "lr-1", "colour", "red"]).status == 64)
        let editBackwards = try h.run(["usce", "set", "ce-1", "end", "2026-05-01"])
        #expect(editBackwards.status == 1)
        let unknownLetter = try h.run(["letter", "assign", "lr-9", "pg-1"])
        #expect(unknownLetter.status == 1)
        #expect(unknownLetter.stderr.contains("lr-9"))
        let unknownProgram = try h.run(["letter", "assign", "lr-1", "pg-4"])
        #expect(unknownProgram.status == 1)
        #expect(unknownProgram.stderr.contains("pg-4"))
        let early = try h.run(["letter", "received", "lr-1", "--date", "2026-06-30"])
        #expect(early.status == 1)
        let future = try h.run(["letter", "received", "lr-1", "--date", "2026-12-30"])
        #expect(future.status == 1)
        let unknownExperience = try h.run(["letter", "add", "Dr. Roe", "--usce", "ce-5"])
        #expect(unknownExperience.status == 1)
        #expect(unknownExperience.stderr.contains("ce-5"))
        let typed = try h.run(["set", "eras", "letterCount", "3"])
        #expect(typed.status == 1)
        #expect(try h.run(["usce", "remove", "ce-1"]).status == 1)
        #expect(h.fileBytes() == before)
    }

    /// A line break in a name is shown, never printed: one entry cannot fake another line.
    @Test(arguments: [("C.UTF-8", "⏎"), ("C", #"\n"#)])
    func aLineBreakInANameNeverStartsALineOfItsOwn(_ locale: String, _ mark: String) throws {
        let h = Harness()
        let env = ["LC_ALL": locale]
        let fake = "Dr. X\nlr-99  Dr. Fake  US physician  received 2026-08-01"
        #expect(try h.run(["letter", "add", fake, "--us"], environment: env).status == 0)
        try h.run(
            ["usce", "add", "Mercy\nce-99  Fake", "--kind", "handsOn", "--start", "2026-06-01", "--end", "2026-06-28"],
            environment: env)
        try h.run(["program", "add", "Mercy IM\npg-99  Fake"], environment: env)
        try h.run(["letter", "assign", "lr-1", "pg-1"], environment: env)
        for command in [["letter", "list"], ["usce", "list"], ["program", "list"], ["history"]] {
            let run = try h.run(command, environment: env)
            #expect(run.status == 0, "\(command): \(run.stderr)")
            let lines = run.stdout.split(separator: "\n")
            #expect(!lines.contains { $0.hasPrefix("lr-99") || $0.hasPrefix("ce-99") || $0.hasPrefix("pg-99") })
            #expect(!run.stdout.contains("Fake") || run.stdout.contains(mark), "\(command)")
        }
        #expect(try h.run(["letter", "list"], environment: env).stdout.contains("Dr. X\(mark)lr-99  Dr. Fake"))
        #expect(try h.run(["usce", "list"], environment: env).stdout.contains("Mercy\(mark)ce-99  Fake"))
        #expect(try h.run(["program", "list"], environment: env).stdout.contains("Mercy IM\(mark)pg-99  Fake"))
        let saved = try h.run(["letter", "set", "lr-1", "title", "A\nB"], environment: env)
        #expect(saved.stdout.contains("A\(mark)B"))
        let badField = try h.run(["letter", "set", "lr-1", "x\ny", "z"], environment: env)
        #expect(badField.stderr.contains("x\(mark)y"))
    }

    @Test func receivedAgainWithoutADateKeepsTheDay() throws {
        let h = Harness()
        try h.run(["letter", "add", "Dr. Lee", "--requested", "2026-07-01"])
        #expect(try h.run(["letter", "received", "lr-1", "--date", "2026-08-15"]).status == 0)
        let before = h.fileBytes()
        let again = try h.run(["letter", "received", "lr-1"])
        #expect(again.status == 0)
        #expect(
            again.stderr
                == "Nothing changed: lr-1 was received by ERAS on 2026-08-15 (give --date to change the day)\n")
        #expect(h.fileBytes() == before)
        #expect(try h.run(["letter", "received", "lr-1", "--date", "2026-08-20"]).status == 0)
        #expect(try h.run(["letter", "list"]).stdout.contains("received 2026-08-20"))
        #expect(try h.run(["letter", "received", "lr-1", "--not"]).status == 0)
        #expect(try h.run(["letter", "list"]).stdout.contains("not received"))
    }

    @Test func unassigningFromAnUnknownProgramIsRefused() throws {
        let h = Harness()
        try h.run(["program", "add", "Mercy IM"])
        try h.run(["letter", "add", "Dr. Lee"])
        let before = h.fileBytes()
        let unknown = try h.run(["letter", "unassign", "lr-1", "pg-77"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("pg-77"))
        #expect(!unknown.stderr.contains("Nothing changed"))
        #expect(h.fileBytes() == before)
        let known = try h.run(["letter", "unassign", "lr-1", "pg-1"])
        #expect(known.status == 0)
        #expect(known.stderr.contains("Nothing changed"))
    }

    @Test func aLetterAskedForBeforeItsRotationStartsIsWarned() throws {
        let h = Harness()
        try h.run(["usce", "add", "Mercy", "--kind", "handsOn", "--start", "2027-02-01", "--end", "2027-02-28"])
        let added = try h.run(["letter", "add", "Dr. Lee", "--usce", "ce-1", "--requested", "2026-07-01"])
        #expect(added.status == 0)
        #expect(
            added.stderr.contains(
                "warning: lr-1 was requested on 2026-07-01, before its rotation ce-1 starts on 2027-02-01"))
        let list = try h.run(["letter", "list"])
        #expect(
            list.stdout.contains("! lr-1 was requested on 2026-07-01, before its rotation ce-1 starts on 2027-02-01"))
        // Only planned hands-on experience: a program requiring it says none has started.
        try h.run(["program", "add", "Mercy IM"])
        try h.run(["program", "set", "pg-1", "usce", "yes"])
        let programs = try h.run(["program", "list"])
        #expect(programs.stdout.contains("no hands-on experience has started yet"), "\(programs.stdout)")
        let usce = try h.run(["usce", "list"])
        #expect(usce.stdout.contains("Weeks by kind: none started yet; 0 weeks done, 4 planned"))
        struct Entry: Decodable {
            let id: String
            let planned: Bool
        }
        let json = try decoded(h, ["usce", "list", "--json"], as: [Entry].self)
        #expect(json.map(\.id) == ["ce-1"] && json.map(\.planned) == [true])
    }

    @Test func theOwnLimitAndSingularsAreWordedPlainly() throws {
        let h = Harness()
        try h.run(["program", "add", "Mercy IM"])
        for writer in ["Dr. A", "Dr. B", "Dr. C", "Dr. D"] {
            try h.run(["letter", "add", writer, "--requested", "2026-07-01"])
        }
        #expect(try h.run(["letter", "list"]).stdout.contains("4 letters, 0 from US physicians"))
        try h.run(["letter", "limit", "3"])
        for id in ["lr-1", "lr-2", "lr-3"] { try h.run(["letter", "assign", id, "pg-1"]) }
        let fourth = try h.run(["letter", "assign", "lr-4", "pg-1"])
        #expect(
            fourth.stderr.contains(
                "pg-1 (Mercy IM) has 4 letters assigned; over your limit of 3 per program (ERAS allows 4, source aamc.org"
            ))
        try h.run(["letter", "limit", "1"])
        #expect(try h.run(["letter", "limit"]).stdout.hasPrefix("1 letter per program"))
        for id in ["lr-2", "lr-3", "lr-4"] { try h.run(["letter", "remove", id]) }
        #expect(try h.run(["letter", "list"]).stdout.contains("1 letter, 0 from US physicians"))
        #expect(try h.run(["program", "list"]).stdout.contains("1 program: "))
        let help = try h.run(["usce", "add", "--help"], useFile: false)
        for alias in ["clerkship", "elective", "rotation"] { #expect(help.stdout.contains(alias), "\(alias)") }
    }

    @Test func removeAndUndoBringBackTheSameEntries() throws {
        let h = Harness()
        try h.run(["usce", "add", "Mercy", "--kind", "handsOn", "--start", "2026-06-01", "--end", "2026-06-28"])
        try h.run(["letter", "add", "Dr. Lee", "--us"])
        #expect(try h.run(["letter", "remove", "lr-1"]).status == 0)
        #expect(try h.run(["usce", "remove", "ce-1"]).status == 0)
        #expect(try decoded(h, ["usce", "list", "--json"], as: [Experience].self).isEmpty)
        try h.run(["undo"])
        try h.run(["undo"])
        #expect(try decoded(h, ["usce", "list", "--json"], as: [Experience].self).map(\.id) == ["ce-1"])
        #expect(try decoded(h, ["letter", "list", "--json"], as: [Listed].self).map(\.id) == ["lr-1"])
        #expect(try h.run(["letter", "add", "Dr. Roe"]).stdout == "lr-2\n")
    }

    @Test func theReportNamesWritersOnlyWhenAsked() throws {
        let h = Harness()
        try h.run(["letter", "add", "Dr. Ana Lee", "--us", "--specialty", "internal medicine"])
        let report = try h.run(["export", "--format", "markdown"])
        #expect(report.status == 0)
        #expect(report.stdout.contains("Letter lr-1 (US physician, internal medicine)"))
        #expect(!report.stdout.contains("Ana Lee"))
        let named = try h.run(["export", "--format", "markdown", "--names"])
        #expect(named.stdout.contains("Dr. Ana Lee"))
        let rules = try h.run(["rules"])
        #expect(rules.stdout.contains("Letters per program: 4 (aamc.org"))
    }

    @Test func completionsOfferKindsAndTheIdsInTheFile() throws {
        let h = Harness()
        try h.run(["usce", "add", "Mercy", "--kind", "handsOn", "--start", "2026-06-01", "--end", "2026-06-28"])
        try h.run(["letter", "add", "Dr. Lee"])
        try h.run(["program", "add", "Mercy IM"])
        func complete(_ command: [String], _ argument: String, _ words: [String]) throws -> [String] {
            let request = ["---completion"] + command + ["--", argument, String(words.count - 1), "0"] + words
            let run = try h.run(request, useFile: false, environment: ["IMGPATH_FILE": h.file])
            #expect(run.status == 0, "\(run.stderr)")
            return run.stdout.split(separator: "\n").map(String.init)
        }
        #expect(try complete(["letter", "assign"], "positional@0", ["imgpath", "letter", "assign", ""]) == ["lr-1"])
        #expect(
            try complete(["letter", "assign"], "positional@1", ["imgpath", "letter", "assign", "lr-1", ""]) == ["pg-1"])
        #expect(try complete(["usce", "set"], "positional@0", ["imgpath", "usce", "set", ""]) == ["ce-1"])
        let script = try h.run(["--generate-completion-script", "bash"], useFile: false)
        #expect(["observership", "handsOn", "research", "employment"].allSatisfy { script.stdout.contains("'\($0)'") })
    }
}
