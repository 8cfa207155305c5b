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
    /// Step 1 and Step 2 CK are passed or can still be (no Step used every attempt without a pass).
    case examsAttainable
    /// A person who needs a visa has chosen a visa track in the profile.
    case visaChosen
    /// On the H-1B track, Step 3 is passed.
    case step3IfH1B
    /// The years of US training the license state requires are done.
    case trainingYears
    /// Step 1 and Step 2 CK were passed within the reported certification window.
    case ecfmgWindow
    /// The day of the change is not before the day another milestone reached a status (when
    /// both are recorded): chronology.
    case notBefore(MilestoneID, Status)
    /// A new attempt keeps ECFMG's retake spacing.
    case retakeSpacing
    /// A passed score is not below the cut-off in force on the exam's day.
    case passingScore
    /// Step 1 and Step 2 CK were passed by the rank order list deadline of the person's cycle.
    case passedByRankDeadline
    /// The ECFMG certificate is still valid for entering residency on the start date.
    case certificateValid
    /// The residency's start date plus its length has come.
    case programLengthServed

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
        case .examsAttainable:
            "Step 1 and Step 2 CK passed or still possible (USMLE eligibility not ended)"
        case .visaChosen: "a visa track (J-1 or H-1B) in the profile"
        case .step3IfH1B: "Step 3 passed before an H-1B petition (required for patient care)"
        case .trainingYears: "the years of US training the state requires"
        case .ecfmgWindow:
            "the exams passed within \(RuleFacts.ecfmgWindowYears) years of the first one"
        case .notBefore(let id, let status):
            "a date on or after \(Requirement.reachedText(id, status))"
        case .retakeSpacing:
            "at most \(RuleFacts.attemptsPerYear) attempts within 12 months, a 4th at least "
                + "\(RuleFacts.monthsAfterFirstAttempt) months after the first and "
                + "\(RuleFacts.monthsAfterLatestAttempt) after the latest"
        case .passingScore: "a score at or above the passing score of the exam's date"
        case .passedByRankDeadline:
            "Step 1 and Step 2 CK passed by the rank order list deadline of the Match cycle"
        case .certificateValid: "an ECFMG certificate still valid on the start date"
        case .programLengthServed: "the program's length served (start date plus length in years)"
        }
    }

    /// "the Step 2 CK pass", "the match", "ECFMG certification", as a date's reference.
    static func reachedText(_ id: MilestoneID, _ status: Status) -> String {
        switch (id, status) {
        case (_, .passed): "the \(MilestoneCatalog[id].shortName) pass"
        case (.match, .matched): "the recorded match"
        case (.ecfmg, .certified): "ECFMG certification"
        case (.residency, .inTraining): "the residency start"
        case (.eras, .submitted): "the ERAS submission"
        default: "\(MilestoneCatalog[id].shortName) \(status.label)"
        }
    }

    /// Whether the requirement holds for `milestone` in `pathway`, whatever the change's day.
    public func isMet(in pathway: Pathway, for milestone: MilestoneID) -> Bool {
        isMet(RuleContext(pathway: pathway, milestone: milestone, status: pathway[milestone].status))
    }

    /// Whether the requirement holds for the change described by `context`.
    public func isMet(_ context: RuleContext) -> Bool {
        let pathway = context.pathway
        let milestone = context.milestone
        switch self {
        case .passed(let id):
            return pathway[id].status == .passed
        case .reached(let id, let statuses):
            return statuses.contains(pathway[id].status)
        case .ticked(let id, let item):
            return pathway.isTicked(id, item)
        case .allTicked(let id):
            return MilestoneCatalog[id].items.allSatisfy { pathway.isTicked(id, $0.id) }
        case .attemptsLeft:
            return pathway[milestone].attemptsUsed < RuleFacts.usmleAttemptLimit
        case .usmleEligible:
            return pathway.stepAtAttemptLimit == nil
        case .examsAttainable:
            return pathway.stepAtAttemptLimit == nil
                || (pathway[.step1].status == .passed && pathway[.step2ck].status == .passed)
        case .visaChosen:
            return !pathway.profile.needsVisa || pathway.profile.visaTrack != .none
        case .step3IfH1B:
            return pathway.profile.visaTrack != .h1b || pathway[.step3].status == .passed
        case .trainingYears:
            let residency = pathway[.residency]
            if residency.status == .completed { return true }
            guard residency.status == .inTraining else { return false }
            let required = TrainingYears(for: pathway).years
            // Counted from the start, by the day of the change, as the plan counts them.
            if let start = pathway.residencyStart, let day = context.date ?? context.today,
                start.adding(months: 12 * required) <= day
            {
                return true
            }
            // Without a start day: being in PGY-n means n-1 years are done.
            let done = residency.details["pgy"].flatMap { Int($0) }.map { $0 - 1 } ?? 0
            return done >= required
        case .ecfmgWindow:
            let passes = [MilestoneID.step1, .step2ck].compactMap { pathway.passDate($0) }
            guard let first = passes.min(), let last = passes.max() else { return true }
            return first.days(until: last) <= RuleFacts.ecfmgWindowYears * 365 + 1
        case .notBefore(let id, let status):
            guard let date = context.date, let earlier = pathway.day(id, reached: status) else { return true }
            return date >= earlier
        case .retakeSpacing:
            guard let date = context.date else { return true }
            return RetakeSpacing.holds(pathway[milestone].attempts.map(\.date) + [date])
        case .passingScore:
            guard context.status == .passed, let score = context.score, let date = context.date,
                let cutoff = Requirement.passingScore(for: milestone, on: date, in: pathway)
            else { return true }
            return score >= cutoff.score
        case .passedByRankDeadline:
            return Requirement.latePasses(in: pathway, cycle: Requirement.cycle(of: context)).isEmpty
        case .certificateValid:
            guard let start = context.date ?? pathway.residencyStart, let until = pathway.certificateValidThrough
            else { return true }
            return start <= until
        case .programLengthServed:
            guard let end = pathway.programEnd, let day = context.date ?? context.today else { return true }
            return day >= end
        }
    }

    /// The passing score in force for an exam on a day: the person's own entry for their exam,
    /// else the published table.
    public static func passingScore(for exam: MilestoneID, on date: CalendarDay, in pathway: Pathway)
        -> (score: Int, source: String)?
    {
        if let own = pathway[exam].details["passingScore"].flatMap({ Int($0) }) { return (own, "you set it") }
        return PassingScore.inForce(for: exam, on: date).map { ($0.score, $0.source) }
    }

    /// The Match cycle a change belongs to: the person's recorded cycle, else, for a Match
    /// result being recorded, the year of its day (the Match and SOAP are in March).
    static func cycle(of context: RuleContext) -> Int? {
        context.pathway.matchCycle ?? (context.milestone == .match ? context.date?.year : nil)
    }

    /// Step 1 and Step 2 CK passes dated after the rank order list deadline of the person's
    /// Match cycle (or of `cycle`), with that deadline.
    public static func latePasses(in pathway: Pathway, cycle: Int? = nil)
        -> [(exam: MilestoneID, passed: CalendarDay, deadline: CalendarDay)]
    {
        guard let cycle = cycle ?? pathway.matchCycle, SeasonCalendar.cycleRange.contains(cycle),
            let deadline = SeasonCalendar(pathway: pathway, today: .epoch, cycle: cycle)
                .event(.rankOrderListDeadline)?.date
        else { return [] }
        return [MilestoneID.step1, .step2ck].compactMap { id in
            pathway.passDate(id).flatMap { $0 > deadline ? (id, $0, deadline) : nil }
        }
    }

    /// Facts of the person's own situation that explain an unmet requirement, if any:
    /// "Step 2 CK passed on 2026-03-10, after the 2026 deadline (2026-02-25)".
    public func particulars(_ context: RuleContext) -> String? {
        let pathway = context.pathway
        switch self {
        case .notBefore(let id, let status):
            return pathway.day(id, reached: status).map { "\(Requirement.reachedText(id, status)) is dated \($0)" }
        case .passingScore:
            guard let date = context.date,
                let cutoff = Requirement.passingScore(for: context.milestone, on: date, in: pathway)
            else { return nil }
            return "the passing score for \(date) is \(cutoff.score) (\(cutoff.source)); check the score or your result"
        case .passedByRankDeadline:
            let late = Requirement.latePasses(in: pathway, cycle: Requirement.cycle(of: context))
            guard !late.isEmpty else { return nil }
            return late.map { "\(MilestoneCatalog[$0.exam].shortName) passed on \($0.passed)" }.joined(
                separator: " and ")
                + ", after the rank order list deadline (\(late[0].deadline)); the NRMP withdraws an applicant "
                + "whose exams ECFMG has not verified by then (SOAP too)"
        case .certificateValid:
            return pathway.certificateValidThrough.map { "the certificate is valid through \($0)" }
        case .programLengthServed:
            return pathway.programEnd.map { "the program's length is served on \($0)" }
        case .trainingYears:
            let figure = TrainingYears(for: pathway)
            return "\(figure.years) year\(figure.years == 1 ? "" : "s"): \(figure.source)"
        default:
            return nil
        }
    }
}
