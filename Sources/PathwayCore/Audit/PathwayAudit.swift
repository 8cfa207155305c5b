/// Runs the rules over a stored pathway and lists every one it breaks (`imgpath check`, and the
/// warning the screen shows on open).
///
/// Replaying a history trusts it: a file edited by hand, or written before a rule existed, can
/// hold what the machine would refuse today. The audit finds that, so the person is told, while
/// their file stays theirs: nothing here changes it.
public enum PathwayAudit {
    /// Every rule the pathway breaks, milestone by milestone in pathway order, then deadlines.
    public static func findings(in pathway: Pathway, today: CalendarDay) -> [AuditFinding] {
        var found: [AuditFinding] = []
        for id in MilestoneID.allCases {
            found += statusFindings(id, in: pathway)
            found += dateFindings(id, in: pathway, today: today)
            if id.isExam { found += attemptFindings(id, in: pathway, today: today) }
        }
        found += eligibilityFindings(in: pathway)
        for deadline in pathway.deadlines where !PathwayMachine.deadlineDays.contains(deadline.date) {
            found.append(
                AuditFinding(
                    milestone: deadline.milestone, field: "deadline \(deadline.id)",
                    rule: "\(deadline.date) is outside the dates a deadline can have "
                        + "(\(PathwayMachine.deadlineDays.lowerBound) to \(PathwayMachine.deadlineDays.upperBound))",
                    source: "imgpath deadline rules"))
        }
        found += letterFindings(in: pathway, today: today)
        var seen = Set<AuditFinding>()
        return found.filter { seen.insert($0).inserted }
    }

    /// Letters that name an experience or a program that is not recorded, or carry a day in the
    /// future (the loader already refuses an end before a start and a receipt before a request).
    static func letterFindings(in pathway: Pathway, today: CalendarDay) -> [AuditFinding] {
        var found: [AuditFinding] = []
        func add(_ letter: Letter, _ rule: String) {
            found.append(
                AuditFinding(milestone: .eras, field: "letter \(letter.id)", rule: rule, source: "imgpath letter rules")
            )
        }
        for letter in pathway.letters {
            if let experience = letter.experienceID, pathway.experience(experience) == nil {
                add(letter, "it came from \(experience), which is not recorded")
            }
            for (program, day) in letter.assignments.sorted(by: { $0.key < $1.key }) {
                if !pathway.isRecorded(program: program) {
                    add(letter, "it is assigned to \(program), which is not recorded")
                }
                if day > today { add(letter, "it is assigned to \(program) on \(day), after today (\(today))") }
            }
            for (label, day) in [("requested", letter.requested), ("received", letter.received)] {
                if let day, day > today { add(letter, "\(label) on \(day) is after today (\(today))") }
            }
        }
        return found
    }

    /// The strict guards of the move into the milestone's current status, checked against what is
    /// recorded now and the day the status was reached.
    static func statusFindings(_ id: MilestoneID, in pathway: Pathway) -> [AuditFinding] {
        let current = pathway[id].status
        guard current != .notStarted else { return [] }
        // The current status answers to every strict rule of the move into it; earlier statuses
        // with a recorded day (residency started, then completed) answer to their chronology.
        let earlier = MilestoneCatalog[id].statuses.filter {
            $0 != current && $0 != .notStarted && pathway[id].date(of: $0) != nil
        }
        return ([current] + earlier).flatMap { status -> [AuditFinding] in
            guard let transition = TransitionTable.transition(id, to: status) else { return [] }
            let context = RuleContext(
                pathway: pathway, milestone: id, status: status, date: pathway.day(id, reached: status))
            return transition.guards.filter { rule in
                guard rule.severity == .block else { return false }
                switch rule.requirement {
                // Limits and spacing concern the attempts, checked one by one below.
                case .attemptsLeft, .usmleEligible, .examsAttainable, .retakeSpacing: return false
                case .notBefore: return !rule.requirement.isMet(context)
                default: return status == current && !rule.requirement.isMet(context)
                }
            }.map { rule in
                var text = "\(transition.goal) needs \(rule.requirement.text)"
                if let particulars = rule.requirement.particulars(context) { text += "; \(particulars)" }
                let field: String
                if case .notBefore = rule.requirement {
                    field = "date of \(status.label)"
                } else {
                    field = "status \(status.rawValue)"
                }
                return AuditFinding(milestone: id, field: field, rule: text, source: rule.source)
            }
        }
    }

    /// Results dated in the future or before 1950.
    static func dateFindings(_ id: MilestoneID, in pathway: Pathway, today: CalendarDay) -> [AuditFinding] {
        let info = MilestoneCatalog[id]
        return info.statuses.compactMap { status -> AuditFinding? in
            // An exam's result days are its attempts' days, checked with the attempts.
            guard status != .scheduled, !info.attemptStatuses.contains(status), info.isDone(status),
                let day = pathway[id].date(of: status), let problem = implausible(day, today: today)
            else { return nil }
            return AuditFinding(
                milestone: id, field: "date of \(status.label)", rule: problem, source: RuleFacts.chronologySource)
        }
    }

    /// The attempts of one Step: their number, days, order, spacing and scores.
    static func attemptFindings(_ id: MilestoneID, in pathway: Pathway, today: CalendarDay) -> [AuditFinding] {
        let attempts = pathway[id].attempts
        let name = MilestoneCatalog[id].shortName
        var found: [AuditFinding] = []
        func add(_ field: String, _ rule: String, _ source: String) {
            found.append(AuditFinding(milestone: id, field: field, rule: rule, source: source))
        }
        let beforePass = attempts.firstIndex { $0.result == .passed }.map { attempts[...$0] } ?? attempts[...]
        if beforePass.count > RuleFacts.usmleAttemptLimit {
            add(
                "attempts",
                "\(beforePass.count) attempts at \(name) are recorded; the limit is "
                    + "\(RuleFacts.usmleAttemptLimit), incomplete ones included", RuleFacts.usmleAttemptLimitSource)
        }
        for (index, attempt) in attempts.enumerated() {
            let field = "attempt \(index + 1) date"
            if let problem = implausible(attempt.date, today: today) { add(field, problem, RuleFacts.chronologySource) }
            if let score = attempt.score {
                if !RuleFacts.scoreRange.contains(score) {
                    add("attempt \(index + 1) score", "\(RuleViolation.scoreOutOfRange(score))", "usmle.org")
                } else if id == .step1, let cutoff = RuleFacts.step1PassFailOnlyFrom, attempt.date >= cutoff {
                    add(
                        "attempt \(index + 1) score", "\(RuleViolation.scoreNotReported(id, date: attempt.date))",
                        RuleFacts.step1PassFailSource)
                }
            }
        }
        if attempts.map(\.date) != attempts.map(\.date).sorted() {
            add("attempts", "the attempts are not in date order", RuleFacts.chronologySource)
        }
        if let broken = RetakeSpacing.firstBreak(attempts.map(\.date)) {
            add(
                "attempt on \(broken.day)",
                "\(name) on \(broken.day) comes too soon after the earlier attempts; the earliest day for it "
                    + "was \(broken.earliest) (\(Requirement.retakeSpacing.text))", RuleFacts.retakeSpacingSource)
        }
        return found
    }

    /// Attempts at any Step after a Step used every attempt without a pass.
    static func eligibilityFindings(in pathway: Pathway) -> [AuditFinding] {
        guard let failed = pathway.stepAtAttemptLimit else { return [] }
        let limitAttempts = pathway[failed].attempts.prefix(RuleFacts.usmleAttemptLimit)
        guard let ended = limitAttempts.last?.date else { return [] }
        return MilestoneID.allCases.filter(\.isExam).flatMap { id in
            pathway[id].attempts.enumerated().filter { $0.element.date > ended }.map { index, attempt in
                AuditFinding(
                    milestone: id, field: "attempt \(index + 1) date",
                    rule: "an attempt on \(attempt.date) comes after USMLE eligibility ended on \(ended) "
                        + "(\(RuleFacts.usmleAttemptLimit) attempts at \(MilestoneCatalog[failed].shortName) without a pass)",
                    source: RuleFacts.usmleAttemptLimitSource)
            }
        }
    }

    /// The warning shown when a file is opened: how many rules are broken, the first one, and
    /// where to see them all; nil when none is.
    public static func openingWarning(_ findings: [AuditFinding]) -> String? {
        guard let first = findings.first else { return nil }
        let count = findings.count == 1 ? "1 rule" : "\(findings.count) rules"
        return "This file breaks \(count) (kept as it is; `imgpath check` lists all): \(first)"
    }

    /// Why a result's day cannot be true, or nil when it can.
    static func implausible(_ day: CalendarDay, today: CalendarDay) -> String? {
        if day > today { return "\(day) is after today (\(today)); a result cannot be in the future" }
        if day < RuleFacts.earliestResultDay {
            return "\(day) is before \(RuleFacts.earliestResultDay); most likely a typing mistake"
        }
        return nil
    }

    /// The chronology findings only (dates against dates), which new changes must not add to.
    static func chronology(in pathway: Pathway) -> Set<AuditFinding> {
        Set(
            MilestoneID.allCases.flatMap { statusFindings($0, in: pathway) }
                .filter { $0.source == RuleFacts.chronologySource })
    }
}
