import PathwayCore

/// What `imgpath status` reports, as plain text or as the JSON of the contract.
struct StatusReport: Encodable {
    struct Milestone: Encodable {
        let id: String
        let name: String
        let status: String
        let statusLabel: String
        let done: Bool
        let standing: String
        let date: String?
        let score: Int?
        let attemptsUsed: Int?
        let attemptsLeft: Int?
        let blockedBy: [String]
    }

    /// The plan's first step: the same step and date as `next --json`'s `step`.
    struct Next: Encodable {
        let milestone: String
        let status: String
        let command: String
        /// The earliest day the step is possible, when that is after today.
        let date: String?
        let estimated: Bool
        let note: String?

        init?(_ item: PlanItem?) {
            guard let item, let milestone = item.milestone, let status = item.status, let command = item.command
            else { return nil }
            self.milestone = milestone.rawValue
            self.status = status.rawValue
            self.command = command
            date = item.date?.description
            estimated = item.estimated
            note = item.note
        }
    }

    let file: String
    let done: Int
    let total: Int
    let milestones: [Milestone]
    let next: Next?
    let ineligible: String?
    /// What is wrong with the letters as they stand (a program over the limit, a letter assigned
    /// before ERAS received it), so `status` shows it beside the milestones.
    let letterWarnings: [String]
    /// When programs were interviewed after the rank order list was certified: that it must be
    /// certified again.
    let rankOrder: String?

    init(pathway: Pathway, file: String, today: CalendarDay) {
        self.file = file
        done = pathway.doneCount
        total = MilestoneID.allCases.count
        milestones = MilestoneID.allCases.map { id in
            let record = pathway[id]
            return Milestone(
                id: id.rawValue, name: MilestoneCatalog[id].name, status: record.status.rawValue,
                statusLabel: record.status.label, done: pathway.isDone(id),
                standing: pathway.standing(of: id).rawValue,
                date: record.date(of: record.status)?.description,
                score: id.isExam ? record.latestScore : nil,
                attemptsUsed: id.isExam ? record.attemptsUsed : nil,
                attemptsLeft: id.isExam ? pathway.attemptsLeft(id) : nil,
                blockedBy: PathwayMachine.blockingReasons(for: id, in: pathway).map(\.description))
        }
        next = Next(Plan(pathway: pathway, today: today).nextStep)
        ineligible = pathway.eligibilityEndedText
        letterWarnings = pathway.letterWarnings.map(\.message)
        let changed = !pathway.rankOrder.addedSinceCertified(pathway.programs).isEmpty && !pathway.isDone(.match)
        rankOrder = changed ? pathway.rankOrder.certificationText(pathway.programs) : nil
    }

    /// The plain-text form: one line per milestone, marks that read without colour.
    var text: String {
        var lines = [
            "imgpath: \(Output.field(file))", "Progress: \(done) of \(total) done  \(bar(width: 24))", "",
        ]
        let nameWidth = MilestoneCatalog.all.map { $0.name.count }.max() ?? 20
        for milestone in milestones {
            let standing = Standing(rawValue: milestone.standing) ?? .available
            var line = "  [\(standing.mark(unicode: false))] "
            line += milestone.name.padding(to: nameWidth) + "  " + milestone.statusLabel
            if let date = milestone.date { line += " \(date)" }
            if let score = milestone.score { line += ", score \(score)" }
            if let used = milestone.attemptsUsed, let left = milestone.attemptsLeft, used > 0 {
                line += ", \(used) attempt\(used == 1 ? "" : "s") used, \(left) left"
            }
            lines.append(line)
            for reason in milestone.blockedBy { lines.append("        blocked: " + Output.field(reason)) }
        }
        lines.append("")
        lines.append("Marks: [x] done  [~] in progress  [ ] available  [!] blocked  [F] needs a retake")
        if let ineligible { lines.append("Attention: \(ineligible)") }
        for warning in letterWarnings { lines.append("Letters: " + Output.field(warning)) }
        if let rankOrder { lines.append("Rank order list: " + rankOrder) }
        if let next {
            var line = "Next: \(next.command)"
            if let date = next.date { line += " from \(date)" + (next.estimated ? " (estimated)" : "") }
            lines.append(line)
            if let note = next.note { lines.append("      " + Output.field(note)) }
        } else if done == total {
            lines.append("Every milestone is done.")
        }
        return lines.joined(separator: "\n")
    }

    private func bar(width: Int) -> String {
        let filled = total == 0 ? 0 : done * width / total
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
