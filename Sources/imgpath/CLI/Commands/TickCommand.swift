import ArgumentParser
import PathwayCore

/// `imgpath tick MILESTONE ITEM`: ticks a checklist item such as an ERAS document.
struct TickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tick",
        abstract: "Tick (or with --off untick) a checklist item, such as an ERAS document.",
        discussion: MilestoneCatalog.all.filter { !$0.items.isEmpty }.map { info in
            "\(info.id.rawValue) items: " + info.items.map(\.id).joined(separator: ", ")
        }.joined(separator: "\n"))

    @OptionGroup var options: FileOptions
    @Argument(help: "The milestone.") var milestone: MilestoneID
    @Argument(help: "The item id.", completion: Completions.items) var item: String
    @Flag(help: "Untick the item.") var off = false

    func run() throws {
        var session = try Session.open(options, forWriting: true, allPrograms: false)
        try session.perform(.tick(milestone, item: item, done: !off))
    }
}
