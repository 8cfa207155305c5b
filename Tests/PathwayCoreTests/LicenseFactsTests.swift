import Testing

@testable import PathwayCore

/// The corrections of the license and visa facts: per-state training years, alternative
/// pathways, the OET rule labelled by its Pathways year, the J-1 and H-1B lines.
@Suite struct LicenseFactsTests {
    private func pathway(state: String?, requiredYears: String? = nil, pgy: Int) -> Pathway {
        var pathway = Pathway()
        if let state { pathway[.license].details["state"] = state }
        if let requiredYears { pathway[.license].details["requiredYears"] = requiredYears }
        pathway[.residency].status = .inTraining
        pathway[.residency].details["pgy"] = String(pgy)
        return pathway
    }

    @Test(arguments: ["TX", "tx", "Texas"])
    func texasNeedsTwoYearsSoAPGY3HasDoneEnough(state: String) {
        let figure = TrainingYears(for: pathway(state: state, pgy: 3))
        #expect(figure.years == 2 && figure.state == "TX")
        #expect(figure.source.contains("Tex. Occ. Code §155.003"))
        #expect(Requirement.trainingYears.isMet(in: pathway(state: state, pgy: 3), for: .license))
        #expect(!Requirement.trainingYears.isMet(in: pathway(state: state, pgy: 2), for: .license))
    }

    /// With a start day, the years are counted from it by the day of the application, as the
    /// plan counts them: a PGY field typed in the first year and never updated does not hold
    /// the license back on the day the plan names.
    @Test func theYearsServedCountFromTheStartDay() {
        var texas = pathway(state: "TX", pgy: 1)
        texas.apply(.mark(.residency, .inTraining, date: Fixtures.day("2027-07-01")))
        func met(on day: String) -> Bool {
            Requirement.trainingYears.isMet(
                RuleContext(pathway: texas, milestone: .license, status: .applied, date: Fixtures.day(day)))
        }
        #expect(met(on: "2029-07-01"))
        #expect(!met(on: "2029-06-30"))
        #expect(met(on: "2031-07-01"))
    }

    @Test func aStateWithoutAFigureSaysCheckWithYourBoardAndTheOwnFigureWins() {
        let ohio = TrainingYears(for: pathway(state: "OH", pgy: 3))
        #expect(ohio.years == 3)
        #expect(ohio.source.contains("check with your board"))
        #expect(!Requirement.trainingYears.isMet(in: pathway(state: "OH", pgy: 3), for: .license))
        let own = TrainingYears(for: pathway(state: "TX", requiredYears: "3", pgy: 3))
        #expect(own.years == 3 && own.source == "your own figure")
    }

    @Test func theLicenseStepShowsTexasExtrasAndTheAlternativePathwaysWithSources() {
        let lines = LicenseGuide.lines(for: pathway(state: "Texas", pgy: 1)).joined(separator: "\n")
        #expect(lines.contains("Texas Medical Jurisprudence Exam"))
        #expect(lines.contains("AR, FL, IA, ID, IL, IN, LA, MA, MN, NC, NV, OK, OR, RI, TN, TX, VA, WI"))
        #expect(lines.contains("FSMB list as of Dec 2025 (secondary summary)"))
        for state in ["TN", "VA", "IL", "TX", "WI"] { #expect(lines.contains("  \(state): "), "\(state)") }
        #expect(lines.contains("HB 2038, from 2025-09-01"))
    }

    @Test func theOETRecencyIsLabelledByItsPathwaysYear() {
        var pathway = Pathway()
        let unknown = OETRequirement.recency(in: pathway)
        #expect(unknown.day == CalendarDay(year: 2023, month: 1, day: 1))
        #expect(unknown.label.hasPrefix("the 2025 Pathways rule"))
        #expect(unknown.label.hasSuffix("the rule for your Pathways year is not confirmed"))
        pathway[.ecfmg].details["pathway"] = "Pathway 1, 2024"
        #expect(OETRequirement.recency(in: pathway).day == CalendarDay(year: 2022, month: 1, day: 1))
        #expect(!OETRequirement.recency(in: pathway).label.contains("not confirmed"))
        pathway[.ecfmg].details["pathway"] = "Pathway 6 (2027)"
        #expect(OETRequirement.recency(in: pathway).label.contains("the rule for your 2027 Pathways is not confirmed"))
        pathway[.ecfmg].details["oetRecentFrom"] = "2024-01-01"
        #expect(
            OETRequirement.recency(in: pathway) == (
                CalendarDay(year: 2024, month: 1, day: 1) ?? .epoch, "your own date"
            ))
    }

    @Test func theVisaLinesStateTheJ1RequirementAndTheH1BPayment() {
        var profile = Profile()
        profile.citizenship = .other
        profile.visaTrack = .j1
        let j1 = VisaGuide.lines(for: profile, editKey: "e").joined(separator: " ")
        #expect(j1.contains("every ECFMG-sponsored clinical J-1 physician must spend two years"))
        #expect(j1.contains("INA 212(e)") && j1.contains("Statement of Need") && j1.contains("Conrad 30"))
        #expect(!j1.contains("often"))
        profile.visaTrack = .h1b
        let h1b = VisaGuide.lines(for: profile, editKey: "e").joined(separator: " ")
        #expect(h1b.contains("$100,000 payment from 2025-09-21"))
        #expect(h1b.contains("Presidential proclamation of 2025-09-19"))
        #expect(h1b.contains("USCIS guidance of 2025-10-20 (secondary summaries)"))
    }

    @Test func theRulesSummaryNamesEveryCorrectionWithItsSource() {
        let text = RuleFacts.summary.map { "\($0.fact) (\($0.source))" }.joined(separator: "\n")
        #expect(text.contains("2025 Pathways rule"))
        #expect(text.contains("ECFMG Information Booklet (ECFMG policy)"))
        #expect(text.contains("218 from 2025-07-01") && text.contains("secondary sources only"))
        #expect(text.contains("Texas 2 (Tex. Occ. Code §155.003)"))
        #expect(text.contains("$100,000") && text.contains("INA 212(e)"))
        #expect(!text.contains("common sense") && !text.contains("seed text"))
    }
}
