import ArgumentParser
import PathwayCore

/// `imgpath history`: every accepted change with its time.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "List every change, oldest first, with when it was made.")

    @OptionGroup var options: FileOptions
    @Flag(help: "Print JSON.") var json = false
    @Option(parsing: .unconditional, help: "Show only the last N changes.") var last: Int?

    func run() throws {
        if let last, last < 0 { throw ValidationError("--last takes a number of changes, 0 or more") }
        let session = try Session.open(options, forWriting: false)
        let journal = session.journal
        let entries = Array(journal.history.suffix(max(0, last ?? journal.history.count)))
        if json {
            try JSONOutput.print(entries)
            return
        }
        if journal.history.isEmpty {
            Output.line("No changes recorded yet in \(TerminalText.safe(session.store.path)).")
        }
        let width = String(journal.history.count).count
        let offset = journal.history.count - entries.count
        // Written in blocks: one write per line would be a system call per change.
        var block: [String] = []
        for (index, entry) in entries.enumerated() {
            let number = String(offset + index + 1)
            let padding = String(repeating: " ", count: width - number.count)
            block.append("\(padding)\(number). \(entry.at.localDescription)  " + TerminalText.safe(entry.change.summary))
            if block.count == 1_000 {
                Output.line(block.joined(separator: "\n"))
                block.removeAll(keepingCapacity: true)
            }
        }
        if !block.isEmpty { Output.line(block.joined(separator: "\n")) }
        if !journal.redoStack.isEmpty {
            Output.line("(\(journal.redoStack.count) undone change\(journal.redoStack.count == 1 ? "" : "s") can be redone)")
        }
    }
}
