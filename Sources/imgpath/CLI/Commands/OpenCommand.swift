import ArgumentParser
import PathwayCore

/// `imgpath` / `imgpath open`: the interactive screen.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open the interactive screen (the default).")

    @OptionGroup var options: FileOptions
    @Option(help: "The colour theme (see `imgpath themes`).") var theme: String?

    func run() throws {
        let session = try Session.open(options, forWriting: false)
        Output.line(StatusReport(pathway: session.journal.pathway, file: session.store.path).text)
    }
}
