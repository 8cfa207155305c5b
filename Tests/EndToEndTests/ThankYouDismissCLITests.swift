import Foundation
import Testing

/// Dismissing a thank-you note reminder from the command line: saved in the file, gone from the
/// plan, brought back by `imgpath undo`.
@Suite struct ThankYouDismissCLITests {
    struct Item: Decodable {
        let kind: String
        let program: String?
    }

    struct Listed: Decodable {
        let id: String
        let thankYouSent: String?
        let thankYouDismissed: Bool
    }

    func reminders(_ h: Harness) throws -> [Item] {
        let run = try h.run(["plan", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        return try JSONDecoder().decode([Item].self, from: Data(run.stdout.utf8)).filter { $0.program == "pg-1" }
    }

    @Test func programSetThankYouDismissedRemovesTheReminderAndUndoBringsItBack() throws {
        let h = Harness()
        try h.run(["program", "add", "Mercy", "Hospital"])
        try h.run(["program", "mark", "pg-1", "interviewed", "--date", "2026-11-10"])
        #expect(try reminders(h).map(\.kind) == ["overdue"])

        let set = try h.run(["program", "set", "pg-1", "thankYou", "dismissed"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(try reminders(h).isEmpty)
        #expect(!(try h.run(["agenda"]).stdout.contains("Thank-you note")))
        let file = String(decoding: h.fileBytes() ?? Data(), as: UTF8.self)
        #expect(file.contains("\"thankYouDismissed\""))
        let listed = try JSONDecoder().decode(
            [Listed].self, from: Data(try h.run(["program", "list", "--json"]).stdout.utf8))
        #expect(listed.first?.thankYouDismissed == true)
        #expect(listed.first?.thankYouSent == nil)
        #expect(try h.run(["history"]).stdout.contains("thank-you reminder dismissed"))

        let undo = try h.run(["undo"])
        #expect(undo.status == 0, "\(undo.stderr)")
        #expect(try reminders(h).map(\.kind) == ["overdue"])
    }

    @Test func dismissingBeforeTheInterviewIsRefused() throws {
        let h = Harness()
        try h.run(["program", "add", "Mercy"])
        let before = h.fileBytes()
        let refused = try h.run(["program", "set", "pg-1", "thankYou", "dismissed"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("no thank-you reminder"))
        #expect(h.fileBytes() == before)
    }
}
