import ArgumentParser
import PathwayCore

/// `imgpath program`: the application season's programs (add, list, mark, set, remove, import,
/// export).
struct ProgramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "program", abstract: "Keep the programs you apply to, with their visa and score cut-offs.",
        discussion: """
            Examples:
              imgpath program add "Mercy Hospital IM" --state NY --city Brooklyn --visa j1
              imgpath program set pg-1 minStep2 230
              imgpath program mark pg-1 applied --date 2026-09-24
              imgpath program list --status applied
              imgpath program import programs.csv
              imgpath program export --output programs.csv
            Fields for `set`: \(ProgramField.allCases.map(\.rawValue).joined(separator: ", ")).
            Statuses: \(ProgramStatus.allCases.map(\.rawValue).joined(separator: ", ")).
            """,
        subcommands: [List.self, Add.self, Mark.self, Set.self, Remove.self, Import.self, Export.self],
        defaultSubcommand: List.self)

    /// `imgpath program add NAME [--code C] [--specialty S] [--city C] [--state ST] [--visa V] [--note T]`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add a program; prints its new id (pg-1, pg-2, ...).")
        @OptionGroup var options: FileOptions
        @Argument(help: "The program's name (several words are joined with spaces).") var name: [String]
        @Option(help: "Its NRMP program code, such as 1000140C0.") var code: String?
        @Option(help: "Its specialty.") var specialty: String?
        @Option(help: "Its city.") var city: String?
        @Option(help: "Its state or territory, as a postal code (NY).") var state: String?
        @Option(help: "The visas it sponsors: \(VisaSponsorship.allCases.map(\.rawValue).joined(separator: ", ")).")
        var visa: String?
        @Option(help: "A note.") var note: String?

        func run() throws {
            var program = Program(id: "", name: "")
            let given: [(ProgramField, String?)] = [
                (.name, name.joined(separator: " ")), (.code, code), (.specialty, specialty), (.city, city),
                (.state, state), (.visa, visa), (.notes, note),
            ]
            for case (let field, let value?) in given {
                if let error = field.set(value, on: &program) {
                    Output.error("Refused: " + Output.field(error.reason))
                    throw ExitStatus.usage.code
                }
            }
            var session = try Session.open(options, forWriting: true)
            let decision = try session.performQuietly(.addProgram(program))
            if case .addProgram(let added) = decision.change { Output.line(added.id) }
        }
    }

    /// `imgpath program list [--json] [--status S] [--visa V] [--filter WORDS]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the programs with their status, next date and fit warnings.")
        @OptionGroup var options: FileOptions
        @Flag(help: "Print JSON.") var json = false
        @Option(help: "Only programs with this status.") var status: String?
        @Option(help: "Only programs with this visa sponsorship.") var visa: String?
        @Option(
            help: ArgumentHelp(
                "Only programs matching every word: free text (name, city, state, specialty) and "
                    + ProgramQuery.words.map { "\($0.word) (\($0.takes))" }.joined(separator: ", ")
                    + "; the screen's filter reads the same words.",
                valueName: "WORDS"))
        var filter: String?

        func run() throws {
            let wantedStatus = try status.map(ProgramCommand.status)
            let wantedVisa = try visa.map(ProgramCommand.visa)
            let query = ProgramQuery(filter ?? "")
            if let problem = query.problems.first {
                Output.error("imgpath: --filter: " + Output.field(problem))
                throw ExitStatus.usage.code
            }
            let session = try Session.open(options, forWriting: false)
            let pathway = session.journal.pathway
            let today = session.clock.today
            let fits = pathway.programFits(today: today)
            let programs = pathway.programs.filter {
                (wantedStatus == nil || $0.status == wantedStatus) && (wantedVisa == nil || $0.visa == wantedVisa)
                    && query.matches($0, fits: fits[$0.id] ?? [])
            }
            if json {
                try JSONOutput.print(programs.map { ProgramJSON($0, fits: fits[$0.id] ?? []) })
                return
            }
            guard !programs.isEmpty else {
                Output.line(
                    pathway.programs.isEmpty
                        ? "No programs yet. Add one: imgpath program add NAME --state ST --visa j1, or import a sheet: "
                            + "imgpath program import FILE.csv"
                        : "No program matches.")
                return
            }
            for program in programs {
                Output.line(ProgramCommand.line(program, fits: fits[program.id] ?? []))
                for fit in fits[program.id] ?? [] { Output.line("      \(fit.kind.mark) " + Output.field(fit.message)) }
            }
            let summary = pathway.seasonSummary
            Output.line(
                "\(pathway.programs.count) \(pathway.programs.count == 1 ? "program" : "programs"): \(summary.applied) applied, \(summary.interviews) interviews, "
                    + "\(summary.ranked) on the rank order list"
                    + (summary.feesRecorded > 0 ? ", fees $\(ProgramField.dollars(summary.feeCents))" : ""))
        }
    }

    /// `imgpath program mark ID... STATUS [--date YYYY-MM-DD]`.
    struct Mark: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mark",
            abstract: "Move programs to a status (applied, invited, interviewed, ...).",
            discussion: """
                Several programs are one change: one undo takes it back, and if the rules refuse \
                any of them, none changes.
                """)
        @OptionGroup var options: FileOptions
        @Argument(
            help: ArgumentHelp(
                "One or more program ids, such as pg-1 pg-2, then the status: "
                    + "\(ProgramStatus.allCases.map(\.rawValue).joined(separator: ", ")).",
                valueName: "ID... STATUS"))
        var arguments: [String] = []
        @Option(
            help: ArgumentHelp(
                "The day it happened (the interview day for interviewScheduled); today if left out. "
                    + "At the status the program already has, it corrects that status's day.",
                valueName: "YYYY-MM-DD"),
            transform: CalendarDay.argument)
        var date: CalendarDay?
        @Option(help: ArgumentHelp("The interview's start time, 24-hour (one program).", valueName: "HH:MM"))
        var time: String?
        @Option(
            help: ArgumentHelp(
                "The time zone of --time, such as America/New_York or UTC (one program).", valueName: "ZONE"))
        var tz: String?

        func validate() throws {
            guard arguments.count >= 2 else {
                throw ValidationError("give one or more program ids, then the status (program mark pg-1 applied)")
            }
            if time != nil || tz != nil, arguments.count > 2 {
                throw ValidationError("--time and --tz are for one program's interview")
            }
            // Checked before anything is recorded, so a mistyped time leaves the file alone.
            var probe = Program(id: "", name: "probe")
            for (field, value) in [(ProgramField.interviewTime, time), (.interviewTimeZone, tz)] {
                if let value, let error = field.set(value, on: &probe) { throw ValidationError(error.reason) }
            }
            if let tz, let refusal = TimeZoneNames.refusal(tz) { throw ValidationError(refusal) }
        }

        func run() throws {
            let ids = Array(arguments.dropLast())
            let status = try ProgramCommand.status(arguments.last ?? "")
            var session = try Session.open(options, forWriting: true)
            // One program keeps the one-program change its history has always recorded.
            try session.perform(
                ids.count == 1
                    ? .markProgram(id: ids[0], status: status, date: date)
                    : .markPrograms(ids: ids, status: status, date: date))
            // The interview's time and zone are the program's fields, set once the mark is in.
            for (field, value) in [(ProgramField.interviewTime, time), (.interviewTimeZone, tz)] {
                guard let value else { continue }
                try session.perform(.editProgram(id: ids[0], field: field, value: value))
            }
        }
    }

    /// `imgpath program set ID FIELD VALUE`.
    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: "Set one field of a program (an empty value clears it).")
        @OptionGroup var options: FileOptions
        @Argument(help: "The program id, such as pg-1.") var id: String
        @Argument(help: "The field: \(ProgramField.allCases.map(\.rawValue).joined(separator: ", ")).") var field:
            String
        @Argument(help: "The value (several words are joined with spaces).") var value: [String] = []

        func run() throws {
            guard let field = ProgramField(lenient: field) else {
                let names = ProgramField.allCases.map(\.rawValue)
                let guess = Spelling.closest(to: self.field, among: names).map { " (did you mean \($0)?)" } ?? ""
                Output.error(
                    "imgpath: no program field \"" + Output.field(self.field) + "\"\(guess); the fields are "
                        + names.joined(separator: ", "))
                throw ExitStatus.usage.code
            }
            var session = try Session.open(options, forWriting: true)
            try session.perform(.editProgram(id: id, field: field, value: value.joined(separator: " ")))
        }
    }

    /// `imgpath program remove ID`.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Remove a program (`imgpath undo` brings it back).")
        @OptionGroup var options: FileOptions
        @Argument(help: "The program id, such as pg-1.") var id: String

        func run() throws {
            var session = try Session.open(options, forWriting: true)
            try session.perform(.removeProgram(id: id))
        }
    }

    /// `imgpath program import FILE [--skip-bad]`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import", abstract: "Import programs from a CSV sheet; a second import updates them.",
            discussion: """
                The first row names the columns, matched ignoring case, spaces and punctuation. \
                Recognised: \(ProgramColumn.allCases.map(\.header).joined(separator: ", ")) \
                (and common other names; see the README). A row with the id, NRMP code, or name and city \
                of a recorded program updates it. Nothing is imported when a row cannot be read, unless \
                --skip-bad is given. The whole import is one change: `imgpath undo` takes it back.
                """)
        @OptionGroup var options: FileOptions
        @Argument(help: "The CSV file.") var file: String
        @Flag(help: "Import the rows that can be read, and list the others.") var skipBad = false

        func run() throws {
            let bytes = try ProgramCommand.readSheet(file)
            var session = try Session.open(options, forWriting: true)
            let sheet: ProgramSheet
            do {
                sheet = try ProgramSheet(bytes: bytes, today: session.clock.today)
            } catch {
                Output.error("Refused: " + Output.field(file) + ": " + Output.field("\(error)"))
                throw ExitStatus.refused.code
            }
            let plan = ProgramImport(entries: sheet.entries, columns: sheet.columns, into: session.journal.pathway)
            let problems = (sheet.problems + plan.repeats).sorted { $0.line < $1.line }
            for problem in problems { Output.error(Output.field(file) + ": " + Output.field("\(problem)")) }
            if !problems.isEmpty && !skipBad {
                Output.error(
                    "Refused: \(problems.count) of \(sheet.problems.count + sheet.entries.count) rows cannot be "
                        + "imported; nothing was imported (--skip-bad imports the others)")
                throw ExitStatus.refused.code
            }
            if !sheet.ignoredColumns.isEmpty {
                Output.error("Columns not read: " + sheet.ignoredColumns.map(Output.field).joined(separator: ", "))
            }
            let counts = "\(plan.added) added, \(plan.updated) updated, \(plan.unchanged) unchanged"
            guard !plan.programs.isEmpty else {
                Output.line("Nothing changed: \(counts)")
                return
            }
            _ = try session.performQuietly(.importPrograms(plan.programs))
            Output.line(
                "Imported " + Output.field(file) + ": \(counts)"
                    + (problems.isEmpty ? "" : ", \(problems.count) \(problems.count == 1 ? "row" : "rows") skipped"))
        }
    }

    /// `imgpath program export [--output PATH]`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", abstract: "Write the programs as a CSV sheet that imports back the same.")
        @OptionGroup var options: FileOptions
        @Option(help: "Write to this file instead of standard output.") var output: String?

        func run() throws {
            let session = try Session.open(options, forWriting: false)
            let text = ProgramSheetWriter.sheet(session.journal.pathway.programs)
            guard let output else {
                var sink = StandardOutputSink()
                try sink.write(text)
                sink.flush()
                return
            }
            do {
                if let own = session.store.ownFile(named: output) {
                    throw ExportError.wouldOverwriteData(path: output, role: own.role)
                }
                let file = try AtomicFileOutput(path: output)
                try file.write(Array(text.utf8))
                try file.commit()
            } catch {
                Output.error("imgpath: " + Output.field("\(error)"))
                throw ExitStatus.fileAccess.code
            }
            Output.line("Wrote \(session.journal.pathway.programs.count) programs to " + Output.field(output))
        }
    }

    /// A status from the command line, or a usage error with the closest name.
    static func status(_ text: String) throws -> ProgramStatus {
        guard let status = ProgramStatus(lenient: text) else {
            let names = ProgramStatus.allCases.map(\.rawValue)
            let guess = Spelling.closest(to: text, among: names).map { " (did you mean \($0)?)" } ?? ""
            Output.error(
                "imgpath: no program status \"" + Output.field(text) + "\"\(guess); the statuses are "
                    + names.joined(separator: ", "))
            throw ExitStatus.usage.code
        }
        return status
    }

    /// A visa sponsorship from the command line, or a usage error.
    static func visa(_ text: String) throws -> VisaSponsorship {
        guard let visa = VisaSponsorship(lenient: text) else {
            Output.error(
                "imgpath: no visa answer \"" + Output.field(text) + "\"; use one of "
                    + VisaSponsorship.allCases.map(\.rawValue).joined(separator: ", "))
            throw ExitStatus.usage.code
        }
        return visa
    }

    /// One program on one line: id, name and place, visa, status with its day, fit marks.
    static func line(_ program: Program, fits: [ProgramFit]) -> String {
        let place = [program.city, program.state].filter { !$0.isEmpty }.joined(separator: ", ")
        let day =
            (program.status == .interviewScheduled || program.status == .interviewed)
            ? program.interviewDay : program.date(of: program.status)
        var parts = [
            program.id, Output.field(program.name) + (place.isEmpty ? "" : " (" + Output.field(place) + ")"),
            program.visa.shortLabel,
        ]
        parts.append(program.status.label + (day.map { " \($0)" } ?? ""))
        if program.soap { parts.append("SOAP") }
        if !fits.isEmpty { parts.append("[" + fits.map { String($0.kind.mark) }.joined() + "]") }
        return parts.joined(separator: "  ")
    }

    /// The bytes of a sheet, refusing what is not a regular readable file of sane size.
    static func readSheet(_ path: String) throws -> [UInt8] {
        do {
            return try ReadOnlyFile.contents(of: path, limit: Int64(CSVReader.maximumBytes))
        } catch {
            Output.error("imgpath: " + Output.field("\(error)"))
            throw ExitStatus.unreadableFile.code
        }
    }
}
