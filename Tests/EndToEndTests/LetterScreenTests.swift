import Foundation
import Testing

/// The letters and experience screens in the real ncurses program: an entry of each added with
/// the keyboard at 80x24 without colour, a letter ticked received and assigned to a program, and
/// the saved file read back through `letter list --json` and `usce list --json`.
extension ScreenTests {
    struct ScreenLetter: Decodable {
        let id: String
        let writer: String
        let received: String?
        let assignments: [String: String]
    }

    struct ScreenExperience: Decodable {
        let id: String
        let kind: String
        let site: String
        let start: String
        let end: String
        let weeks: Int
    }

    @Test(.enabled(if: tmuxTestsEnabled)) func lettersAndExperienceAreAddedWithTheKeyboard() throws {
        let t = try Tmux(width: 80, height: 24, extraEnvironment: "NO_COLOR=1") { h in
            let run = try h.run(["program", "add", "Mercy Hospital Internal Medicine", "--state", "NY"])
            #expect(run.status == 0, "\(run.stderr)")
        }
        try t.waitFor("Pathway")
        // The experience: its kind from the list, then the site and the dates; an end before
        // the start is refused with the reason and the editor stays open.
        try t.send("X")
        try t.waitFor("No US clinical experience yet")
        try t.send("n")
        try t.waitFor("New experience, its kind")
        try t.send("j", "Enter")
        try t.waitFor("New hands-on (externship or elective), its site:")
        try t.type("Mercy Hospital")
        try t.send("Enter")
        try t.waitFor("Start date (YYYY-MM-DD):")
        try t.type("2026-06-01")
        try t.send("Enter")
        try t.waitFor("End date (YYYY-MM-DD):")
        try t.type("2026-05-01")
        try t.send("Enter")
        try t.waitFor("Refused: the end date 2026-05-01 is before the start date 2026-06-01")
        try t.send("C-u")
        try t.type("2026-06-28")
        try t.send("Enter")
        let experience = try t.waitFor("Added ce-1 \"Mercy Hospital\"")
        #expect(experience.contains("US clinical experience (1, 4 weeks)"))
        #expect(experience.contains("Weeks by kind: hands-on 4; 4 in all"))
        // The letter: its writer, ticked received today, assigned to the program from the list.
        try t.send("L")
        try t.waitFor("No letters yet")
        try t.send("n")
        try t.waitFor("New letter, its writer:")
        try t.type("Dr. Ana Lee")
        try t.send("Enter")
        try t.waitFor("Added lr-1 from \"Dr. Ana Lee\"")
        try t.send("a")
        try t.waitFor("lr-1 to programs")
        // The day of the assignment is asked, today filled in: Enter keeps it.
        try t.send("Enter")
        try t.waitFor("lr-1 assigned to pg-1 on (YYYY-MM-DD): 2026-11-26")
        try t.send("Enter")
        try t.waitFor("ERAS has not received it")
        // The list stays open for more programs; Esc closes it.
        try t.send("Escape")
        try t.waitFor("r received")
        try t.send("r")
        try t.waitFor("Received by ERAS on (YYYY-MM-DD, empty: not yet): 2026-11-26")
        try t.send("Enter")
        let letters = try t.waitFor("lr-1 received by ERAS on 2026-11-26; r again takes it off, u undoes")
        #expect(letters.contains("Letters (1, 1 received)"))
        try t.send("q")
        try t.waitFor("EXITED=0")

        let run = try t.harness.run(["letter", "list", "--json"])
        let listed = try JSONDecoder().decode([ScreenLetter].self, from: Data(run.stdout.utf8))
        #expect(listed.map(\.writer) == ["Dr. Ana Lee"])
        #expect(listed.first?.received == "2026-11-26")
        #expect(listed.first?.assignments == ["pg-1": "2026-11-26"])
        let usce = try t.harness.run(["usce", "list", "--json"])
        let entries = try JSONDecoder().decode([ScreenExperience].self, from: Data(usce.stdout.utf8))
        #expect(entries.map(\.site) == ["Mercy Hospital"])
        #expect(entries.first?.kind == "handsOn")
        #expect(entries.first.map { [$0.start, $0.end] } == ["2026-06-01", "2026-06-28"])
    }
}
