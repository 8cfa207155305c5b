import ArgumentParser
import PathwayCore

/// `imgpath budget [--json]`: fees paid beside what the season is expected to cost.
struct BudgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget", abstract: "Print the season's fees: paid so far and expected, with sources.",
        discussion: """
            Paid is the sum of the programs' fee field. Expected comes from fee facts (imgpath facts lists \
            them, ids starting with fees.): ERAS application fees per specialty by number of programs, the \
            NRMP registration and its fee for ranks over those included, and the USMLE exams and ECFMG \
            application not yet paid for. A fee no source gives shows "no sourced figure" and is not added. \
            Amounts are in US dollars. Override a fee like any fact, for example \
            {"id": "fees.nrmp.registration", "value": 70, "unit": "USD", ...}.
            Examples:
              imgpath budget
              imgpath budget --cycle 2027 --json
            """)

    @OptionGroup var options: FileOptions
    @Flag(help: "Print JSON.") var json = false
    @Option(help: "The Match cycle (year of the Match); the season's chosen or current cycle if left out.")
    var cycle: Int?

    /// The JSON form; amounts in whole cents so they add up exactly.
    struct Report: Encodable {
        /// One item; a missing amount or source is written as null, so every key is there.
        struct Item: Encodable {
            let label: String
            let cents: Int?
            let basis: String
            let source: String?

            enum CodingKeys: String, CodingKey { case label, cents, basis, source }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(label, forKey: .label)
                try container.encode(cents, forKey: .cents)
                try container.encode(basis, forKey: .basis)
                try container.encode(source, forKey: .source)
            }
        }
        let cycle: Int
        let currency: String
        let paidCents: Int
        let programsWithFee: Int
        let expectedCents: Int
        let missing: [String]
        let items: [Item]
    }

    func run() throws {
        let session = try Session.open(options, forWriting: false)
        let pathway = session.journal.pathway
        if let cycle, !SeasonCalendar.cycleRange.contains(cycle) {
            throw ValidationError("--cycle must be a year from \(SeasonCalendar.cycleRange.lowerBound)")
        }
        let year = cycle ?? SeasonCalendar(pathway: pathway, today: session.clock.today).cycle
        let budget = SeasonBudget(pathway: pathway, cycle: year, book: FactBook.current)
        if json {
            try JSONOutput.print(
                Report(
                    cycle: year, currency: FactFamily.feeUnit, paidCents: budget.paidCents,
                    programsWithFee: budget.programsWithFee, expectedCents: budget.expectedCents,
                    missing: budget.missing,
                    items: budget.items.map {
                        Report.Item(label: $0.label, cents: $0.cents, basis: $0.basis, source: $0.source)
                    }
                ))
            return
        }
        Output.line("Season budget, \(year) Match (US dollars)")
        for line in budget.lines { Output.line(Output.field(line)) }
    }
}
