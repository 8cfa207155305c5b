/// Fact ids that follow a pattern the code fills in: a season date per cycle and event, a passing
/// score per exam and year, a state's figure.
///
/// An override may name any id of a family (for example the 2028 Match Day), not only the ones
/// built in; `FactBook` then checks its value's type against the family's.
public enum FactFamily: CaseIterable, Sendable {
    /// `nrmp.2027.matchDay`, `eras.2027.myerasOpens`: a date.
    case seasonDate
    /// `usmle.step2ck.passingScore.2025`: a whole number, applying from its `from` day.
    case passingScore
    /// `ecfmg.oet.recentFrom.2025`: the first OET day the 2025 Pathways accept.
    case oetRecentFrom
    /// `license.TX.trainingYears`: a whole number of years.
    case stateTrainingYears
    /// `license.TX.alsoRequires`: a text.
    case stateAlsoRequires
    /// `license.TN.alternativePathway`: a text.
    case stateAlternativePathway
    /// A fee in whole US dollars (`unit` "USD"): `fees.eras.2026.tier1.each` (per program of an ERAS
    /// price tier, per specialty), `fees.nrmp.registration`, `fees.nrmp.extraRank`, `fees.usmle.step1`,
    /// `fees.usmle.step2ck`, `fees.ecfmg.application`.
    case fee
    /// A count that a fee depends on: `fees.eras.2026.tier1.upTo` (the last program of a price tier,
    /// per specialty), `fees.nrmp.includedRanks` (ranks the registration fee includes).
    case feeCount

    /// The family an id belongs to, or nil.
    public static func of(_ id: String) -> FactFamily? {
        allCases.first { $0.matches(id) }
    }

    /// The value a fact of the family holds, for checking an override's type.
    public var sample: Fact.Value {
        switch self {
        case .seasonDate, .oetRecentFrom: .date(.epoch)
        case .passingScore, .stateTrainingYears, .fee, .feeCount: .integer(0)
        case .stateAlsoRequires, .stateAlternativePathway: .text("")
        }
    }

    /// The whole numbers a fact of the family can hold, for checking an override's value: a fee
    /// or a count is never below zero, a USMLE passing score is on its three-digit scale, and a
    /// state asks for a few years of training at most.
    public var plausibleNumbers: ClosedRange<Int>? {
        switch self {
        case .fee: 0...100_000
        case .feeCount: 0...10_000
        case .passingScore: 1...300
        case .stateTrainingYears: 0...10
        case .seasonDate, .oetRecentFrom, .stateAlsoRequires, .stateAlternativePathway: nil
        }
    }

    /// What reads the family's facts, as `imgpath facts ID` says it.
    public var usedBy: String {
        switch self {
        case .seasonDate:
            "the season calendar (imgpath calendar, the timeline, the agenda) for that cycle; an estimate is shown "
                + "beside an event that is not set"
        case .passingScore: "the warning about a \"passed\" score below the cut-off of its exam date"
        case .oetRecentFrom: "the OET warning for that Pathways year (when you set no first day of your own)"
        case .stateTrainingYears: "the license warning about years of US training for that state"
        case .stateAlsoRequires, .stateAlternativePathway: "the License screen's information for that state"
        case .fee, .feeCount:
            "the season budget (imgpath budget, the ERAS step's details, the report); a fee with no fact shows as "
                + "\"no sourced figure\""
        }
    }

    private func matches(_ id: String) -> Bool {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        switch self {
        case .seasonDate:
            return FactBook.seasonKey(of: id).map { SeasonCalendar.cycleRange.contains($0.cycle) } ?? false
        case .passingScore:
            return parts.count == 4 && parts[0] == "usmle" && ["step2ck", "step3"].contains(parts[1])
                && parts[2] == "passingScore" && Self.isYear(parts[3])
        case .oetRecentFrom:
            return parts.count == 4 && parts[0...2] == ["ecfmg", "oet", "recentFrom"] && Self.isYear(parts[3])
        case .fee:
            return FeeID.isFee(parts)
        case .feeCount:
            return FeeID.isCount(parts)
        case .stateTrainingYears, .stateAlsoRequires, .stateAlternativePathway:
            guard parts.count == 3, parts[0] == "license", USState.codes.contains(parts[1]) else { return false }
            return parts[2] == stateSuffix
        }
    }

    /// The unit every fee is written in, so the budget adds like with like.
    public static let feeUnit = "USD"

    /// The last part of a state family's id.
    var stateSuffix: String {
        switch self {
        case .stateTrainingYears: "trainingYears"
        case .stateAlsoRequires: "alsoRequires"
        case .stateAlternativePathway: "alternativePathway"
        default: ""
        }
    }

    static func isYear(_ text: String) -> Bool {
        text.count == 4 && Int(text).map { (1990...2100).contains($0) } == true
    }
}
