import Foundation
import Testing

/// `imgpath facts` and the override folder, through the built binary.
@Suite struct FactsCLITests {
    struct Row: Decodable {
        let id: String
        let source: String
        let checked: String
        let kind: String
        let origin: String
        let usedBy: String
    }

    private func writeOverride(_ h: Harness, name: String, _ text: String) throws {
        let folder = h.folder + "/config/imgpath/facts"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(text.utf8))
    }

    @Test func factsListsEveryFactWithSourceCheckedDateKindAndOrigin() throws {
        let h = Harness()
        let run = try h.run(["facts", "--json"])
        #expect(run.status == 0)
        let rows = try JSONDecoder().decode([Row].self, from: Data(run.stdout.utf8))
        #expect(rows.count > 50)
        for row in rows {
            #expect(!row.source.isEmpty && row.checked.count == 10 && row.origin == "built in", "\(row.id)")
            #expect(["published", "secondary", "estimated"].contains(row.kind), "\(row.id)")
        }
        for id in ["nrmp.2027.rankOrderListDeadline", "usmle.attemptLimit", "license.TX.trainingYears"] {
            #expect(rows.contains { $0.id == id }, "\(id)")
        }
        let one = try h.run(["facts", "license.TX.trainingYears"])
        #expect(one.status == 0 && one.stdout.contains("Tex. Occ. Code §155.003"))
        #expect(one.stdout.contains("used by  the license warning"))
        #expect(try h.run(["facts", "no.such.fact"]).status == 64)
    }

    @Test func anOverrideChangesTheCalendarTheRulesAndTheFactsList() throws {
        let h = Harness()
        try writeOverride(
            h, name: "2027.json",
            """
            [
              {"id": "nrmp.2027.matchDay", "value": "2027-03-19", "kind": "published",
               "source": "nrmp.org, 2027 Main Residency Match calendar", "checked": "2026-11-20"},
              {"id": "usmle.attemptLimit", "value": 4, "kind": "published", "source": "usmle.org, old page",
               "checked": "2025-01-02"}
            ]
            """)
        let calendar = try h.run(["calendar", "--cycle", "2027"])
        #expect(calendar.status == 0 && calendar.stderr.isEmpty)
        #expect(calendar.stdout.contains("2027-03-19  in 113 days   Match Day"))
        #expect(calendar.stdout.contains("nrmp.org, checked 2026-11-20"))
        let rules = try h.run(["rules"])
        #expect(rules.stdout.contains("(usmle.org, old page; checked 2025-01-02; may be out of date)"))
        let facts = try h.run(["facts", "nrmp.2027.matchDay"])
        #expect(facts.stdout.contains("published") && facts.stdout.contains("/config/imgpath/facts/2027.json"))
    }

    @Test func aBrokenOverrideStopsFactsWithExit2AndIsAWarningElsewhere() throws {
        let h = Harness()
        try writeOverride(
            h, name: "bad.json",
            """
            [
              {"id": "nrmp.2027.matchDay", "value": 19, "kind": "published", "source": "x", "checked": "2026-11-20"}
            ]
            """)
        let facts = try h.run(["facts"])
        #expect(facts.status == 2)
        #expect(facts.stderr.contains("bad.json, line 2, id nrmp.2027.matchDay: the value must be a date"))
        let calendar = try h.run(["calendar", "--cycle", "2027"])
        #expect(calendar.status == 0)
        #expect(calendar.stderr.components(separatedBy: "warning").count == 2)
        #expect(calendar.stderr.contains("bad.json, line 2, id nrmp.2027.matchDay"))
        #expect(calendar.stdout.contains("not set: estimated 2027-03-19"))
    }
}

/// The screen reads the facts with the person's overrides too.
@Suite(.serialized) struct FactsScreenTests {
    @Test(.enabled(if: ScreenTests.tmuxTestsEnabled)) func anOverrideShowsOnTheScreen() throws {
        let t = try ScreenTests.Tmux(width: 120, height: 40) { h in
            #expect(try h.run(["mark", "step1", "passed", "--date", "2024-03-15"]).status == 0)
            let folder = h.folder + "/config/imgpath/facts"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let text = """
                [{"id": "usmle.attemptLimit", "value": 4, "kind": "published", "source": "usmle.org, OVERRIDDEN",
                  "checked": "2026-11-20"}]
                """
            FileManager.default.createFile(atPath: folder + "/mine.json", contents: Data(text.utf8))
        }
        let screen = try t.waitFor("OVERRIDDEN")
        #expect(screen.contains("Step 2 CK"))
        try t.send("q")
    }
}
