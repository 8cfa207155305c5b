/// Next-step advice that follows the person's situation: what to do next, why, and what has
/// ended when USMLE eligibility has.
extension Pathway {
    /// The first milestone, in pathway order, that is not done and can move on, with the status
    /// it would usually move to. Without today's date, completing residency is not suggested
    /// (whether the program's length is served cannot be told).
    public var nextStep: (milestone: MilestoneID, status: Status)? { nextStep(today: nil) }

    /// The next step as of `today`: the plan's first step (see `Plan`), so every view agrees.
    /// Without a day, the first in the order of advice: during residency Step 3 comes before
    /// completing it; on the H-1B track Step 3 comes before residency starts, because the
    /// petition requires it.
    public func nextStep(today: CalendarDay?) -> (milestone: MilestoneID, status: Status)? {
        if let today {
            guard let step = Plan(pathway: self, today: today).nextStep, let status = step.status,
                let milestone = step.milestone
            else { return nil }
            return (milestone, status)
        }
        for id in adviceOrder where !isDone(id) && !isOvertaken(id) {
            if let status = PathwayMachine.suggestedNext(for: id, in: self, today: today) { return (id, status) }
        }
        return nil
    }

    /// Why the next step is the one to take, when the reason is not obvious from the order.
    public func nextStepReason(today: CalendarDay?) -> String? {
        guard let step = nextStep(today: today) else { return nil }
        return nextStepReason(for: step.milestone)
    }

    /// Why a milestone's step comes where it does, when the order alone does not say it.
    func nextStepReason(for id: MilestoneID) -> String? {
        guard id == .step3 else { return nil }
        if profile.visaTrack == .h1b, self[.residency].status == .notStarted {
            return "on the H-1B track Step 3 is required before the petition (\(RuleFacts.h1bSource))"
        }
        if self[.residency].status == .inTraining {
            var text =
                "Step 3 is usually taken during residency, typically in PGY-1 or PGY-2 (\(RuleFacts.step3TimingSource))"
            if let end = programEnd { text += "; the program's length is served on \(end)" }
            return text
        }
        return nil
    }

    /// Why a milestone that is not blocked has no step to suggest, when the reason is the
    /// person's own dates: residency is completed only once its length is served.
    public func noSuggestionReason(for id: MilestoneID, today: CalendarDay) -> String? {
        guard id == .residency, self[.residency].status == .inTraining else { return nil }
        let step3 = self[.step3].status == .passed ? "" : "; meanwhile Step 3 is usually taken during residency"
        guard let end = programEnd else {
            return "Completing residency is suggested once the start date plus the program's length has come "
                + "(enter the length in years)" + step3
        }
        guard today < end else { return nil }
        return "Completing residency is suggested from \(end), when the program's length is served" + step3
    }

    /// Whether a later milestone makes this one moot for advice: a person who matched or started
    /// residency needs no advice about sending an ERAS application.
    func isOvertaken(_ id: MilestoneID) -> Bool {
        id == .eras && (isDone(.match) || self[.residency].status != .notStarted)
    }

    /// The milestones in the order advice considers them.
    var adviceOrder: [MilestoneID] {
        let usual = MilestoneID.allCases
        guard profile.visaTrack == .h1b, self[.step3].status != .passed else { return usual }
        return usual.filter { $0 != .step3 }.flatMap { $0 == .residency ? [.step3, .residency] : [$0] }
    }

    /// When a Step used every attempt without a pass: that USMLE eligibility has ended and what
    /// it blocks, in plain words; nil otherwise.
    public var eligibilityEndedText: String? {
        guard let step = stepAtAttemptLimit else { return nil }
        let name = MilestoneCatalog[step].shortName
        var text =
            "USMLE eligibility has ended: \(RuleFacts.usmleAttemptLimit) attempts at \(name) without a pass "
            + "make an examinee ineligible for every USMLE Step (\(RuleFacts.usmleAttemptLimitSource))."
        let examsDone = self[.step1].status == .passed && self[.step2ck].status == .passed
        if !examsDone && self[.ecfmg].status != .certified {
            text +=
                " Without Step 1 and Step 2 CK passed there is no ECFMG certification, so the Match, "
                + "residency and a US license are blocked too."
        } else if self[.step3].status != .passed {
            text += " Step 3 cannot be passed, which most state licenses require."
        }
        return text
    }
}
