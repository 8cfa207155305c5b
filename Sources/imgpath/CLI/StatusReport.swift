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

    struct Next: Encodable {
        let milestone: String
        let status: String
        let command: String
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

    init(pathway: Pathway, file: String) {
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
        next = pathway.nextStep.map {
            Next(
                milestone: $0.milestone.rawValue, status: $0.status.rawValue,
                command: "imgpath mark \($0.milestone.rawValue) \($0.status.rawValue)")
        }
        ineligible = pathway.eligibilityEndedText
        letterWarnings = pathway.letterWarnings.map(\.message)
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
        if let next {
            lines.append("Next: \(next.command)")
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
