import ArgumentParser
import PathwayCore

/// `imgpath letter`: letters of recommendation (add, assign, received, list, set, remove, limit).
struct LetterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter", abstract: "Keep your letters of recommendation and the programs they go to.",
        discussion: """
            Examples:
              imgpath letter add "Dr. Ana Lee" --us --usce ce-1 --requested 2026-07-01
              imgpath letter received lr-1 --date 2026-08-15
              imgpath letter assign lr-1 pg-1
              imgpath letter list
            Fields for `set`: \(LetterField.allCases.map(\.rawValue).joined(separator: ", ")).
            ERAS allows \(LetterRules.defaultPerProgramLimit) letters per program \
            (\(LetterRules.perProgramLimitSource)); `imgpath letter limit N` changes the number imgpath warns at.
            """,
        subcommands: [
            List.self, Add.self, Assign.self, Unassign.self, Received.self, Set.self, Remove.self, Limit.self,
        ],
        defaultSubcommand: List.self)

    /// `imgpath letter add WRITER [--us] [--usce ID] [--requested D] [--title T] [--specialty S] [--institution I]`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add a letter; prints its new id (lr-1, lr-2, ...).")
        @OptionGroup var options: FileOptions
        @Argument(help: "The writer (several words are joined with spaces).") var writer: [String]
        @Flag(help: "The writer is a US physician.") var us = false
        @Option(help: "The experience it came from, such as ce-1.", completion: Completions.experiences) var usce:
            String?
        @Option(
            help: ArgumentHelp("The day you asked for it.", valueName: "YYYY-MM-DD"), transform: CalendarDay.argument)
        var requested: CalendarDay?
        @Option(help: "The writer's title.") var title: String?
        @Option(help: "The writer's specialty.") var specialty: String?
        @Option(help: "The writer's institution.") var institution: String?

        func run() throws {
            var letter = Letter(id: "", writer: "")
            let given: [(LetterField, String?)] = [
                (.writer, writer.joined(separator: " ")), (.usPhysician, us ? "yes" : nil), (.experience, usce),
                (.requested, requested?.description), (.title, title), (.specialty, specialty),
                (.institution, institution),
            ]
            for case (let field, let value?) in given {
                if let error = field.set(value, on: &letter) {
                    Output.error("Refused: " + Output.field(error.reason))
                    throw ExitStatus.usage.code
                }
            }
            var session = try Session.open(options, forWriting: true)
            let decision = try session.performQuietly(.addLetter(letter))
            if case .addLetter(let added) = decision.change { Output.line(added.id) }
        }
    }

    /// `imgpath letter list [--json]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the letters with their programs and warnings.")
        @OptionGroup var options: FileOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let session = try Session.open(options, forWriting: false)
            let pathway = session.journal.pathway
            let warnings = pathway.letterWarnings
            if json {
                try JSONOutput.print(pathway.letters.map { LetterJSON($0, warnings: warnings) })
                return
            }
            guard !pathway.letters.isEmpty else {
                Output.line("No letters yet. Add one: imgpath letter add WRITER --us --usce ce-1")
                return
            }
            for letter in pathway.letters {
                var parts = [letter.id, Output.field(letter.writer), letter.anonymousDescription]
                if let experience = letter.experienceID { parts.append("from " + Output.field(experience)) }
                if let requested = letter.requested { parts.append("requested \(requested)") }
                parts.append(letter.received.map { "received \($0)" } ?? "not received")
                Output.line(parts.joined(separator: "  "))
                let assigned = letter.assignments.sorted { $0.key < $1.key }.map {
                    Output.field($0.key) + " \($0.value)"
                }
                if !assigned.isEmpty { Output.line("      assigned: " + assigned.joined(separator: ", ")) }
            }
            for warning in warnings { Output.line("! " + Output.field(warning.message)) }
            Output.line(
                "\(pathway.letters.count) \(pathway.letters.count == 1 ? "letter" : "letters"), "
                    + "\(pathway.letters.filter(\.usPhysician).count) from US physicians; "
                    + "at most \(pathway.letterLimit) per program"
                    + (pathway.letterLimitSetting == nil ? " (\(LetterRules.perProgramLimitSource))" : " (your number)")
            )
        }
    }

    /// `imgpath letter assign LETTER PROGRAM... [--date D]`.
    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "assign", abstract: "Assign a letter to one or more programs.",
            discussion: """
                Several programs are one change: one undo takes it back, and if the rules refuse \
                any of them, none changes.
                """)
        @OptionGroup var options: FileOptions
        @Argument(help: "The letter id, such as lr-1.", completion: Completions.letters) var letter: String
        @Argument(
            help: ArgumentHelp("One or more program ids, such as pg-1 pg-2.", valueName: "PROGRAM"),
            completion: Completions.programs)
        var programs: [String] = []
        @Option(
            help: ArgumentHelp("The day you assigned it; today if left out.", valueName: "YYYY-MM-DD"),
            transform: CalendarDay.argument)
        var date: CalendarDay?

        func validate() throws {
            guard !programs.isEmpty else {
                throw ValidationError("give one or more program ids (letter assign lr-1 pg-1 pg-2)")
            }
        }

        func run() throws {
            var session = try Session.open(options, forWriting: true)
            try session.perform(
                programs.count == 1
                    ? .assignLetter(id: letter, program: programs[0], date: date)
                    : .assignLetterToPrograms(id: letter, programs: programs, date: date))
        }
    }

    /// `imgpath letter unassign LETTER PROGRAM`.
    struct Unassign: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "unassign", abstract: "Take a letter off a program.")
        @OptionGroup var options: FileOptions
        @Argument(help: "The letter id, such as lr-1.", completion: Completions.letters) var letter: String
        @Argument(help: "The program id, such as pg-1.", completion: Completions.programs) var program: String

        func run() throws {
            var session = try Session.open(options, forWriting: true)
            try session.perform(.unassignLetter(id: letter, program: program))
        }
    }

    /// `imgpath letter received LETTER [--date D] [--not]`.
    struct Received: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "received", abstract: "Tick a letter as received by ERAS.")
        @OptionGroup var options: FileOptions
        @Argument(help: "The letter id, such as lr-1.", completion: Completions.letters) var letter: String
        @Option(
            help: ArgumentHelp(
                "The day ERAS showed it received; today if left out (a received letter keeps its day unless given).",
                valueName: "YYYY-MM-DD"),
            transform: CalendarDay.argument)
        var date: CalendarDay?
        @Flag(name: .customLong("not"), help: "Untick it: ERAS has not received it.") var notReceived = false

        func run() throws {
            var session = try Session.open(options, forWriting: true)
            // Without --date, a letter already received keeps its day: ticking it again is no change.
            if !notReceived, date == nil, let received = session.journal.pathway.letter(letter)?.received {
                Output.error(
                    "Nothing changed: \(Output.field(letter)) was received by ERAS on \(received) "
                        + "(give --date to change the day)")
                return
            }
            let day = notReceived ? nil : (date ?? session.clock.today)
            try session.perform(.letterReceived(id: letter, date: day))
        }
    }

    /// `imgpath letter set ID FIELD VALUE`.
    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: "Set one field of a letter (an empty value clears it).")
        @OptionGroup var options: FileOptions
        @Argument(help: "The letter id, such as lr-1.", completion: Completions.letters) var id: String
        @Argument(
            help: "The field: \(LetterField.allCases.map(\.rawValue).joined(separator: ", ")).",
            completion: .list(LetterField.allCases.map(\.rawValue)))
        var field: String
        @Argument(help: "The value (several words are joined with spaces).") var value: [String] = []

        func run() throws {
            guard let field = LetterField(lenient: field) else {
                Output.error(
                    "imgpath: no letter field \"" + Output.field(self.field) + "\"; the fields are "
                        + LetterField.allCases.map(\.rawValue).joined(separator: ", "))
                throw ExitStatus.usage.code
            }
            var session = try Session.open(options, forWriting: true)
            try session.perform(.editLetter(id: id, field: field, value: value.joined(separator: " ")))
        }
    }

    /// `imgpath letter remove ID`.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Remove a letter (`imgpath undo` brings it back).")
        @OptionGroup var options: FileOptions
        @Argument(help: "The letter id, such as lr-1.", completion: Completions.letters) var id: String

        func run() throws {
            var session = try Session.open(options, forWriting: true)
            try session.perform(.removeLetter(id: id))
        }
    }

    /// `imgpath letter limit [N|default]`.
    struct Limit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "limit",
            abstract: "Show or set the letters per program imgpath warns above (`default` goes back to ERAS's).")
        @OptionGroup var options: FileOptions
        @Argument(help: "A number, or `default`.") var value: String?

        func run() throws {
            guard let value else {
                let session = try Session.open(options, forWriting: false)
                let pathway = session.journal.pathway
                Output.line(
                    "\(pathway.letterLimit) \(pathway.letterLimit == 1 ? "letter" : "letters") per program"
                        + (pathway.letterLimitSetting == nil
                            ? " (\(LetterRules.perProgramLimitSource))"
                            : " (your number; ERAS's is \(LetterRules.defaultPerProgramLimit))"))
                return
            }
            let limit: Int?
            if value.lowercased() == "default" {
                limit = nil
            } else {
                guard let number = Int(value) else {
                    Output.error(
                        "imgpath: \"" + Output.field(value)
                            + "\" is not a number of letters; give a number or `default`")
                    throw ExitStatus.usage.code
                }
                limit = number
            }
            var session = try Session.open(options, forWriting: true)
            try session.perform(.letterLimit(limit))
        }
    }
}
