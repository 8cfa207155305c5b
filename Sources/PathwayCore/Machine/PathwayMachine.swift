/// The rules engine: decides whether a change is allowed, from the transition table and the facts.
///
/// Pure functions only: the caller passes the pathway and today's date.
public enum PathwayMachine {
    /// Accepts a change (with any warnings) or refuses it with the first unmet rule.
    public static func evaluate(
        _ change: Change, in pathway: Pathway, today: CalendarDay
    ) -> Result<Decision, RuleViolation> {
        switch change {
        case .mark(let id, let status, let date, let score, let note, let incomplete):
            let day = date ?? today
            let completed = Change.mark(id, status, date: day, score: score, note: note, incomplete: incomplete)
            if incomplete && status != .failed {
                return .failure(
                    .invalidValue(field: "incomplete", value: status.rawValue, expected: "the status failed"))
            }
            // A test date given by the person is a new sitting; "scheduled" without one only says
            // an exam is booked, so the spacing waits for its day.
            let sittingDay = status == .scheduled ? date : day
            return check(id, to: status, date: day, sittingDay: sittingDay, score: score, in: pathway, today: today)
                .map { Decision(change: completed, warnings: $0) }
        case .tick(let id, let item, let done):
            guard MilestoneCatalog[id].item(item) != nil else { return .failure(.unknownItem(id, item)) }
            if pathway.isDerivedItem(id, item) {
                return .failure(
                    .letterRule(
                        "the letters item is ticked from your letters (imgpath letter received) while letters are "
                            + "recorded; it is not ticked by hand"))
            }
            guard pathway[id].isTicked(item) != done else {
                return .failure(.noChange("\(item) is already \(done ? "ticked" : "unticked")"))
            }
            if !done {
                // An item the milestone's status stands on stays ticked (certified needs every
                // requirement): unticking it would leave a file `check` reports.
                var after = pathway
                after.apply(change)
                let before = Set(PathwayAudit.statusFindings(id, in: pathway))
                if let broken = PathwayAudit.statusFindings(id, in: after).first(where: { !before.contains($0) }) {
                    return .failure(
                        .conflict(
                            "\(MilestoneCatalog[id].shortName) is \(pathway[id].status.label), and \(broken.rule) "
                                + "(\(broken.source)); change the status first (undo the change that set it) to untick it"
                        ))
                }
            }
            let advice = id == .ecfmg && item == "communication" && done ? OETRequirement.warnings(in: pathway) : []
            return .success(Decision(change: change, warnings: advice))
        case .note(let id, let text):
            guard pathway[id].notes != text else { return .failure(.noChange("the notes are the same")) }
            return .success(Decision(change: change, warnings: []))
        case .detail(let id, let fieldID, let value):
            guard let field = MilestoneCatalog[id].field(fieldID) else {
                return .failure(.unknownField(id, fieldID))
            }
            if pathway.isDerived(id, fieldID) {
                return .failure(
                    .programRule(
                        "\(field.label) is counted from \(pathway.derivedSource(id, fieldID)) while "
                            + (pathway.derivedSource(id, fieldID).contains("letter") ? "letters" : "programs")
                            + " are recorded; it is not typed"))
            }
            let normalized: String?
            if let value, !value.trimmingSpaces().isEmpty {
                switch field.normalize(value) {
                case .success(let text): normalized = text
                case .failure(let violation): return .failure(violation)
                }
            } else {
                normalized = nil
            }
            guard pathway[id].details[fieldID] != normalized else {
                return .failure(.noChange("\(field.label) is already \(normalized ?? "empty")"))
            }
            let detail = Change.detail(id, field: fieldID, value: normalized)
            if field.kind == .date, let conflict = newConflict(detail, in: pathway) { return .failure(conflict) }
            let dated = (id == .ecfmg && fieldID == "validThrough") || (id == .residency && fieldID == "startDate")
            return .success(Decision(change: detail, warnings: dated ? warnings(after: detail, in: pathway) : []))
        case .date(let id, let status, let day):
            guard MilestoneCatalog[id].statuses.contains(status), status != .notStarted else {
                return .failure(.statusNotInMilestone(id, status.rawValue))
            }
            if let day, status != .scheduled, day > today {
                return .failure(.resultDateInFuture(day, today: today))
            }
            if let day, status != .scheduled, day < RuleFacts.earliestResultDay {
                return .failure(.dateOutOfRange(day, allowed: RuleFacts.earliestResultDay...today, what: "a result"))
            }
            if let day, id == .step1, status == .passed || status == .failed,
                pathway[id].attempts.last?.score != nil, !scoreAllowed(id, on: day)
            {
                return .failure(.scoreNotReported(id, date: day))
            }
            guard pathway[id].date(of: status) != day else { return .failure(.noChange("the date is the same")) }
            if let conflict = newConflict(change, in: pathway) { return .failure(conflict) }
            return .success(Decision(change: change, warnings: []))
        case .score(let id, let score):
            guard let attempt = pathway[id].attempts.last else {
                return .failure(.scoreNeedsResult(pathway[id].status))
            }
            if let score {
                guard RuleFacts.scoreRange.contains(score) else { return .failure(.scoreOutOfRange(score)) }
                guard scoreAllowed(id, on: attempt.date) else {
                    return .failure(.scoreNotReported(id, date: attempt.date))
                }
            }
            guard attempt.score != score else { return .failure(.noChange("the score is the same")) }
            let scored = RuleContext(
                pathway: pathway, milestone: id, status: attempt.result == .passed ? .passed : .failed,
                date: attempt.date, score: score)
            let advice =
                Requirement.passingScore.isMet(scored)
                ? []
                : [
                    RuleWarning(
                        "A passed score usually is \(Requirement.passingScore.text) ("
                            + (Requirement.passingScore.particulars(scored) ?? "") + ")",
                        source: "usmle.org and secondary sources, 2014-2025 (editable per exam)")
                ]
            return .success(Decision(change: change, warnings: advice))
        case .profile(let field, let value):
            var normalized = value.map { $0.trimmingSpaces() }.flatMap { $0.isEmpty ? nil : $0 }
            if let text = normalized {
                let invalid = RuleViolation.invalidValue(field: field.label, value: text, expected: field.accepts)
                switch field {
                case .graduationYear:
                    guard let year = Int(text), (1900...2100).contains(year) else { return .failure(invalid) }
                case .citizenship:
                    // Stored by id; "green card" or "US citizen" are read as well.
                    guard let choice = Citizenship(rawValue: text) ?? Citizenship(lenient: text) else {
                        return .failure(invalid)
                    }
                    normalized = choice == .unknown ? nil : choice.rawValue
                case .visaTrack:
                    guard let choice = VisaTrack(rawValue: text) ?? VisaTrack(lenient: text) else {
                        return .failure(invalid)
                    }
                    normalized = choice == .none ? nil : choice.rawValue
                default: break
                }
            }
            var probe = pathway.profile
            probe.set(field, to: normalized)
            guard probe != pathway.profile else {
                return .failure(.noChange("\(field.label) is already \(normalized ?? "empty")"))
            }
            return .success(Decision(change: .profile(field, value: normalized), warnings: []))
        case .addDeadline, .editDeadline, .removeDeadline, .seasonCycle, .seasonDate:
            return evaluateSchedule(change, in: pathway)
        case .addProgram, .editProgram, .markProgram, .removeProgram, .importPrograms, .rankMove, .rankCertify,
            .markPrograms, .removePrograms:
            return evaluateProgram(change, in: pathway, today: today)
        case .addExperience, .editExperience, .removeExperience, .addLetter, .editLetter, .removeLetter,
            .assignLetter, .assignLetterToPrograms, .unassignLetter, .letterReceived, .letterLimit:
            return evaluateLetters(change, in: pathway, today: today)
        }
    }

    /// Every status of a milestone other than its current one, allowed or not, with reasons.
    public static func options(
        for id: MilestoneID, in pathway: Pathway, today: CalendarDay
    ) -> [StatusOption] {
        let current = pathway[id].status
        // The current status is offered only where moving into it again means something
        // (another failed attempt at an exam).
        return MilestoneCatalog[id].statuses.filter {
            $0 != current || TransitionTable.transition(id, to: $0)?.from.contains(current) == true
        }.map { status in
            let blockers = blockers(id, to: status, in: pathway)
            let warnings = blockers.isEmpty ? warnings(id, to: status, in: pathway) : []
            return StatusOption(status: status, blockers: blockers, warnings: warnings)
        }
    }

    /// Why the milestone cannot move on at all, for "blocked" marks: when every forward move is
    /// refused, the reasons of the first one in the usual order.
    public static func blockingReasons(for id: MilestoneID, in pathway: Pathway) -> [RuleViolation] {
        let status = pathway[id].status
        let order = MilestoneCatalog[id].statuses
        // A bad outcome (no match) is not a way forward.
        let forward = TransitionTable.next(id, from: status).filter { $0 != .notStarted && $0 != .unmatched }
            .sorted { (order.firstIndex(of: $0) ?? 0) < (order.firstIndex(of: $1) ?? 0) }
        let perMove = forward.map { blockers(id, to: $0, in: pathway) }
        guard let first = perMove.first, perMove.allSatisfy({ !$0.isEmpty }) else { return [] }
        return first
    }

    /// The next status a person would usually move to, if it is allowed (the "advance" key).
    ///
    /// Completing residency is suggested only once its start date plus its length has come by
    /// `today`; without today or those fields it is left to the person to pick.
    public static func suggestedNext(for id: MilestoneID, in pathway: Pathway, today: CalendarDay? = nil) -> Status? {
        let status = pathway[id].status
        let order = MilestoneCatalog[id].statuses
        let allowed = TransitionTable.next(id, from: status).filter {
            $0 != .notStarted && blockers(id, to: $0, in: pathway).isEmpty
        }.filter { next in
            guard id == .residency, next == .completed else { return true }
            guard let today, let end = pathway.programEnd else { return false }
            return today >= end
        }
        // Prefer the next status in the usual order that is not a bad outcome.
        let preferred = allowed.filter { $0 != .failed && $0 != .unmatched }
        // After a failed attempt the usual next move is to register again.
        let position = status == .failed ? 0 : (order.firstIndex(of: status) ?? 0)
        return preferred.sorted { (order.firstIndex(of: $0) ?? 0) < (order.firstIndex(of: $1) ?? 0) }
            .first { (order.firstIndex(of: $0) ?? 0) > position } ?? preferred.first
    }

    // MARK: - Marks

    private static func check(
        _ id: MilestoneID, to status: Status, date: CalendarDay, sittingDay: CalendarDay?, score: Int?,
        in pathway: Pathway, today: CalendarDay
    ) -> Result<[RuleWarning], RuleViolation> {
        let context = RuleContext(
            pathway: pathway, milestone: id, status: status, date: date, score: score, today: today)
        if let first = blockers(id, to: status, in: pathway).first { return .failure(first) }
        let isResult = MilestoneCatalog[id].attemptStatuses.contains(status)
        // What has happened has a day that has been: only an exam's day and a residency's start
        // are recorded ahead (a registration, a certified rank list or a match are not).
        if status != .scheduled, status != .inTraining, date > today {
            return .failure(.resultDateInFuture(date, today: today))
        }
        if isResult || MilestoneCatalog[id].isDone(status), status != .scheduled, date < RuleFacts.earliestResultDay {
            return .failure(.dateOutOfRange(date, allowed: RuleFacts.earliestResultDay...today, what: "a result"))
        }
        // Rules about the change's own day: chronology and retake spacing.
        if let transition = TransitionTable.transition(id, to: status) {
            for rule in transition.guards where rule.severity == .block {
                switch rule.requirement {
                case .notBefore(let other, let reached):
                    if !rule.requirement.isMet(context), let earliest = pathway.day(other, reached: reached) {
                        return .failure(
                            .tooEarly(
                                goal: transition.goal, date: date, after: Requirement.reachedText(other, reached),
                                earliest: earliest))
                    }
                case .retakeSpacing:
                    let sitting = RuleContext(pathway: pathway, milestone: id, status: status, date: sittingDay)
                    if let sittingDay, !rule.requirement.isMet(sitting) {
                        let days = pathway[id].attempts.map(\.date)
                        let earliest =
                            RetakeSpacing.earliestAttempt(after: days.filter { $0 <= sittingDay })
                            ?? RetakeSpacing.firstBreak(days + [sittingDay])?.earliest ?? sittingDay
                        return .failure(.retakeTooSoon(id, date: sittingDay, earliest: earliest))
                    }
                default: break
                }
            }
        }
        if let score {
            guard isResult else { return .failure(.scoreNeedsResult(status)) }
            guard RuleFacts.scoreRange.contains(score) else { return .failure(.scoreOutOfRange(score)) }
            guard scoreAllowed(id, on: date) else { return .failure(.scoreNotReported(id, date: date)) }
        }
        return .success(
            warnings(id, to: status, in: pathway, context: context)
                + matchWeekWarnings(id, to: status, date: date, in: pathway, today: today))
    }

    private static func blockers(_ id: MilestoneID, to status: Status, in pathway: Pathway) -> [RuleViolation] {
        let current = pathway[id].status
        guard MilestoneCatalog[id].statuses.contains(status) else {
            return [.statusNotInMilestone(id, status.rawValue)]
        }
        guard let transition = TransitionTable.transition(id, to: status), transition.from.contains(current)
        else {
            return [.noTransition(id, from: current, to: status, allowed: TransitionTable.next(id, from: current))]
        }
        return transition.guards.filter { $0.severity == .block && !$0.requirement.isMet(in: pathway, for: id) }
            .map { violation(for: $0.requirement, goal: transition.goal, milestone: id, in: pathway) }
    }

    private static func warnings(
        _ id: MilestoneID, to status: Status, in pathway: Pathway, context: RuleContext? = nil
    ) -> [RuleWarning] {
        guard let transition = TransitionTable.transition(id, to: status) else { return [] }
        let context = context ?? RuleContext(pathway: pathway, milestone: id, status: status)
        return transition.guards.filter { $0.severity == .warn && !$0.requirement.isMet(context) }
            .map { guardRule in
                var message = "\(transition.goal) usually needs \(guardRule.requirement.text)"
                if let particulars = guardRule.requirement.particulars(context) { message += " (\(particulars))" }
                if let advice = guardRule.advice { message += ": \(advice)" }
                return RuleWarning(message, source: guardRule.source)
            }
    }

    /// The first chronology finding a date change would add to those already on record; nil when
    /// it adds none. Findings already there (a file from before a rule) do not lock the person out.
    static func newConflict(_ change: Change, in pathway: Pathway) -> RuleViolation? {
        var probe = pathway
        probe.apply(change)
        let before = PathwayAudit.chronology(in: pathway)
        let added = PathwayAudit.chronology(in: probe).subtracting(before)
        guard let first = added.sorted(by: { $0.description < $1.description }).first else { return nil }
        return .conflict(first.rule + " (\(first.source))")
    }

    /// Advice after a date field changes: a residency start after the certificate's validity.
    static func warnings(after change: Change, in pathway: Pathway) -> [RuleWarning] {
        var probe = pathway
        probe.apply(change)
        guard probe[.residency].status != .notStarted, !Requirement.certificateValid.isMet(in: probe, for: .residency),
            let text = Requirement.certificateValid.particulars(
                RuleContext(pathway: probe, milestone: .residency, status: .inTraining))
        else { return [] }
        return [
            RuleWarning(
                "Starting residency usually needs \(Requirement.certificateValid.text) (\(text))",
                source: RuleFacts.certificateValiditySource)
        ]
    }

    private static func violation(
        for requirement: Requirement, goal: String, milestone: MilestoneID, in pathway: Pathway
    ) -> RuleViolation {
        switch requirement {
        case .attemptsLeft: .attemptLimit(milestone, limit: RuleFacts.usmleAttemptLimit)
        case .usmleEligible, .examsAttainable:
            .ineligible(failedStep: pathway.stepAtAttemptLimit ?? milestone, limit: RuleFacts.usmleAttemptLimit)
        default: .unmet(goal: goal, requirement: requirement.text)
        }
    }

    /// Step 1 has a three-digit score only for exams on or before 25 Jan 2022.
    private static func scoreAllowed(_ id: MilestoneID, on date: CalendarDay) -> Bool {
        guard id == .step1, let cutoff = RuleFacts.step1PassFailOnlyFrom else { return true }
        return date < cutoff
    }
}
