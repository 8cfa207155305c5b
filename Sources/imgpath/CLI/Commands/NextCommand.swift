import ArgumentParser
import PathwayCore

/// `imgpath next`: one line for a shell prompt: the nearest thing to do or date.
struct NextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next", abstract: "Print one line: the most pressing deadline or date, else the next step.",
        discussion: """
            In order: the oldest overdue deadline; a deadline or season date within \(NextCommand.horizon) days; \
            the next step of the pathway; a later date.
            """)

    /// Dates further away than this give way to the next step.
    static let horizon = 60

    @OptionGroup var options: FileOptions
    @Flag(help: "Print JSON.") var json = false

    /// The JSON form: `kind` is deadline, event, step or none; `text` is the line.
    struct Report: Encodable {
        let kind: String
        let text: String
        let item: AgendaJSON.Item?
        let milestone: String?
        let status: String?
    }

    func run() throws {
        let session = try Session.open(options, forWriting: false)
        let pathway = session.journal.pathway
        let agenda = Agenda(pathway: pathway, today: session.clock.today)
        let report: Report
        let nextStep = pathway.nextStep(today: session.clock.today)
        let fallback = nextStep == nil && pathway.eligibilityEndedText == nil ? agenda.next : nil
        if let item = agenda.next(withinDays: NextCommand.horizon) ?? fallback {
            let short = MilestoneCatalog[item.milestone].shortName
            let when = item.isOverdue ? "Overdue (\(item.whenText))" : item.whenText.capitalizedFirst
            report = Report(
                kind: item.isDeadline ? "deadline" : "event",
                text: "\(when): \(Output.field(item.title)) (\(short), \(item.date))",
                item: AgendaJSON.Item(item), milestone: item.milestone.rawValue, status: nil)
        } else if let step = nextStep {
            let reason = pathway.nextStepReason(today: session.clock.today).map { "; \($0)" } ?? ""
            report = Report(
                kind: "step",
                text: "Next step: \(MilestoneCatalog[step.milestone].shortName) \(step.status.label) "
                    + "(imgpath mark \(step.milestone.rawValue) \(step.status.rawValue))\(reason)",
                item: nil, milestone: step.milestone.rawValue, status: step.status.rawValue)
        } else {
            let text =
                pathway.eligibilityEndedText
                ?? (pathway.doneCount == MilestoneID.allCases.count
                    ? "Every milestone is done." : "Nothing dated ahead.")
            report = Report(kind: "none", text: text, item: nil, milestone: nil, status: nil)
        }
        if json { try JSONOutput.print(report) } else { Output.line(report.text) }
    }
}
