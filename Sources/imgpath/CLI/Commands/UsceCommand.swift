import ArgumentParser
import PathwayCore

extension ExperienceKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(lenient: argument) }
}

/// `imgpath usce`: US clinical experience (add, list, set, remove).
struct UsceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "usce", abstract: "Keep your US clinical experience: observerships, rotations, research, work.",
        discussion: """
            Examples:
              imgpath usce add "Mercy Hospital" --kind handsOn --start 2026-06-01 --end 2026-06-28 --state NY
              imgpath usce set ce-1 supervisor "Dr. Lee"
              imgpath usce list
            Kinds: \(ExperienceKind.namesWithAliases).
            Fields for `set`: \(ExperienceField.allCases.map(\.rawValue).joined(separator: ", ")).
            """,
        subcommands: [List.self, Add.self, Set.self, Remove.self],
        defaultSubcommand: List.self)

    /// `imgpath usce add SITE --kind KIND --start D --end D [--state ST] [--specialty S] ...`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add an experience; prints its new id (ce-1, ce-2, ...).")
        @OptionGroup var options: FileOptions
        @Argument(help: "The site (several words are joined with spaces).") var site: [String]
        @Option(
            help: ArgumentHelp(
                "The kind: \(ExperienceKind.namesWithAliases).", valueName: "kind"),
            completion: .list(ExperienceKind.allCases.map(\.rawValue)))
        var kind: String
        @Option(help: ArgumentHelp("The first day.", valueName: "YYYY-MM-DD"), transform: CalendarDay.argument)
        var start: CalendarDay
        @Option(help: ArgumentHelp("The last day.", valueName: "YYYY-MM-DD"), transform: CalendarDay.argument)
        var end: CalendarDay
        @Option(help: "Its state or territory, as a postal code (NY).") var state: String?
        @Option(help: "Its specialty.") var specialty: String?
        @Option(help: "Its city.") var city: String?
        @Option(help: "The supervisor.") var supervisor: String?
        @Option(help: "A note.") var note: String?

        func run() throws {
            let kind = try UsceCommand.kind(kind)
            var experience = ClinicalExperience(id: "", kind: kind, site: "", start: start, end: end)
            let given: [(ExperienceField, String?)] = [
                (.site, site.joined(separator: " ")), (.state, state), (.specialty, specialty), (.city, city),
                (.supervisor, supervisor), (.notes, note),
            ]
            for case (let field, let value?) in given {
                if let error = field.set(value, on: &experience) {
                    Output.error("Refused: " + Output.field(error.reason))
                    throw ExitStatus.usage.code
                }
            }
            var session = try Session.open(options, forWriting: true)
            let decision = try session.performQuietly(.addExperience(experience))
            if case .addExperience(let added) = decision.change { Output.line(added.id) }
        }
    }

    /// `imgpath usce list [--json]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the experience with its weeks, and the totals by kind.")
        @OptionGroup var options: FileOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let session = try Session.open(options, forWriting: false)
            let list = session.journal.pathway.experiences
            let today = session.clock.today
            if json {
                try JSONOutput.print(list.map { ExperienceJSON($0, today: today) })
                return
            }
            guard !list.isEmpty else {
                Output.line(
                    "No US clinical experience yet. Add one: imgpath usce add SITE --kind handsOn "
                        + "--start YYYY-MM-DD --end YYYY-MM-DD")
                return
            }
            for entry in list {
                let place = [entry.city, entry.state].filter { !$0.isEmpty }.joined(separator: ", ")
                var parts = [
                    entry.id, Output.field(entry.site) + (place.isEmpty ? "" : " (" + Output.field(place) + ")"),
                    entry.kind.rawValue,
                ]
                if !entry.specialty.isEmpty { parts.append(Output.field(entry.specialty)) }
                parts.append("\(entry.start) to \(entry.end)")
                parts.append("\(entry.weeks) \(entry.weeks == 1 ? "week" : "weeks")")
                if entry.isPlanned(today: today) { parts.append("planned") }
                Output.line(parts.joined(separator: "  "))
            }
            let byKind = ClinicalExperience.weeksByKind(list, today: today)
            Output.line(
                "Weeks by kind: "
                    + (byKind.isEmpty
                        ? "none started yet"
                        : byKind.map { "\($0.kind.rawValue) \($0.weeks)" }.joined(separator: ", "))
                    + "; " + ClinicalExperience.weeksText(list, today: today))
        }
    }

    /// `imgpath usce set ID FIELD VALUE`.
    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: "Set one field of an experience (an empty value clears it).")
        @OptionGroup var options: FileOptions
        @Argument(help: "The experience id, such as ce-1.", completion: Completions.experiences) var id: String
        @Argument(
            help: "The field: \(ExperienceField.allCases.map(\.rawValue).joined(separator: ", ")).",
            completion: .list(ExperienceField.allCases.map(\.rawValue)))
        var field: String
        @Argument(help: "The value (several words are joined with spaces).") var value: [String] = []

        func run() throws {
            guard let field = ExperienceField(lenient: field) else {
                Output.error(
                    "imgpath: no experience field \"" + Output.field(self.field) + "\"; the fields are "
                        + ExperienceField.allCases.map(\.rawValue).joined(separator: ", "))
                throw ExitStatus.usage.code
            }
            var session = try Session.open(options, forWriting: true)
            try session.perform(.editExperience(id: id, field: field, value: value.joined(separator: " ")))
        }
    }

    /// `imgpath usce remove ID`.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Remove an experience (`imgpath undo` brings it back).")
        @OptionGroup var options: FileOptions
        @Argument(help: "The experience id, such as ce-1.", completion: Completions.experiences) var id: String

        func run() throws {
            var session = try Session.open(options, forWriting: true)
            try session.perform(.removeExperience(id: id))
        }
    }

    /// A kind from the command line, or a usage error naming the kinds.
    static func kind(_ text: String) throws -> ExperienceKind {
        guard let kind = ExperienceKind(lenient: text) else {
            Output.error(
                "imgpath: no experience kind \"" + Output.field(text) + "\"; the kinds are "
                    + ExperienceKind.allCases.map(\.rawValue).joined(separator: ", "))
            throw ExitStatus.usage.code
        }
        return kind
    }
}
