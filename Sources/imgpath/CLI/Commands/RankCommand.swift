import ArgumentParser
import PathwayCore

/// `imgpath rank`: the rank order list of the programs interviewed at (show, move, certify).
struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank", abstract: "Order the programs you interviewed at, and certify the list.",
        discussion: """
            The list holds the main-round programs marked interviewed; new ones join at the end.
            Examples:
              imgpath rank
              imgpath rank move pg-4 1
              imgpath rank certify --date 2027-02-20
            """,
        subcommands: [Show.self, Move.self, Certify.self], defaultSubcommand: Show.self)

    /// `imgpath rank [--json]`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Print the rank order list.")
        @OptionGroup var options: FileOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let session = try Session.open(options, forWriting: false)
            let pathway = session.journal.pathway
            let fits = pathway.programFits(today: session.clock.today)
            let ranked = pathway.rankOrder.ranked(pathway.programs)
            if json {
                try JSONOutput.print(
                    ranked.enumerated().map { ProgramJSON($1, fits: fits[$1.id] ?? [], rank: $0 + 1) })
                return
            }
            guard !ranked.isEmpty else {
                Output.line(
                    "The rank order list is empty: it holds the programs marked interviewed "
                        + "(imgpath program mark ID interviewed).")
                return
            }
            for (index, program) in ranked.enumerated() {
                Output.line(
                    "\(index + 1). " + ProgramCommand.line(program, fits: fits[program.id] ?? [])
                        + (program.rating.map { "  rated \($0)/5" } ?? ""))
            }
            Output.line(
                pathway.rankOrder.certifiedOn.map { _ in
                    pathway.rankOrder.certificationText(pathway.programs).capitalizedFirst + "."
                }
                    ?? "Not certified yet: imgpath rank certify --date YYYY-MM-DD once it is certified with the NRMP.")
            let soap = pathway.programs.filter(\.soap)
            if !soap.isEmpty {
                Output.line("SOAP applications (listed apart):")
                for program in soap { Output.line("   " + ProgramCommand.line(program, fits: fits[program.id] ?? [])) }
            }
        }
    }

    /// `imgpath rank move ID POSITION`.
    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "move", abstract: "Move a program to a place on the list (1 is your first choice).")
        @OptionGroup var options: FileOptions
        @Argument(help: "The program id, such as pg-1.") var id: String
        @Argument(help: "The new place, from 1.") var position: Int

        func run() throws {
            var session = try Session.open(options, forWriting: true)
            try session.perform(.rankMove(id: id, position: position))
        }
    }

    /// `imgpath rank certify [--date D]`.
    struct Certify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "certify",
            abstract: "Record the day you certified the list with the NRMP (the Match moves to ranked).")
        @OptionGroup var options: FileOptions
        @Option(
            help: ArgumentHelp("The day; today if left out.", valueName: "YYYY-MM-DD"), transform: CalendarDay.argument)
        var date: CalendarDay?

        func run() throws {
            var session = try Session.open(options, forWriting: true)
            try session.perform(.rankCertify(date ?? session.clock.today))
        }
    }
}
