import ArgumentParser
import PathwayCore

/// `imgpath note MILESTONE TEXT`: replaces a milestone's notes.
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Replace the notes of a milestone (empty text clears them).")

    @OptionGroup var options: FileOptions
    @Argument(help: "The milestone.") var milestone: MilestoneID
    @Argument(help: "The text (several words are joined with spaces).") var text: [String] = []

    func run() throws {
        var session = try Session.open(options, forWriting: true, allPrograms: false)
        try session.perform(.note(milestone, text: text.joined(separator: " ")))
    }
}
