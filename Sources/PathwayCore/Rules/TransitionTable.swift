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
    private static let ecfmgRequirements = "ECFMG certification requirements (2021-2022; ecfmg.org, 2025)"
    private static let nrmp = "nrmp.org FAQ (2021)"
    private static let verification = RuleFacts.nrmpVerificationSource
    private static let chronology = RuleFacts.chronologySource
    private static let fsmb = "fsmb.org, Step 3 eligibility, 2025"
    /// After a Step used every attempt without a pass, what depends on Step 1 and Step 2 CK is
    /// out of reach too (unless both are passed).
    private static let attainable = Guard.block(.examsAttainable, source: RuleFacts.usmleAttemptLimitSource)

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
                    .block(.passed(.step1), source: fsmb),
                    .block(.passed(.step2ck), source: fsmb),
                    .block(
                        .reached(.ecfmg, [.certified]), source: fsmb,
                        advice: "IMGs apply for Step 3 after ECFMG certification"),
                    .block(.notBefore(.ecfmg, .certified), source: chronology),
                ]
            }
            let limits: [Guard] = [
                .block(.attemptsLeft, source: usmle), .block(.usmleEligible, source: usmle),
            ]
            // A new sitting (a result, or a test date) keeps ECFMG's retake spacing.
            let sitting: [Guard] = [.block(.retakeSpacing, source: RuleFacts.retakeSpacingSource)]
            var result = sitting
            if id != .step1 {
                result.append(
                    .warn(
                        .passingScore, source: "usmle.org and secondary sources, 2014-2025 (editable per exam)"))
            }
            let name = MilestoneCatalog[id].shortName
            let guards = before + limits
            return [
                move(.notStarted, from: [.registered, .scheduled], goal: "Withdrawing from \(name)"),
                move(.registered, from: [.notStarted, .failed], goal: "Registering for \(name)", guards),
                move(
                    .scheduled, from: [.notStarted, .registered, .failed], goal: "Scheduling \(name)",
                    // The day recorded is the exam's, which comes after the registration.
                    guards + sitting + [.block(.notBefore(id, .registered), source: chronology)]),
                move(
                    .failed, from: [.notStarted, .registered, .scheduled, .failed],
                    goal: "Recording a \(name) attempt", guards + sitting),
                move(
                    .passed, from: [.notStarted, .registered, .scheduled, .failed],
                    goal: "Recording a \(name) pass", guards + result),
            ]
        case .ecfmg:
            return [
                move(.notStarted, from: [.inProgress]),
                move(.inProgress, from: [.notStarted], goal: "Working on ECFMG certification", [attainable]),
                move(
                    .certified, from: [.notStarted, .inProgress], goal: "ECFMG certification",
                    [
                        .block(.examsAttainable, source: usmle),
                        .block(.passed(.step1), source: ecfmgRequirements),
                        .block(.passed(.step2ck), source: ecfmgRequirements),
                        .block(.ticked(.ecfmg, "clinicalSkills"), source: ecfmgRequirements),
                        .block(.ticked(.ecfmg, "communication"), source: ecfmgRequirements),
                        .block(.ticked(.ecfmg, "credentials"), source: ecfmgRequirements),
                        .block(.notBefore(.step1, .passed), source: chronology),
                        .block(.notBefore(.step2ck, .passed), source: chronology),
                        .warn(.ecfmgWindow, source: RuleFacts.ecfmgWindowSource),
                    ]),
            ]
        case .eras:
            let advice: [Guard] = [
                attainable,
                .warn(
                    .passed(.step1), source: "PATHWAY rules (ERAS)",
                    advice: "programs see the USMLE transcript"),
                .warn(.allTicked(.eras), source: "AAMC ERAS application contents"),
            ]
            return [
                move(.notStarted, from: [.preparing]),
                move(
                    .preparing, from: [.notStarted, .submitted, .interviewing], goal: "Preparing ERAS", [attainable]),
                move(.submitted, from: [.notStarted, .preparing], goal: "Submitting ERAS", advice),
                move(
                    .interviewing, from: [.notStarted, .preparing, .submitted], goal: "Interviewing",
                    advice),
            ]
        case .match:
            // What the NRMP needs by the rank order list deadline is ECFMG's verification of the
            // exams and of the clinical and communication skills, not the certificate itself.
            let withdrawn =
                "the NRMP withdraws an applicant whose requirements ECFMG has not verified by the "
                + "rank order list deadline"
            let verified: [Guard] = [
                attainable,
                .warn(.passed(.step1), source: verification, advice: withdrawn),
                .warn(.passed(.step2ck), source: verification, advice: withdrawn),
                .warn(.ticked(.ecfmg, "clinicalSkills"), source: verification, advice: withdrawn),
                .warn(.ticked(.ecfmg, "communication"), source: verification, advice: withdrawn),
            ]
            let onTime = Guard.warn(.passedByRankDeadline, source: verification)
            let result: [Guard] = [
                .block(.passed(.step1), source: nrmp),
                .block(.passed(.step2ck), source: nrmp),
                onTime,
                .warn(
                    .notBefore(.eras, .submitted), source: chronology,
                    advice: "other application services exist, so this is advice"),
            ]
            // Each step of the Match comes on or after the one before it.
            let afterRegistering = Guard.block(.notBefore(.match, .registered), source: chronology)
            let afterRanking = Guard.block(.notBefore(.match, .ranked), source: chronology)
            return [
                move(.notStarted, from: [.registered]),
                move(
                    .registered, from: [.notStarted, .unmatched], goal: "Registering for the Match", verified),
                move(
                    .ranked, from: [.notStarted, .registered], goal: "Certifying a rank order list",
                    verified + [afterRegistering]),
                move(
                    .unmatched, from: [.notStarted, .registered, .ranked, .soap], goal: "A Match result",
                    [afterRegistering, afterRanking]),
                move(
                    .soap, from: [.unmatched], goal: "Taking part in SOAP",
                    [onTime, .block(.notBefore(.match, .unmatched), source: chronology)]),
                move(
                    .matched, from: [.notStarted, .registered, .ranked, .soap], goal: "A Match result",
                    result + [afterRegistering, afterRanking]),
            ]
        case .residency:
            let start: [Guard] = [
                .block(.reached(.ecfmg, [.certified]), source: seed),
                .warn(
                    .reached(.match, [.matched]), source: RuleFacts.residencyOutsideMatchSource,
                    advice: "positions after SOAP and off-cycle exist, so this is advice"),
                .block(.notBefore(.match, .matched), source: chronology),
                .block(.notBefore(.ecfmg, .certified), source: chronology),
                .warn(.certificateValid, source: RuleFacts.certificateValiditySource),
                .warn(.visaChosen, source: seed),
                .warn(
                    .step3IfH1B, source: RuleFacts.h1bSource,
                    advice: "an H-1B for patient care requires Step 1, Step 2 CK and Step 3 passed"),
            ]
            let finish: [Guard] = [
                .block(.reached(.ecfmg, [.certified]), source: seed),
                .block(.notBefore(.residency, .inTraining), source: chronology),
                .warn(.programLengthServed, source: seed),
            ]
            return [
                move(.inTraining, from: [.notStarted], goal: "Starting residency", start),
                move(.completed, from: [.notStarted, .inTraining], goal: "Completing residency", finish),
            ]
        case .license:
            let guards: [Guard] = [
                .block(.reached(.ecfmg, [.certified]), source: RuleFacts.licenseNeedsECFMGSource),
                .block(.notBefore(.ecfmg, .certified), source: chronology),
                .warn(
                    .reached(.residency, [.inTraining, .completed]), source: seed,
                    advice: "some states have alternative licensure pathways for physicians trained abroad; "
                        + "the License step lists them"),
                .warn(.trainingYears, source: RuleFacts.requiredTrainingYearsSource),
                .warn(.passed(.step3), source: seed),
            ]
            return [
                move(.notStarted, from: [.applied]),
                move(.applied, from: [.notStarted], goal: "Applying for a license", guards),
                move(
                    .granted, from: [.notStarted, .applied], goal: "A license",
                    guards + [.block(.notBefore(.license, .applied), source: chronology)]),
            ]
        }
    }
}
