import Foundation
import Testing

/// The rules through the command line: refusals with reasons, and `check` over a hand-edited file.
@Suite struct RulesCLITests {
    /// A file as the current release writes it, edited by hand: five failed Step 1 attempts
    /// dated 2030 and a license on an otherwise empty pathway.
    static let handEdited: String = {
        var entries = (1...5).map {
            #"{"at":"2026-11-26T10:00:0\#($0)Z","date":"2030-0\#($0)-01","kind":"mark","milestone":"step1","status":"failed"}"#
        }
        entries.append(
            #"{"at":"2026-11-26T10:00:09Z","date":"2026-01-01","kind":"mark","milestone":"license","status":"granted"}"#
        )
        return #"{"generator":"imgpath","history":["# + entries.joined(separator: ",")
            + #"],"redo":[],"schemaVersion":1}"#
    }()

    @Test func checkListsEveryBrokenRuleAndLeavesTheFileAlone() throws {
        let h = Harness()
        h.write(Self.handEdited)
        let before = h.fileBytes()
        let check = try h.run(["check"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("5 attempts at Step 1"))
        #expect(check.stdout.contains("License, status granted: A license needs ECFMG certification"))
        #expect(check.stdout.contains("cannot be in the future"))
        #expect(h.fileBytes() == before)
        // The person is not locked out: the file still opens, and a change that keeps the rules is saved.
        #expect(try h.run(["status"]).status == 0)
        #expect(try h.run(["profile", "set", "name", "A. Doctor"]).status == 0)
    }

    @Test func aCleanFilePassesCheck() throws {
        let h = Harness()
        #expect(try h.run(["mark", "step1", "passed", "--date", "2023-01-01"]).status == 0)
        #expect(try h.run(["check"]).status == 0)
    }

    @Test func impossibleDatesAndALicenseWithoutCertificationAreRefused() throws {
        let h = Harness()
        let license = try h.run(["mark", "license", "granted"])
        #expect(license.status == 1)
        #expect(license.stderr.contains("needs ECFMG certification"))
        #expect(h.fileBytes() == nil)
        #expect(try h.run(["mark", "step1", "passed", "--date", "1899-01-01"]).status == 1)
        for date in ["2025-01-10", "2025-02-10", "2025-03-10"] {
            #expect(try h.run(["mark", "step2ck", "failed", "--date", date]).status == 0)
        }
        let fourth = try h.run(["mark", "step2ck", "failed", "--date", "2025-04-10"])
        #expect(fourth.status == 1)
        #expect(fourth.stderr.contains("possible from 2026-01-10"))
    }

    @Test(.enabled(if: ScreenTests.tmuxTestsEnabled)) func theScreenWarnsAboutBrokenRulesOnOpen() throws {
        let t = try ScreenTests.Tmux(width: 100, height: 30) { $0.write(Self.handEdited) }
        let screen = try t.waitFor("This file breaks 9 rules")
        #expect(screen.contains("imgpath check"))
        let before = t.harness.fileBytes()
        try t.send("q")
        try t.waitFor("EXITED=0")
        #expect(t.harness.fileBytes() == before)
    }
}
