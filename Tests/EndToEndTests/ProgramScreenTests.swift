import Foundation
import Testing

/// The programs screen in the real ncurses program: programs added with the CLI, moved on and
/// filtered with the keyboard, and the saved file read back through `program list --json`.
extension ScreenTests {
    struct ListedProgram: Decodable {
        let id: String
        let name: String
        let status: String
    }

    @Test(.enabled(if: tmuxTestsEnabled)) func programsAreMovedOnAndFilteredWithTheKeyboard() throws {
        let t = try Tmux(width: 80, height: 24, extraEnvironment: "NO_COLOR=1") { h in
            for (name, state, visa) in [
                ("Mercy Hospital Internal Medicine", "NY", "j1"), ("Lakeside Medical Center", "IL", "none"),
                ("Bayview Community Hospital", "CA", "both"),
            ] {
                let run = try h.run(["program", "add", name, "--state", state, "--visa", visa])
                #expect(run.status == 0, "\(run.stderr)")
            }
        }
        try t.waitFor("Pathway")
        try t.send("P")
        let table = try t.waitFor("Programs (3, by order added)")
        // At 80 columns a long name keeps its end, beside its id and city.
        #expect(table.contains("pg-2    Lakesi…Medical Center"), "\(table)")
        // The second program moves on to applied: the day is asked with today filled in (the
        // clock is pinned), and Enter keeps it.
        try t.send("j", "a")
        try t.waitFor("pg-2 applied on (YYYY-MM-DD)")
        try t.send("Enter")
        try t.waitFor("Saved: Program pg-2: applied on 2026-11-26")
        // Filtering as it is typed: only Bayview is in CA.
        try t.send("/")
        try t.waitFor("Filter (text, status: visa: state: spec: fit: soap:)")
        try t.type("bay")
        let filtered = try t.waitFor("Programs (1 of 3")
        #expect(filtered.contains("pg-3    Bayvie…unity Hospital"), "\(filtered)")
        #expect(!filtered.contains("Lakesi"))
        try t.send("Enter")
        try t.waitFor("1 of 3 programs match")
        // The filtered row is selected: a marks it applied too, on a day typed over today's;
        // Esc clears the filter.
        try t.send("a")
        try t.waitFor("pg-3 applied on (YYYY-MM-DD)")
        try t.send("C-u")
        try t.type("2026-11-20")
        try t.send("Enter")
        try t.waitFor("Saved: Program pg-3: applied on 2026-11-20")
        try t.send("Escape")
        try t.waitFor("Filter cleared")
        try t.send("q")
        try t.waitFor("EXITED=0")

        let run = try t.harness.run(["program", "list", "--json"])
        let programs = try JSONDecoder().decode([ListedProgram].self, from: Data(run.stdout.utf8))
        #expect(programs.map(\.id) == ["pg-1", "pg-2", "pg-3"])
        #expect(programs.map(\.status) == ["considering", "applied", "applied"])
    }

    @Test(.enabled(if: tmuxTestsEnabled)) func threeMarkedProgramsTakeADatedStatusWithKeys() throws {
        let t = try Tmux(width: 80, height: 24, extraEnvironment: "NO_COLOR=1") { h in
            for track in ["Internal Medicine", "Pediatrics", "Psychiatry", "Neurology"] {
                let run = try h.run(["program", "add", "Brooklyn Medical Center \(track)", "--city", "Brooklyn"])
                #expect(run.status == 0, "\(run.stderr)")
            }
        }
        try t.waitFor("Pathway")
        try t.send("P")
        try t.waitFor("Programs (4, by order added)")
        // Space marks a row and moves on: the first, second and fourth.
        try t.send("Space", "Space", "j", "Space")
        let marked = try t.waitFor("Programs (4, by order added, 3 marked)")
        #expect(marked.contains("*pg-1"), "\(marked)")
        #expect(marked.contains("*pg-4"), "\(marked)")
        #expect(!marked.contains("*pg-3"), "\(marked)")
        try t.send("a")
        try t.waitFor("3 programs applied on (YYYY-MM-DD): 2026-11-26")
        try t.send("C-u")
        try t.type("2026-10-01")
        try t.send("Enter")
        try t.waitFor("Saved: Programs pg-1, pg-2, pg-4: applied on 2026-10-01")
        try t.send("q")
        try t.waitFor("EXITED=0")
        let run = try t.harness.run(["program", "list", "--json"])
        let programs = try JSONDecoder().decode([ListedProgram].self, from: Data(run.stdout.utf8))
        #expect(programs.map(\.status) == ["applied", "applied", "considering", "applied"])
        // One change: one undo takes all three back.
        try t.harness.run(["undo"])
        let undone = try t.harness.run(["program", "list", "--json"])
        let after = try JSONDecoder().decode([ListedProgram].self, from: Data(undone.stdout.utf8))
        #expect(after.allSatisfy { $0.status == "considering" })
    }

    @Test(.enabled(if: tmuxTestsEnabled)) func theRankOrderListIsReorderedInAWideASCIITerminal() throws {
        let t = try Tmux(width: 120, height: 40, extraEnvironment: "LANG=C LC_ALL=C") { h in
            for name in ["First Choice Hospital", "Second Choice Hospital"] {
                let id = try h.run(["program", "add", name]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
                let run = try h.run(["program", "mark", id, "interviewed", "--date", "2026-11-10"])
                #expect(run.status == 0, "\(run.stderr)")
            }
        }
        try t.waitFor("Pathway")
        try t.send("O")
        try t.waitFor("Rank order list (2, not certified)")
        try t.send("J")
        let moved = try t.waitFor("Saved: Rank order list")
        let first = moved.range(of: "1.   Second Choice Hospital")
        #expect(first != nil, "\(moved)")
        #expect(!moved.contains("─"), "ASCII only without a UTF-8 locale")
        try t.send("q")
        try t.waitFor("EXITED=0")
        let rank = try t.harness.run(["rank", "--json"])
        let ranked = try JSONDecoder().decode([ListedProgram].self, from: Data(rank.stdout.utf8))
        #expect(ranked.map(\.name) == ["Second Choice Hospital", "First Choice Hospital"])
    }
}
