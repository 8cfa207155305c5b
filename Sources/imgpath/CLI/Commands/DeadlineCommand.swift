import ArgumentParser
import PathwayCore

/// `imgpath deadline`: personal deadlines per milestone (add, edit, remove, list).
struct DeadlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadline", abstract: "Keep personal deadlines for each milestone.",
        discussion: """
            Examples:
              imgpath deadline add eras "Ask Dr. Rao for a letter" --date 2027-07-15
              imgpath deadline edit dl-1 --date 2027-07-20 --note "She asked for my CV first"
              imgpath deadline edit dl-1 --done
              imgpath deadline remove dl-1
            """,
        subcommands: [List.self, Add.self, Edit.self, Remove.self], defaultSubcommand: List.self)

    /// `imgpath deadline add MILESTONE TITLE --date D [--note TEXT]`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add a deadline to a milestone; it gets an id such as dl-1.")
        @OptionGroup var options: FileOptions
        @Argument(help: "The milestone: \(MilestoneID.allCases.map(\.rawValue).joined(separator: ", ")).")
        var milestone: MilestoneID
        @Argument(help: "What is due (several words are joined with spaces).") var title: [String]
        @Option(help: ArgumentHelp("The day it is due.", valueName: "YYYY-MM-DD"), transform: CalendarDay.argument)
        var date: CalendarDay
        @Option(help: "A note.") var note: String?

        func run() throws {
            var session = try Session.open(options, forWriting: true, allPrograms: false)
            try session.perform(.addDeadline(milestone, title.joined(separator: " "), date, note: note))
        }
    }

    /// `imgpath deadline edit ID [--title] [--date] [--note] [--done|--no-done]`.
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit", abstract: "Change a deadline's title, date, note, or mark it done.")
        @OptionGroup var options: FileOptions
        @Argument(
            help: "The deadline id, such as dl-1 (`imgpath deadline list` shows them).",
            completion: Completions.deadlines)
        var id: String
        @Option(help: "A new title.") var title: String?
        @Option(help: ArgumentHelp("A new date.", valueName: "YYYY-MM-DD"), transform: CalendarDay.argument)
        var date: CalendarDay?
        @Option(help: "A new note (an empty note clears it).") var note: String?
        @Flag(inversion: .prefixedNo, help: "Mark the deadline done (or not done).") var done: Bool?

        func validate() throws {
            if title == nil && date == nil && note == nil && done == nil {
                throw ValidationError("say what to change: --title, --date, --note or --done")
            }
        }

        func run() throws {
            var session = try Session.open(options, forWriting: true, allPrograms: false)
            try session.perform(.editDeadline(id: id, title: title, date: date, note: note, done: done))
        }
    }

    /// `imgpath deadline remove ID`.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Remove a deadline (`imgpath undo` brings it back).")
        @OptionGroup var options: FileOptions
        @Argument(help: "The deadline id, such as dl-1.", completion: Completions.deadlines) var id: String

        func run() throws {
            var session = try Session.open(options, forWriting: true, allPrograms: false)
            try session.perform(.removeDeadline(id: id))
        }
    }

    /// `imgpath deadline list [--json]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the deadlines by date, with the days left.")
        @OptionGroup var options: FileOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let session = try Session.open(options, forWriting: false, allPrograms: false)
            let today = session.clock.today
            let agenda = Agenda(pathway: session.journal.pathway, today: today)
            let deadlines = agenda.items.filter(\.isDeadline)
            if json {
                try JSONOutput.print(deadlines.map(AgendaJSON.Item.init))
                return
            }
            guard !deadlines.isEmpty else {
                Output.line("No deadlines yet. Add one: imgpath deadline add MILESTONE TITLE --date YYYY-MM-DD")
                return
            }
            for item in deadlines {
                var line = AgendaJSON.line(item)
                if item.isOverdue { line += "  OVERDUE" }
                Output.line(line)
                if case .deadline(let deadline) = item.source, let note = deadline.note {
                    Output.line("      note: " + Output.field(note))
                }
            }
        }
    }
}
