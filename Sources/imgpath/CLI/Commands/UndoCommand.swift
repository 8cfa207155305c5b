import ArgumentParser
import PathwayCore

/// `imgpath undo` and `imgpath redo`: step back and forth through the history, across restarts.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "undo", abstract: "Take back the last change.")
    @OptionGroup var options: FileOptions

    func run() throws { try step(options, undo: true) }
}

/// `imgpath redo`.
struct RedoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "redo", abstract: "Re-apply the last undone change.")
    @OptionGroup var options: FileOptions

    func run() throws { try step(options, undo: false) }
}

private func step(_ options: FileOptions, undo: Bool) throws {
    let session = try Session.open(options, forWriting: true)
    var journal = session.journal
    switch undo ? journal.undo() : journal.redo() {
    case .success(let entry):
        try Session(store: session.store, journal: journal, clock: session.clock).save()
        Output.line("\(undo ? "Undone" : "Redone"): " + Output.field(entry.change.summary))
    case .failure(let violation):
        Output.error("Refused: " + Output.field("\(violation)"))
        throw ExitStatus.refused.code
    }
}
