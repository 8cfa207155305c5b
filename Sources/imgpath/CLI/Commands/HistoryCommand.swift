import ArgumentParser
import PathwayCore

/// `imgpath history`: the history lines, newest first, read from the end of the file.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "List the changes, undos and redos, newest first, with when they were made.")

    @OptionGroup var options: FileOptions
    @Flag(help: "Print JSON.") var json = false
    @Option(parsing: .unconditional, help: "Show only the last N lines.") var last: Int?

    func run() throws {
        if let last, last < 0 { throw ValidationError("--last takes a number of changes, 0 or more") }
        let session = try Session.open(options, forWriting: false)
        let journal = session.journal
        let lines: [HistoryLine]
        do {
            lines = try journal.newestLines(limit: last ?? Int.max)
        } catch {
            throw Session.fail(error)
        }
        if json {
            try JSONOutput.print(lines.map(\.entry))
            return
        }
        if journal.isEmpty { Output.line("No changes recorded yet in " + Output.field(session.store.path) + ".") }
        let width = String(journal.head.seq).count
        // Written in blocks: one write per line would be a system call per change.
        var block: [String] = []
        for line in lines {
            let number = String(line.seq)
            let padding = String(repeating: " ", count: width - number.count)
            let prefix = line.op == .undo ? "Undone: " : line.op == .redo ? "Redone: " : ""
            block.append(
                "\(padding)\(number). \(line.at.localDescription)  \(prefix)" + Output.field(line.entry.change.summary))
            if block.count == 1_000 {
                Output.line(block.joined(separator: "\n"))
                block.removeAll(keepingCapacity: true)
            }
        }
        if !block.isEmpty { Output.line(block.joined(separator: "\n")) }
        if journal.canRedo { Output.line("(an undone change can be redone with `imgpath redo`)") }
    }
}
