import ArgumentParser
import PathwayCore

/// `imgpath next`: one line for a shell prompt: the plan's first item.
struct NextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next", abstract: "Print one line: the first item of the plan.",
        discussion: """
            In order: the oldest overdue item; a deadline or date within \(Plan.soonDays) days; the next step \
            of the pathway (with the earliest day it is possible); a later date. With --json, `step` is the \
            plan's first step, the same as `status --json`'s `next`.
            """)

    @OptionGroup var options: FileOptions
    @Flag(help: "Print JSON.") var json = false

    /// The JSON form: `kind` is the plan item's kind (overdue, deadline, step, season, reminder) or
    /// none; `text` is the line.
    struct Report: Encodable {
        let kind: String
        let text: String
        let date: String?
        let estimated: Bool
        let item: AgendaJSON.Item?
        let milestone: String?
        let status: String?
        let step: StatusReport.Next?
    }

    func run() throws {
        let session = try Session.open(options, forWriting: false, allPrograms: false)
        let pathway = session.journal.pathway
        let plan = Plan(pathway: pathway, today: session.clock.today)
        let step = StatusReport.Next(plan.nextStep)
        let report: Report
        // Once USMLE eligibility has ended, that is the news, not a later date.
        let first = pathway.eligibilityEndedText != nil && plan.nextStep == nil ? nil : plan.next
        if let item = first, let source = item.source {
            let short = MilestoneCatalog[source.milestone].shortName
            let when = source.isOverdue ? "Overdue (\(source.whenText))" : source.whenText.capitalizedFirst
            report = Report(
                kind: item.kind.rawValue, text: "\(when): \(Output.field(source.title)) (\(short), \(source.date))",
                date: source.date.description, estimated: false, item: AgendaJSON.Item(source),
                milestone: source.milestone.rawValue, status: nil, step: step)
        } else if let item = first, item.kind == .step, let milestone = item.milestone, let status = item.status {
            var text = "Next step: \(MilestoneCatalog[milestone].shortName) \(status.label) (\(item.command ?? ""))"
            if let date = item.dateText { text += " from \(date)" }
            if let note = item.note { text += "; " + note }
            report = Report(
                kind: "step", text: text, date: item.date?.description, estimated: item.estimated, item: nil,
                milestone: milestone.rawValue, status: status.rawValue, step: step)
        } else if let item = first, let day = item.dateText {
            let short = item.milestone.map { MilestoneCatalog[$0].shortName } ?? ""
            report = Report(
                kind: item.kind.rawValue, text: "\(item.whenText.capitalizedFirst): \(item.text) (\(short), \(day))",
                date: item.date?.description, estimated: item.estimated,
                item: AgendaJSON.Item(item, cycle: plan.calendar.cycle), milestone: item.milestone?.rawValue,
                status: nil, step: step)
        } else {
            let text =
                pathway.eligibilityEndedText
                ?? (pathway.doneCount == MilestoneID.allCases.count
                    ? "Every milestone is done." : "Nothing dated ahead.")
            report = Report(
                kind: "none", text: text, date: nil, estimated: false, item: nil, milestone: nil, status: nil,
                step: step)
        }
        if json { try JSONOutput.print(report) } else { Output.line(report.text) }
    }
}
