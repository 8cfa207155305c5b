import Foundation
import Testing

/// The season's command-line contract against the real binary: ids on standard output, JSON for
/// scripts, imports that refuse bad rows whole or skip them, exports that import back.
@Suite struct ProgramCLITests {
    struct Listed: Decodable {
        let id: String
        let name: String
        let state: String
        let visa: String
        let status: String
        let fit: [Fit]
        let rank: Int?

        struct Fit: Decodable {
            let kind: String
        }
    }

    func listed(_ h: Harness, _ arguments: [String] = ["program", "list", "--json"]) throws -> [Listed] {
        let run = try h.run(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        return try JSONDecoder().decode([Listed].self, from: Data(run.stdout.utf8))
    }

    @Test func addPrintsOnlyTheNewIdAndListGivesTheContractFields() throws {
        let h = Harness()
        let first = try h.run([
            "program", "add", "Mercy", "Hospital", "--state", "ny", "--city", "Brooklyn", "--visa", "J-1",
        ])
        #expect(first.status == 0)
        #expect(first.stdout == "pg-1\n")
        #expect(try h.run(["program", "add", "St. Luke", "--visa", "none"]).stdout == "pg-2\n")
        let programs = try listed(h)
        #expect(programs.map(\.id) == ["pg-1", "pg-2"])
        #expect(programs[0].name == "Mercy Hospital")
        #expect(programs[0].state == "NY")
        #expect(programs[0].visa == "j1")
        #expect(programs[0].status == "considering")
        #expect(try listed(h, ["program", "list", "--json", "--visa", "none"]).map(\.id) == ["pg-2"])
    }

    @Test func refusalsExitNonZeroAndLeaveTheFileAlone() throws {
        let h = Harness()
        try h.run(["program", "add", "Mercy"])
        let before = h.fileBytes()
        let badState = try h.run(["program", "add", "Other", "--state", "QQ"])
        #expect(badState.status == 64)
        #expect(badState.stderr.contains("QQ"))
        let unknown = try h.run(["program", "mark", "pg-9", "applied"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("pg-9"))
        let backwards = try h.run(["program", "mark", "pg-1", "rejected"])
        #expect(backwards.status == 1)
        let future = try h.run(["program", "mark", "pg-1", "applied", "--date", "2027-01-01"])
        #expect(future.status == 1)
        let duplicate = try h.run(["program", "add", "mercy"])
        #expect(duplicate.status == 1)
        #expect(duplicate.stderr.contains("pg-1"))
        #expect(try h.run(["program", "mark", "pg-1", "appliedd"]).status == 64)
        #expect(h.fileBytes() == before)
    }

    @Test func markingTheStatusAProgramHasWithADayCorrectsTheDay() throws {
        let h = Harness()
        try h.run(["program", "add", "Mercy"])
        try h.run(["program", "mark", "pg-1", "applied"])
        let corrected = try h.run(["program", "mark", "pg-1", "applied", "--date", "2026-09-24"])
        #expect(corrected.status == 0, "\(corrected.stderr)")
        #expect(corrected.stdout.contains("applied on 2026-09-24"))
        let again = try h.run(["program", "mark", "pg-1", "applied", "--date", "2026-09-24"])
        #expect(again.stderr.contains("already applied on 2026-09-24"), "\(again.stderr)")
        // The day is a field too, for any status the program reached.
        let set = try h.run(["program", "set", "pg-1", "appliedOn", "2026-09-20"])
        #expect(set.status == 0, "\(set.stderr)")
        let undo = try h.run(["undo"])
        #expect(undo.status == 0)
        let listed = try h.run(["program", "list", "--json"])
        #expect(listed.stdout.contains("2026-09-24"), "\(listed.stdout)")
    }

    @Test func manyProgramsAreMarkedAndLettersAssignedAsOneChange() throws {
        let h = Harness()
        for name in ["Mercy A", "Mercy B", "Mercy C"] { try h.run(["program", "add", name]) }
        try h.run(["program", "mark", "pg-3", "applied", "--date", "2026-10-05"])
        // One of them refused (an invite before pg-3's application): none changes.
        let before = h.fileBytes()
        let refused = try h.run(["program", "mark", "pg-1", "pg-3", "invited", "--date", "2026-10-01"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Mercy C"), "\(refused.stderr)")
        #expect(h.fileBytes() == before)
        let marked = try h.run(["program", "mark", "pg-1", "pg-2", "applied", "--date", "2026-10-01"])
        #expect(marked.status == 0, "\(marked.stderr)")
        #expect(marked.stdout.contains("Programs pg-1, pg-2: applied on 2026-10-01"))
        try h.run(["letter", "add", "Dr. Lee"])
        let assigned = try h.run(["letter", "assign", "lr-1", "pg-1", "pg-2", "pg-3", "--date", "2026-10-06"])
        #expect(assigned.status == 0, "\(assigned.stderr)")
        #expect(try h.run(["letter", "assign", "lr-1"]).status == 64)
        #expect(try h.run(["program", "mark", "applied"]).status == 64)
        // One undo each takes the whole change back.
        try h.run(["undo"])
        try h.run(["undo"])
        try h.run(["undo"])
        let listed = try listed(h, ["program", "list", "--json"])
        #expect(listed.map(\.status) == ["considering", "considering", "applied"])
    }

    @Test func listTakesTheScreensFilterWords() throws {
        let h = Harness()
        try h.run(["program", "add", "Brooklyn Medical Center", "--state", "NY", "--visa", "both"])
        try h.run(["program", "add", "Brooklyn Hospital", "--state", "NY", "--visa", "j1"])
        try h.run(["program", "add", "Lakeside", "--state", "IL", "--visa", "h1b"])
        try h.run(["program", "mark", "pg-2", "applied"])
        #expect(try listed(h, ["program", "list", "--json", "--filter", "state:NY visa:h1b"]).map(\.id) == ["pg-1"])
        #expect(
            try listed(h, ["program", "list", "--json", "--filter", "brooklyn status:applied"]).map(\.id) == ["pg-2"])
        let bad = try h.run(["program", "list", "--filter", "status:maybe"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("status:maybe is not understood"), "\(bad.stderr)")
    }

    @Test func anInterviewHasItsTimeInItsZoneAndARating() throws {
        let h = Harness()
        try h.run(["program", "add", "Mercy"])
        let bad = try h.run(["program", "mark", "pg-1", "interviewScheduled", "--date", "2026-12-20", "--time", "9h"])
        #expect(bad.status == 64)
        #expect(try h.run(["program", "list", "--json"]).stdout.contains("\"considering\""))
        let marked = try h.run([
            "program", "mark", "pg-1", "interviewScheduled", "--date", "2026-12-20", "--time", "09:30", "--tz",
            "America/New_York",
        ])
        #expect(marked.status == 0, "\(marked.stderr)")
        let ics = try h.run(["export", "--format", "ics"])
        #expect(ics.stdout.contains("DTSTART;TZID=America/New_York:20261220T093000"), "\(ics.stdout)")
        let agenda = try h.run(["agenda", "--days", "60"])
        #expect(agenda.stdout.contains("Interview: Mercy, 09:30 America/New_York"), "\(agenda.stdout)")
        try h.run(["program", "mark", "pg-1", "interviewed", "--date", "2026-11-26"])
        #expect(try h.run(["program", "set", "pg-1", "rating", "4"]).status == 0)
        #expect(try h.run(["program", "set", "pg-1", "interviewFormat", "virtual"]).status == 0)
        #expect(try h.run(["rank"]).stdout.contains("rated 4/5"))
    }

    @Test func fitWarningsComeFromTheProfile() throws {
        let h = Harness()
        try h.run(["profile", "set", "citizenship", "other"])
        try h.run(["profile", "set", "visaTrack", "j1"])
        try h.run(["program", "add", "Mercy", "--visa", "h1b"])
        try h.run(["program", "add", "Kind", "--visa", "both"])
        #expect(try listed(h).map { $0.fit.map(\.kind) } == [["visa"], []])
        // Applying to the one that does not fit says so on standard error, and still applies.
        let applied = try h.run(["program", "mark", "pg-1", "pg-2", "applied"])
        #expect(applied.status == 0)
        #expect(applied.stderr.contains("warning: 1 of the 2 programs may not fit you: pg-1 V"), "\(applied.stderr)")
        try h.run(["profile", "set", "visaTrack", "either"])
        #expect(try listed(h).map { $0.fit.map(\.kind) } == [[], []])
    }

    @Test func anImportWithABadRowImportsNothingUnlessAskedThenUpdatesOnASecondRun() throws {
        let h = Harness()
        let sheet = h.folder + "/programs.csv"
        let text =
            "\u{FEFF}Program Name,City,ST,Visa Sponsorship,Applied\r\n"
            + "\"Mercy, Brooklyn\",Brooklyn,NY,J1,2025-09-24\r\nSt. Luke,Bethlehem,PA,both,\r\nBad,Nowhere,ZZ,,\r\n"
        FileManager.default.createFile(atPath: sheet, contents: Data(text.utf8))
        let refused = try h.run(["program", "import", sheet])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("line 4, column 13"))
        #expect(h.fileBytes() == nil)
        let skipped = try h.run(["program", "import", sheet, "--skip-bad"])
        #expect(skipped.status == 0)
        #expect(skipped.stdout.contains("2 added"))
        #expect(try listed(h).map(\.name) == ["Mercy, Brooklyn", "St. Luke"])
        let again = try h.run(["program", "import", sheet, "--skip-bad"])
        #expect(again.stdout.contains("0 added"))
        #expect(try listed(h).count == 2)
        try h.run(["undo"])
        #expect(try listed(h).isEmpty)
    }

    @Test func anExportImportsBackTheSamePrograms() throws {
        let h = Harness()
        try h.run(["program", "add", "=HYPERLINK(\"x\")", "--state", "TX", "--note", "line one\nline two"])
        try h.run(["program", "add", "-5 Clinic", "--visa", "both"])
        try h.run(["program", "mark", "pg-1", "applied", "--date", "2025-09-24"])
        let sheet = h.folder + "/out.csv"
        #expect(try h.run(["program", "export", "--output", sheet]).status == 0)
        let exported = try #require(FileManager.default.contents(atPath: sheet))
        #expect(String(decoding: exported, as: UTF8.self).contains("'=HYPERLINK"))
        let other = Harness()
        #expect(try other.run(["program", "import", sheet]).status == 0)
        let original = try listed(h)
        let copy = try listed(other)
        #expect(copy.map(\.name) == original.map(\.name))
        #expect(copy.map(\.status) == original.map(\.status))
        #expect(copy.map(\.visa) == original.map(\.visa))
    }

    @Test func theRankOrderListMovesAndCertifies() throws {
        let h = Harness()
        for name in ["A", "B", "C"] { try h.run(["program", "add", name]) }
        for id in ["pg-1", "pg-2", "pg-3"] {
            try h.run(["program", "mark", id, "interviewed", "--date", "2025-11-20"])
        }
        #expect(try h.run(["rank", "move", "pg-3", "1"]).status == 0)
        #expect(try listed(h, ["rank", "--json"]).map(\.id) == ["pg-3", "pg-1", "pg-2"])
        #expect(try listed(h, ["rank", "--json"]).map(\.rank) == [1, 2, 3])
        #expect(try h.run(["rank", "move", "pg-3", "0"]).status == 1)
    }
}
