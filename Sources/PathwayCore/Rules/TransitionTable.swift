/// Every allowed move of every milestone, with its guards: the data the state machine runs on and
/// that `imgpath rules` and the help screen print.
public enum TransitionTable {
    public static let all: [Transition] = MilestoneID.allCases.flatMap(transitions(for:))

    /// The transitions of one milestone, in the catalog's status order.
    public static func transitions(of milestone: MilestoneID) -> [Transition] {
        byMilestone[milestone.order]
    }

    /// The transition into `status`, if the milestone has one.
    public static func transition(_ milestone: MilestoneID, to status: Status) -> Transition? {
        transitions(of: milestone).first { $0.to == status }
    }

    /// The statuses a milestone can move to from `status`.
    public static func next(_ milestone: MilestoneID, from status: Status) -> [Status] {
        transitions(of: milestone).filter { $0.from.contains(status) }.map(\.to)
    }

    private static let byMilestone: [[Transition]] = MilestoneID.allCases.map(transitions(for:))

    private static let usmle = RuleFacts.usmleAttemptLimitSource
    private static let seed = "IMG pathway overview (ECFMG, NRMP)"
    private static let ecfmgRequirements = "ECFMG certification requirements (2021-2022)"
    private static let nrmp = "nrmp.org FAQ (2021)"
    private static let visaLaw = "immigration-law firm pages (2019-2024), verify"

    private static func transitions(for id: MilestoneID) -> [Transition] {
        func move(_ to: Status, from: [Status], goal: String? = nil, _ guards: [Guard] = []) -> Transition {
            let info = MilestoneCatalog[id]
            return Transition(
                milestone: id, to: to, from: from, guards: guards,
                goal: goal ?? "\(info.name) \(to.label)")
        }
        switch id {
        case .step1, .step2ck, .step3:
            var before: [Guard] = []
            if id == .step3 {
                before = [
                    .block(.passed(.step1), source: seed),
                    .block(.passed(.step2ck), source: seed),
                    .block(
                        .reached(.ecfmg, [.certified]), source: "IMG pathway overview and secondary sources",
                        advice: "IMGs apply for Step 3 after ECFMG certification"),
                ]
            }
            let limits: [Guard] = [
                .block(.attemptsLeft, source: usmle), .block(.usmleEligible, source: usmle),
            ]
            let name = MilestoneCatalog[id].shortName
            let guards = before + limits
            return [
                move(.notStarted, from: [.registered, .scheduled], goal: "Withdrawing from \(name)"),
                move(.registered, from: [.notStarted, .failed], goal: "Registering for \(name)", guards),
                move(
                    .scheduled, from: [.notStarted, .registered, .failed], goal: "Scheduling \(name)",
                    guards),
                move(
                    .failed, from: [.notStarted, .registered, .scheduled, .failed],
                    goal: "Recording a \(name) attempt", guards),
                move(
                    .passed, from: [.notStarted, .registered, .scheduled, .failed],
                    goal: "Recording a \(name) pass", guards),
            ]
        case .ecfmg:
            return [
                move(.notStarted, from: [.inProgress]),
                move(.inProgress, from: [.notStarted]),
                move(
                    .certified, from: [.notStarted, .inProgress], goal: "ECFMG certification",
                    [
                        .block(.passed(.step1), source: ecfmgRequirements),
                        .block(.passed(.step2ck), source: ecfmgRequirements),
                        .block(.ticked(.ecfmg, "communication"), source: ecfmgRequirements),
                        .block(.ticked(.ecfmg, "credentials"), source: ecfmgRequirements),
                        .warn(.ecfmgWindow, source: RuleFacts.ecfmgWindowSource),
                    ]),
            ]
        case .eras:
            let advice: [Guard] = [
                .warn(
                    .passed(.step1), source: "PATHWAY rules (ERAS)",
                    advice: "programs see the USMLE transcript"),
                .warn(.allTicked(.eras), source: "AAMC ERAS application contents"),
            ]
            return [
                move(.notStarted, from: [.preparing]),
                move(.preparing, from: [.notStarted, .submitted, .interviewing], goal: "Preparing ERAS"),
                move(.submitted, from: [.notStarted, .preparing], goal: "Submitting ERAS", advice),
                move(
                    .interviewing, from: [.notStarted, .preparing, .submitted], goal: "Interviewing",
                    advice),
            ]
        case .match:
            let confirmation = Guard.warn(
                .reached(.ecfmg, [.certified]), source: nrmp,
                advice: "NRMP must receive ECFMG's confirmation that the exams are passed, or the "
                    + "applicant is withdrawn after the rank order list deadline")
            let result: [Guard] = [
                .block(.passed(.step1), source: nrmp),
                .block(.passed(.step2ck), source: nrmp),
                .block(.ticked(.ecfmg, "communication"), source: nrmp),
            ]
            return [
                move(.notStarted, from: [.registered]),
                move(
                    .registered, from: [.notStarted, .unmatched], goal: "Registering for the Match",
                    [confirmation]),
                move(
                    .ranked, from: [.notStarted, .registered], goal: "Certifying a rank order list",
                    [confirmation]),
                move(.unmatched, from: [.notStarted, .registered, .ranked, .soap]),
                move(.soap, from: [.unmatched], goal: "Taking part in SOAP"),
                move(
                    .matched, from: [.notStarted, .registered, .ranked, .soap], goal: "A Match result",
                    result),
            ]
        case .residency:
            let guards: [Guard] = [
                .block(.reached(.match, [.matched]), source: seed),
                .block(.reached(.ecfmg, [.certified]), source: seed),
                .warn(.visaChosen, source: seed),
                .warn(
                    .step3IfH1B, source: visaLaw,
                    advice: "an H-1B for patient care generally needs Step 1, Step 2 CK and Step 3"),
            ]
            return [
                move(.inTraining, from: [.notStarted], goal: "Starting residency", guards),
                move(.completed, from: [.notStarted, .inTraining], goal: "Completing residency", guards),
            ]
        case .license:
            let guards: [Guard] = [
                .warn(
                    .reached(.residency, [.inTraining, .completed]), source: seed,
                    advice: "some states have alternative pathways for internationally trained "
                        + "physicians (verify)"),
                .warn(.trainingYears, source: RuleFacts.requiredTrainingYearsSource),
                .warn(.passed(.step3), source: seed),
            ]
            return [
                move(.notStarted, from: [.applied]),
                move(.applied, from: [.notStarted], goal: "Applying for a license", guards),
                move(.granted, from: [.notStarted, .applied], goal: "A license", guards),
            ]
        }
    }
}
