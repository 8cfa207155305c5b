/// A condition on the recorded pathway that a transition can require or advise.
public enum Requirement: Equatable, Sendable {
    /// The exam is passed.
    case passed(MilestoneID)
    /// The milestone is in one of these statuses.
    case reached(MilestoneID, [Status])
    /// A checklist item of a milestone is ticked.
    case ticked(MilestoneID, String)
    /// Every checklist item of a milestone is ticked.
    case allTicked(MilestoneID)
    /// The exam being marked has attempts left under the USMLE limit.
    case attemptsLeft
    /// No Step has used every attempt without a pass.
    case usmleEligible
    /// A person who needs a visa has chosen a visa track in the profile.
    case visaChosen
    /// On the H-1B track, Step 3 is passed.
    case step3IfH1B
    /// The years of US training the license state requires are done.
    case trainingYears
    /// Step 1 and Step 2 CK were passed within the reported certification window.
    case ecfmgWindow

    /// How the requirement reads after "needs": "Step 2 CK passed".
    public var text: String {
        switch self {
        case .passed(let id): "\(MilestoneCatalog[id].shortName) passed"
        case .reached(.match, [.matched]): "a Match (matched)"
        case .reached(.ecfmg, [.certified]): "ECFMG certification"
        case .reached(.residency, [.inTraining, .completed]): "residency started"
        case .reached(let id, let statuses):
            "\(MilestoneCatalog[id].shortName) \(statuses.map(\.label).joined(separator: " or "))"
        case .ticked(let id, let item):
            "\"\(MilestoneCatalog[id].item(item)?.label ?? item)\" ticked"
        case .allTicked(let id): "every \(MilestoneCatalog[id].shortName) document ticked"
        case .attemptsLeft: "an attempt left under the USMLE limit of \(RuleFacts.usmleAttemptLimit)"
        case .usmleEligible: "USMLE eligibility (no Step failed \(RuleFacts.usmleAttemptLimit) times)"
        case .visaChosen: "a visa track (J-1 or H-1B) in the profile"
        case .step3IfH1B: "Step 3 passed for an H-1B petition"
        case .trainingYears: "the years of US training the state requires"
        case .ecfmgWindow:
            "the exams passed within \(RuleFacts.ecfmgWindowYears) years of the first one"
        }
    }

    /// Whether the requirement holds for `milestone` in `pathway`.
    public func isMet(in pathway: Pathway, for milestone: MilestoneID) -> Bool {
        switch self {
        case .passed(let id):
            return pathway[id].status == .passed
        case .reached(let id, let statuses):
            return statuses.contains(pathway[id].status)
        case .ticked(let id, let item):
            return pathway[id].isTicked(item)
        case .allTicked(let id):
            return MilestoneCatalog[id].items.allSatisfy { pathway[id].isTicked($0.id) }
        case .attemptsLeft:
            return pathway[milestone].attemptsUsed < RuleFacts.usmleAttemptLimit
        case .usmleEligible:
            return pathway.stepAtAttemptLimit == nil
        case .visaChosen:
            return !pathway.profile.needsVisa || pathway.profile.visaTrack != .none
        case .step3IfH1B:
            return pathway.profile.visaTrack != .h1b || pathway[.step3].status == .passed
        case .trainingYears:
            let residency = pathway[.residency]
            if residency.status == .completed { return true }
            let required =
                pathway[.license].details["requiredYears"].flatMap { Int($0) }
                ?? RuleFacts.defaultRequiredTrainingYears
            // Being in PGY-n means n-1 years are done.
            let done = residency.details["pgy"].flatMap { Int($0) }.map { $0 - 1 } ?? 0
            return residency.status == .inTraining && done >= required
        case .ecfmgWindow:
            let passes = [MilestoneID.step1, .step2ck].compactMap { id in
                pathway[id].attempts.last(where: { $0.result == .passed })?.date
            }
            guard let first = passes.min(), let last = passes.max() else { return true }
            return first.days(until: last) <= RuleFacts.ecfmgWindowYears * 365 + 1
        }
    }
}
