import Foundation
import Testing

/// Deadlines, the season calendar, the agenda, `next` and exports, run against the real binary.
@Suite struct DeadlineCLITests {
    struct Item: Decodable {
        let type: String
        let id: String
        let milestone: String
        let title: String
        let date: String
        let daysLeft: Int
        let overdue: Bool
        let done: Bool?
        let note: String?
        let estimated: Bool?
    }

    struct Event: Decodable {
        struct DefaultDate: Decodable {
            struct Source: Decodable {
                let kind: String
                let site: String
                let url: String
                let year: Int
            }
            let cycle: Int
            let date: String
            let source: Source
        }
        let id: String
        let date: String?
        let daysLeft: Int?
        let origin: String
        let userSet: Bool
        let sourceText: String
        let defaultDate: DefaultDate?
        let earlierCycle: DefaultDate?
        let estimate: DefaultDate?
    }

    struct Calendar: Decodable {
        let cycle: Int
        let chosen: Bool
        let events: [Event]
    }

    struct Agenda: Decodable {
        let overdue: [Item]
        let upcoming: [Item]
    }

    func decode<T: Decodable>(_ type: T.Type, _ run: Harness.Run) throws -> T {
        #expect(run.status == 0, "\(run.stderr)")
        return try JSONDecoder().decode(type, from: Data(run.stdout.utf8))
    }

    @Test func deadlinesAreAddedEditedListedAndRemoved() throws {
        let h = Harness()
        let add = try h.run([
            "deadline", "add", "eras", "Ask Dr. Rao for a letter", "--date", "2026-12-10", "--note", "Bring the CV",
        ])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.contains("dl-1"))
        #expect(try h.run(["deadline", "add", "step2ck", "Book", "the", "exam", "--date", "2026-11-20"]).status == 0)
        #expect(
            try h.run(["deadline", "edit", "dl-1", "--date", "2026-12-12", "--title", "Letter from Dr. Rao"]).status
                == 0)
        var items = try decode([Item].self, try h.run(["deadline", "list", "--json"]))
        #expect(items.map(\.id) == ["dl-2", "dl-1"])
        #expect(items[0].title == "Book the exam")
        #expect(items[0].overdue && items[0].daysLeft == -6)
        #expect(items[1].daysLeft == 16 && items[1].title == "Letter from Dr. Rao" && items[1].note == "Bring the CV")
        #expect(try h.run(["deadline", "edit", "dl-2", "--done"]).status == 0)
        items = try decode([Item].self, try h.run(["deadline", "list", "--json"]))
        #expect(items[0].done == true && !items[0].overdue)
        #expect(try h.run(["deadline", "remove", "dl-2"]).status == 0)
        #expect(try h.run(["deadline"]).stdout.contains("Letter from Dr. Rao"))
        #expect(try h.run(["undo"]).status == 0)
        #expect(try decode([Item].self, try h.run(["deadline", "list", "--json"])).count == 2)
        let history = try h.run(["history"]).stdout
        #expect(history.contains("Deadline dl-2: done"))
    }

    @Test func refusalsAndMistakesUseTheContractsExitCodes() throws {
        let h = Harness()
        try h.run(["deadline", "add", "eras", "Letter", "--date", "2027-01-10"])
        let before = h.fileBytes()
        let unknown = try h.run(["deadline", "edit", "dl-9", "--title", "x"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "Refused: there is no deadline \"dl-9\"; the deadlines are dl-1\n")
        #expect(try h.run(["deadline", "remove", "dl-9"]).status == 1)
        let empty = try h.run(["deadline", "add", "eras", " ", "--date", "2027-01-10"])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("needs a title"))
        #expect(try h.run(["deadline", "add", "eras", "x", "--date", "1999-01-10"]).status == 1)
        let badDate = try h.run(["deadline", "add", "eras", "x", "--date", "2027-02-30"])
        #expect(badDate.status == 64)
        #expect(badDate.stderr.contains("2027-02-30"))
        #expect(try h.run(["deadline", "add", "step4", "x", "--date", "2027-02-01"]).status == 64)
        #expect(try h.run(["deadline", "edit", "dl-1"]).status == 64)
        #expect(try h.run(["calendar", "set", "matchNight", "2027-03-19"]).status == 64)
        #expect(try h.run(["calendar", "cycle", "soon"]).status == 64)
        #expect(try h.run(["calendar", "cycle", "1850"]).status == 1)
        #expect(try h.run(["calendar", "set", "matchDay", "2029-03-19", "--cycle", "2027"]).status == 1)
        #expect(try h.run(["agenda", "--days", "-1"]).status == 64)
        #expect(h.fileBytes() == before, "refusals leave the file byte for byte")
    }

    @Test func theCalendarShowsSourcesYearsAndThePersonsDates() throws {
        let h = Harness()
        let past = try decode(Calendar.self, try h.run(["calendar", "--cycle", "2026", "--json"]))
        #expect(past.cycle == 2026)
        let matchDay = try #require(past.events.first { $0.id == "matchDay" })
        #expect(matchDay.date == "2026-03-20" && matchDay.origin == "published")
        #expect(matchDay.defaultDate?.source.site == "nrmp.org" && matchDay.defaultDate?.source.year == 2026)
        #expect(matchDay.defaultDate?.source.url.hasPrefix("https://") == true)
        let myeras = try #require(past.events.first { $0.id == "myerasOpens" })
        #expect(myeras.date == "2025-06-04" && myeras.defaultDate?.source.site == "aamc.org")

        // Today is 2026-11-26, so the calendar follows the 2027 Match until one is chosen.
        var current = try decode(Calendar.self, try h.run(["calendar", "--json"]))
        #expect(current.cycle == 2027 && !current.chosen)
        let unset = try #require(current.events.first { $0.id == "rankOrderListDeadline" })
        #expect(unset.date == nil && unset.origin == "notSet")
        #expect(unset.earlierCycle?.cycle == 2026 && unset.earlierCycle?.date == "2026-02-25")
        #expect(unset.sourceText.hasPrefix("not set: estimated 2027-02-24 (23 days before the estimated Match Day"))
        #expect(unset.estimate?.date == "2027-02-24" && unset.estimate?.source.kind == "estimated")

        #expect(try h.run(["calendar", "cycle", "2027"]).status == 0)
        #expect(try h.run(["calendar", "set", "rank-order-list-deadline", "2027-03-03"]).status == 0)
        current = try decode(Calendar.self, try h.run(["calendar", "--json"]))
        #expect(current.chosen)
        let set = try #require(current.events.first { $0.id == "rankOrderListDeadline" })
        #expect(set.date == "2027-03-03" && set.userSet && set.daysLeft == 97)
        let text = try h.run(["calendar"]).stdout
        #expect(text.contains("* 2027-03-03  in 97 days"))
        #expect(text.contains("not set: estimated 2027-03-19"))
        #expect(try h.run(["calendar", "clear", "rankOrderListDeadline"]).status == 0)
        current = try decode(Calendar.self, try h.run(["calendar", "--json"]))
        #expect(current.events.first { $0.id == "rankOrderListDeadline" }?.date == nil)
        // Back to automatic: the calendar follows today's cycle again, not the year chosen.
        try h.run(["calendar", "cycle", "2028"])
        #expect(try decode(Calendar.self, try h.run(["calendar", "--json"])).cycle == 2028)
        let automatic = try h.run(["calendar", "cycle", "auto"])
        #expect(automatic.status == 0)
        #expect(automatic.stdout.contains("now follows the 2027 Match"))
        current = try decode(Calendar.self, try h.run(["calendar", "--json"]))
        #expect(current.cycle == 2027 && !current.chosen)
        #expect(try h.run(["calendar", "cycle", "auto"]).stderr.contains("already automatic"))
        // A Match cycle recorded on ERAS is the same one value.
        try h.run(["set", "eras", "cycle", "2028"])
        #expect(try decode(Calendar.self, try h.run(["calendar", "--json"])).cycle == 2028)
        try h.run(["calendar", "cycle", "auto"])
        #expect(try decode(Calendar.self, try h.run(["calendar", "--json"])).cycle == 2027)
        try h.run(["undo"])
        #expect(try decode(Calendar.self, try h.run(["calendar", "--json"])).cycle == 2028)
    }

    @Test func agendaAndNextMergeDeadlinesAndSeasonDates() throws {
        let h = Harness()
        #expect(try h.run(["next"]).stdout == "Next step: Step 1 registered (imgpath mark step1 registered)\n")
        try h.run(["calendar", "cycle", "2027"])
        try h.run(["calendar", "set", "rankOrderListDeadline", "2027-01-05"])
        try h.run(["deadline", "add", "eras", "Thank-you notes", "--date", "2026-12-01"])
        try h.run(["deadline", "add", "eras", "Late one", "--date", "2026-11-25"])
        var agenda = try decode(Agenda.self, try h.run(["agenda", "--json"]))
        #expect(agenda.overdue.map(\.id) == ["dl-2"])
        // The 2027 cycle's unpublished dates come as estimates, beside the date the person set.
        #expect(agenda.upcoming.map(\.id) == ["nrmpLateFeeDeadline", "dl-1", "rankOrderListDeadline", "rankingOpens"])
        #expect(agenda.upcoming.map(\.daysLeft) == [4, 5, 40, 50])
        #expect(agenda.upcoming.map(\.estimated) == [true, false, false, true])
        agenda = try decode(Agenda.self, try h.run(["agenda", "--days", "10", "--json"]))
        #expect(agenda.upcoming.map(\.id) == ["nrmpLateFeeDeadline", "dl-1"])
        #expect(try h.run(["next"]).stdout == "Overdue (yesterday): Late one (ERAS, 2026-11-25)\n")
        try h.run(["deadline", "edit", "dl-2", "--done"])
        try h.run(["calendar", "set", "nrmpLateFeeDeadline", "2026-12-20"])
        #expect(try h.run(["next"]).stdout == "In 5 days: Thank-you notes (ERAS, 2026-12-01)\n")
        let json = try h.run(["next", "--json"])
        #expect(json.stdout.contains("\"kind\" : \"deadline\""))
        let text = try h.run(["agenda"]).stdout
        #expect(text.contains("2027-01-05  in 40 days"))
    }

    /// Calendar days never shift with the time zone: a deadline's date is the same everywhere, and
    /// the days left are counted from the local calendar day.
    @Test func datesDoNotMoveAcrossTimeZones() throws {
        let h = Harness()
        try h.run(["deadline", "add", "match", "Certify the list", "--date", "2027-03-01"])
        // At 12:00 UTC it is already 2026-11-27 in Kiritimati (UTC+14) and still 2026-11-26 in
        // Pago Pago (UTC-11), Tokyo and Los Angeles.
        let expected = [
            "Pacific/Kiritimati": 94, "Pacific/Pago_Pago": 95, "Asia/Tokyo": 95, "America/Los_Angeles": 95, "UTC": 95,
        ]
        for (zone, days) in expected {
            let items = try decode([Item].self, try h.run(["deadline", "list", "--json"], environment: ["TZ": zone]))
            #expect(items.first?.date == "2027-03-01", "\(zone)")
            #expect(items.first?.daysLeft == days, "\(zone)")
            let ics = try h.run(["export", "--format", "ics"], environment: ["TZ": zone])
            #expect(ics.stdout.contains("DTSTART;VALUE=DATE:20270301\r\n"), "\(zone)")
        }
        // Across the change to summer time in Los Angeles (2027-03-14) the count stays whole days.
        let spring = try h.run(
            ["deadline", "list", "--json"],
            environment: ["TZ": "America/Los_Angeles", "IMGPATH_NOW": "2027-03-15T07:30:00Z"])
        #expect(try decode([Item].self, spring).first?.daysLeft == -14)
    }

    @Test func exportsGoToStandardOutputOrAreWrittenWhole() throws {
        let h = Harness()
        try h.run(["mark", "step1", "passed", "--date", "2023-05-02"])
        try h.run(["deadline", "add", "eras", "Letter, urgent", "--date", "2027-01-10"])
        let markdown = try h.run(["export", "--format", "markdown"])
        #expect(markdown.status == 0)
        for name in [
            "USMLE Step 1", "USMLE Step 2 CK", "ECFMG certification", "ERAS application", "NRMP Match", "Residency",
            "USMLE Step 3", "Medical license",
        ] {
            #expect(markdown.stdout.contains(name), "\(name)")
        }
        let json = try h.run(["export", "--format", "json"])
        // The JSON export is the pathway as one document (schema 2, every program in it): the
        // snapshot's fields as the file holds them.
        #expect(json.stdout.contains("\"schemaVersion\" : 2"))
        let exported = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let file = try #require(h.fileBytes())
        let stored = try #require(try JSONSerialization.jsonObject(with: file) as? [String: Any])
        for key in ["milestones", "deadlines", "profile", "history"] {
            #expect((exported[key] as? NSObject) == (stored[key] as? NSObject), "\(key)")
        }
        #expect((exported["programs"] as? [Any])?.isEmpty == true)
        let csv = try h.run(["export", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("type,id,milestone,date,at,kind,title,note,done,source\r\n"))
        #expect(csv.stdout.contains("deadline,dl-1,eras,2027-01-10,,,\"Letter, urgent\",,false,\r\n"))

        let first = h.folder + "/first.ics"
        let written = try h.run(["export", "--format", "ics", "--output", first])
        #expect(written.status == 0, "\(written.stderr)")
        let second = h.folder + "/second.ics"
        try h.run(
            ["export", "--format", "ics", "--output", second], environment: ["IMGPATH_NOW": "2026-12-24T08:00:00Z"])
        func uids(_ path: String) throws -> [String] {
            try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n").filter {
                $0.hasPrefix("UID:")
            }
        }
        #expect(try uids(first) == uids(second))
        #expect(try uids(first).contains("UID:deadline-dl-1@imgpath"))
    }

    @Test func badOutputPathsExitThreeAndLeaveNothingBehind() throws {
        let h = Harness()
        try h.run(["deadline", "add", "eras", "Letter", "--date", "2027-01-10"])
        let missing = try h.run(["export", "--format", "ics", "--output", h.folder + "/no/such/folder/out.ics"])
        #expect(missing.status == 3)
        #expect(missing.stderr.contains("does not exist"))
        let folder = try h.run(["export", "--format", "csv", "--output", h.folder])
        #expect(folder.status == 3)
        #expect(folder.stderr.contains("is a folder"))
        let before = h.fileBytes()
        let overData = try h.run(["export", "--format", "markdown", "--output", h.file])
        #expect(overData.status == 3)
        #expect(h.fileBytes() == before, "the export never replaces the pathway file")
        // A place the user may not write: a read-only folder (root ignores modes, so use /proc then).
        let locked = h.folder + "/locked"
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: true)
        chmod(locked, 0o500)
        defer { chmod(locked, 0o700) }
        let target = getuid() == 0 ? "/proc/imgpath-export.md" : locked + "/out.md"
        let denied = try h.run(["export", "--format", "markdown", "--output", target])
        #expect(denied.status == 3)
        #expect(denied.stderr.contains(target))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: h.folder).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
        #expect(try h.run(["export", "--format", "pdf"]).status == 64)
    }

    /// No export, of the pathway or of its programs, is written over any of the pathway's own
    /// files, named as they are, by another path to the same place, or through a link: the
    /// history or the programs' file replaced by a table would leave the pathway unreadable.
    @Test func noExportIsWrittenOverThePathwaysOwnFiles() throws {
        let h = Harness()
        try h.run(["program", "add", "Mercy IM", "--state", "NY"])
        try h.run(["note", "step1", "Prometric"])
        let base = h.folder + "/pathway"
        try FileManager.default.createSymbolicLink(
            atPath: h.folder + "/link.jsonl", withDestinationPath: base + ".history.jsonl")
        #expect(link(base + ".programs.json", h.folder + "/hard.json") == 0)
        let own = [
            "pathway.json", "pathway.history.jsonl", "pathway.programs.json", "pathway.json.lock", "pathway.json.bak",
        ]
        func snapshot() -> [Data?] { own.map { FileManager.default.contents(atPath: h.folder + "/" + $0) } }
        let before = snapshot()
        let cases: [(output: String, role: String)] = [
            (h.file, "the pathway file itself"),
            (base + ".history.jsonl", "the pathway's history"),
            (base + ".programs.json", "the pathway's list of programs"),
            (h.file + ".lock", "the pathway's lock file"),
            (h.file + ".bak", "the pathway's backup"),
            (h.folder + "/./../" + (h.folder as NSString).lastPathComponent + "/pathway.history.jsonl", "history"),
            (h.folder + "/link.jsonl", "the pathway's history"),
            (h.folder + "/hard.json", "the pathway's list of programs"),
        ]
        for (output, role) in cases {
            for command in [["export", "--format", "csv"], ["program", "export"]] {
                let run = try h.run(command + ["--output", output])
                #expect(run.status == 3, "\(command) --output \(output)")
                #expect(run.stderr.contains(role) && run.stderr.contains("Choose another output file"), "\(run.stderr)")
            }
        }
        #expect(snapshot() == before, "every file of the pathway is as it was")
        #expect(try h.run(["check"]).status == 0)
        #expect(try h.run(["program", "export", "--output", h.folder + "/programs.csv"]).status == 0)
    }
}
