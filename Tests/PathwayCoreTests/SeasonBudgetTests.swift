import Testing

@testable import PathwayCore

/// The season budget: fees paid beside what the season is expected to cost from fee facts.
@Suite struct SeasonBudgetTests {
    private static let checked = CalendarDay(year: 2026, month: 12, day: 6) ?? .epoch

    private func fee(_ id: String, _ dollars: Int, unit: String? = FactFamily.feeUnit) -> Fact {
        Fact(
            id: id, value: .integer(dollars), source: "test source", checked: Self.checked, kind: .published, unit: unit
        )
    }

    /// ERAS tiers of 2026 as aamc.org gives them: $11 for programs 1-30, $30 from the 31st.
    private var book: FactBook {
        FactBook([
            fee(FeeID.erasEach(cycle: 2026, tier: 1), 11), fee(FeeID.erasUpTo(cycle: 2026, tier: 1), 30, unit: nil),
            fee(FeeID.erasEach(cycle: 2026, tier: 2), 30), fee(FeeID.nrmpIncludedRanks, 20, unit: nil),
            fee(FeeID.Single.nrmpExtraRank.rawValue, 30),
        ])
    }

    private func pathway(_ specialties: [String: Int], ranked: Int = 0) -> Pathway {
        var pathway = Pathway()
        var number = 0
        for (specialty, count) in specialties.sorted(by: { $0.key < $1.key }) {
            for _ in 0..<count {
                number += 1
                var program = Program(id: Program.id(number: number), name: "P\(number)")
                program.specialty = specialty
                pathway.programs.append(program)
            }
        }
        // Only interviewed programs can be ranked.
        for index in pathway.programs.indices.prefix(ranked) { pathway.programs[index].status = .interviewed }
        pathway.rankOrder.order = pathway.programs.prefix(ranked).map(\.id)
        return pathway
    }

    @Test(arguments: [(0, 0), (1, 1_100), (30, 33_000), (31, 36_000), (43, 72_000)])
    func erasCountsProgramsAcrossTheTiers(count: Int, cents: Int) throws {
        let tiers = try #require(SeasonBudget.erasTiers(cycle: 2026, book: book)).tiers
        #expect(SeasonBudget.erasFee(count: count, tiers: tiers)?.cents == cents)
    }

    @Test func erasPricesStartAgainWithEachSpecialtyAsAAMCsExampleSays() throws {
        // aamc.org's example 2: 43 Internal Medicine and 7 Radiology programs cost $797.
        let budget = SeasonBudget(
            pathway: pathway(["Internal Medicine": 43, "Radiology": 7]), cycle: 2026, book: book)
        let eras = try #require(budget.items.first)
        #expect(eras.cents == 79_700)
        #expect(eras.basis == "50 programs: Internal Medicine 43: 30 × $11 + 13 × $30; Radiology 7: 7 × $11")
        #expect(eras.source == "test source")
    }

    @Test func aTierListThatEndsBeforeTheProgramsGivesNoFigure() {
        let tiers = [SeasonBudget.Tier(upTo: 30, eachCents: 1_100)]
        #expect(SeasonBudget.erasFee(count: 31, tiers: tiers) == nil)
        #expect(SeasonBudget.erasFee(count: 30, tiers: tiers)?.cents == 33_000)
    }

    @Test func withoutFeeFactsThereIsNoEstimateAndEachFeeSaysSo() {
        var path = pathway(["Internal Medicine": 12], ranked: 25)
        path.programs[0].feeCents = 1_100
        let budget = SeasonBudget(pathway: path, cycle: 2026, book: FactBook([]))
        #expect(budget.expectedCents == 0)
        #expect(budget.items.allSatisfy { $0.cents == nil && $0.basis.hasSuffix(SeasonBudget.noFigure) })
        #expect(
            budget.missing == [
                "ERAS applications", "NRMP registration", "NRMP ranks over those included", "USMLE Step 1",
                "USMLE Step 2 CK", "Application for ECFMG certification",
            ])
        #expect(budget.paidCents == 1_100)
    }

    @Test func paidIsTheSumOfTheProgramsFees() {
        var path = pathway(["Internal Medicine": 4])
        path.programs[0].feeCents = 1_100
        path.programs[1].feeCents = 3_050
        path.programs[2].soap = true
        path.programs[2].feeCents = 0
        let budget = SeasonBudget(pathway: path, cycle: 2026, book: book)
        #expect(budget.paidCents == 4_150)
        #expect(budget.programsWithFee == 3)
        #expect(budget.paidText == "Paid: $41.50 recorded on 3 programs")
        // SOAP applications are not ERAS main-round fees.
        #expect(budget.items.first?.basis == "3 programs: 3 × $11")
    }

    @Test func ranksOverThoseIncludedCostTheExtraRankFee() throws {
        let budget = SeasonBudget(pathway: pathway(["IM": 25], ranked: 23), cycle: 2026, book: book)
        let ranks = try #require(budget.items.first { $0.label == "NRMP ranks over those included" })
        #expect(ranks.cents == 9_000)
        #expect(ranks.basis == "23 ranked, 20 included: 3 × $30")
    }

    @Test func aSeasonWithoutItsOwnFeesUsesLastSeasonsAndSaysSoButNoOlder() {
        let budget = SeasonBudget(pathway: pathway(["IM": 2]), cycle: 2027, book: book)
        #expect(budget.items.first?.basis == "2 programs at the 2026 fees (none found for 2027): 2 × $11")
        let later = SeasonBudget(pathway: pathway(["IM": 2]), cycle: 2028, book: book)
        #expect(later.items.first?.cents == nil)
    }

    @Test func examsAlreadyRegisteredOrPassedAreNotExpected() {
        var path = pathway([:])
        path[.step1].status = .passed
        path[.step2ck].status = .failed
        let labels = SeasonBudget(pathway: path, cycle: 2026, book: book).items.map(\.label)
        #expect(!labels.contains("USMLE Step 1"))
        #expect(labels.contains("USMLE Step 2 CK"))
        #expect(!labels.contains("Application for ECFMG certification"))
    }

    @Test func aFeeIsOverriddenLikeAnyFactAndMustBeInUSDollars() throws {
        let good = """
            [{"id": "fees.nrmp.registration", "value": 70, "unit": "USD", "kind": "published",
              "source": "my receipt", "checked": "2026-12-01"}]
            """
        let outcome = FactBook.builtIn.applyingOverrides([("/tmp/fees.json", Array(good.utf8))])
        #expect(outcome.problems.isEmpty)
        let budget = SeasonBudget(pathway: Pathway(), cycle: 2026, book: outcome.book)
        #expect(budget.items.first { $0.label == "NRMP registration" }?.cents == 7_000)
        let euros = good.replacingOccurrences(of: "\"USD\"", with: "\"EUR\"")
        let refused = FactBook.builtIn.applyingOverrides([("/tmp/fees.json", Array(euros.utf8))])
        #expect(refused.problems.first?.reason.contains("unit") == true)
    }

    @Test func everyBuiltInFeeIsInUSDollarsAndHasItsCycleInItsId() {
        let fees = FactBook.builtIn.facts.filter { FactFamily.of($0.id) == .fee }
        #expect(!fees.isEmpty)
        for fact in fees {
            #expect(fact.unit == FactFamily.feeUnit, "\(fact.id)")
            if fact.id.hasPrefix("fees.eras.") { #expect(fact.cycle.map { fact.id.contains(".\($0).") } == true) }
        }
    }
}
