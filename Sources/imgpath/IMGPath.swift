import ArgumentParser
import PathwayCore

/// The `imgpath` command: the interactive screen by default, and plain commands for scripts.
///
/// `Launcher` starts the screen directly when the command line holds only the screen's options,
/// and hands everything else to this command.
struct IMGPath: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "imgpath",
        abstract:
            "Track the road to a US medical license: Step 1, Step 2 CK, ECFMG, ERAS, Match, Residency, Step 3, License.",
        discussion: """
            With no command, opens the interactive screen on the pathway file.

            Exit codes: 0 done; 1 refused by the rules (file unchanged); 2 the file cannot be read (unchanged); \
            3 the file is in use, changed on disk, or cannot be written; 4 no terminal for the interactive \
            screen; 64 a mistake in the command line.
            """,
        version: "0.1.0",
        subcommands: [
            OpenCommand.self, StatusCommand.self, MarkCommand.self, TickCommand.self, SetCommand.self,
            NoteCommand.self, UndoCommand.self, RedoCommand.self, HistoryCommand.self, ProfileCommand.self,
            RulesCommand.self, CheckCommand.self, ThemesCommand.self, DeadlineCommand.self, ProgramCommand.self,
            RankCommand.self, UsceCommand.self, LetterCommand.self, CalendarCommand.self,
            AgendaCommand.self, NextCommand.self, PlanCommand.self, BudgetCommand.self, ExportCommand.self,
            FactsCommand.self,
        ],
        defaultSubcommand: OpenCommand.self)
}
