import ArgumentParser
import PathwayCore

/// `imgpath status [--json]`: where the person stands, for people and scripts.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show every milestone, what is blocked and why, and what comes next.")

    @OptionGroup var options: FileOptions
    @Flag(help: "Print JSON (milestones in pathway order with id, status and done).") var json = false

    func run() throws {
        let session = try Session.open(options, forWriting: false, allPrograms: false)
        let report = StatusReport(
            pathway: session.journal.pathway, file: session.store.path, today: session.clock.today)
        if json { try JSONOutput.print(report) } else { Output.line(report.text) }
    }
}
