import ArgumentParser
import PathwayCore

/// `imgpath check`: validates the file without changing it.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check that the pathway file can be read; never changes it.")

    @OptionGroup var options: FileOptions

    func run() throws {
        let session = try Session.open(options, forWriting: false)
        guard session.store.fileExists else {
            Output.line("\(TerminalText.safe(session.store.path)): no file yet; it is created on the first change.")
            return
        }
        let journal = session.journal
        Output.line(
            "\(TerminalText.safe(session.store.path)): OK (schemaVersion \(PathwayDocument.currentSchemaVersion), "
                + "\(journal.history.count) changes, \(journal.pathway.doneCount) of 8 milestones done)")
    }
}
