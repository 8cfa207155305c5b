import ArgumentParser
import PathwayCore

extension ExportFormat: ExpressibleByArgument {}

/// `imgpath export --format markdown|json|csv|ics [--output PATH]`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a report (Markdown), the document (JSON), a table (CSV) or a calendar (ICS).",
        discussion: """
            markdown: a report for an adviser. json: the pathway document as the file holds it.
            The report and the CSV table leave letter writers' and supervisors' names out unless \
            --names is given.
            csv: history, deadlines, season events, experience and letters in one table (first column `type`).
            ics: deadlines and dated season events as all-day events; importing a newer export updates them.
            Without --output the export goes to standard output. A file is written whole or not at all.
            """)

    @OptionGroup var options: FileOptions
    @Option(help: "markdown, json, csv or ics.") var format: ExportFormat
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path")) var output: String?
    @Flag(help: "Put letter writers' and supervisors' names in the Markdown report and the CSV table.")
    var names = false

    func run() throws {
        let session = try Session.open(options, forWriting: false)
        let now = session.clock.now()
        guard let output else {
            var sink = StandardOutputSink()
            try format.write(session.journal, now: now, names: names, to: &sink)
            sink.flush()
            return
        }
        do {
            if let own = session.store.ownFile(named: output) {
                throw ExportError.wouldOverwriteData(path: output, role: own.role)
            }
            let file = try AtomicFileOutput(path: output)
            var sink = file
            do {
                try format.write(session.journal, now: now, names: names, to: &sink)
            } catch {
                file.discard()
                throw error
            }
            try file.commit()
        } catch let error as ExportError {
            Output.error("imgpath: " + Output.field("\(error)"))
            throw ExitStatus.fileAccess.code
        }
        Output.error("Exported \(format.rawValue) to " + Output.field(output))
    }
}
