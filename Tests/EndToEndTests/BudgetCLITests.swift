import Foundation
import Testing

/// `imgpath budget`, the report's budget section and a fee override, through the built binary.
@Suite struct BudgetCLITests {
    struct Report: Decodable {
        struct Item: Decodable {
            let label: String
            let cents: Int?
            let basis: String
            let source: String?
        }
        let cycle: Int
        let currency: String
        let paidCents: Int
        let expectedCents: Int
        let missing: [String]
        let items: [Item]
    }

    @Test func theBudgetAddsFeesPaidAndPricesTheProgramsFromTheFacts() throws {
        let h = Harness()
        for number in 1...3 {
            #expect(try h.run(["program", "add", "IM \(number)", "--specialty", "Internal Medicine"]).status == 0)
        }
        #expect(try h.run(["program", "set", "pg-1", "fee", "11"]).status == 0)
        let run = try h.run(["budget", "--cycle", "2026", "--json"])
        #expect(run.status == 0)
        let report = try JSONDecoder().decode(Report.self, from: Data(run.stdout.utf8))
        #expect(report.cycle == 2026 && report.currency == "USD" && report.paidCents == 1_100)
        #expect(report.items.first?.cents == 3_300 && report.items.first?.source?.contains("aamc.org") == true)
        #expect(report.missing.contains("NRMP registration"))
        // A fee without a figure is written as null, not left out.
        #expect(run.stdout.contains("\"cents\" : null"))
        let text = try h.run(["budget", "--cycle", "2026"])
        #expect(text.stdout.contains("Paid: $11 recorded on 1 program"))
        #expect(text.stdout.contains("NRMP registration: none (no sourced figure)"))
        let markdown = try h.run(["export", "--format", "markdown"])
        #expect(markdown.stdout.contains("## Season budget"))
        #expect(markdown.stdout.contains("| NRMP registration | no sourced figure |"))
    }

    @Test func aFeeOverrideIsAddedToTheExpectedCost() throws {
        let h = Harness()
        let folder = h.folder + "/config/imgpath/facts"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let override = """
            [{"id": "fees.nrmp.registration", "value": 70, "unit": "USD", "kind": "published",
              "source": "my NRMP receipt", "checked": "2026-11-20"}]
            """
        FileManager.default.createFile(atPath: folder + "/fees.json", contents: Data(override.utf8))
        let run = try h.run(["budget", "--cycle", "2026"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("NRMP registration: $70 (once per Match; my NRMP receipt)"))
        // A fee below zero is no fee: the override file is named and left out, the budget keeps
        // the built-in figure.
        let negative = override.replacingOccurrences(of: "\"value\": 70", with: "\"value\": -70")
        FileManager.default.createFile(atPath: folder + "/fees.json", contents: Data(negative.utf8))
        let refused = try h.run(["budget", "--cycle", "2026"])
        #expect(refused.stderr.contains("-70 is not a value it can have (0 to 100000)"), "\(refused.stderr)")
        #expect(!refused.stdout.contains("$-70"))
    }
}
