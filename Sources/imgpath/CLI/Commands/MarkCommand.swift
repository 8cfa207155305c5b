import ArgumentParser
import PathwayCore

/// `imgpath mark MILESTONE STATUS`: asks the state machine for a status.
struct MarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Move a milestone to a status (a past result can be recorded directly).",
        discussion: """
            Examples:
              imgpath mark step1 passed --date 2023-05-02
              imgpath mark step2ck passed --date 2024-08-10 --score 251
              imgpath mark step2ck failed --date 2024-06-01 --incomplete
            `imgpath rules` lists every status and what each move needs.
            """)

    @OptionGroup var options: FileOptions
    @Argument(help: "The milestone: \(MilestoneID.allCases.map(\.rawValue).joined(separator: ", ")).")
    var milestone: MilestoneID
    @Argument(
        help: "The status, for example registered, scheduled, passed, certified, matched.",
        completion: Completions.statuses)
    var status: String
    @Option(
        help: ArgumentHelp(
            "The day it happened (or the test date for scheduled); default today.", valueName: "YYYY-MM-DD"),
        transform: CalendarDay.argument)
    var date: CalendarDay?
    // Unconditional: `--score -5` must reach the rule (which refuses it), not read as a missing value.
    @Option(parsing: .unconditional, help: "The three-digit score of an exam result.")
    var score: Int?
    @Option(help: "A note to add to the milestone.")
    var note: String?
    @Flag(help: "Record a failed exam sitting as incomplete (it still counts as an attempt).")
    var incomplete = false

    func run() throws {
        let target = try parseStatus(status, for: milestone)
        var session = try Session.open(options, forWriting: true, allPrograms: false)
        try session.perform(
            .mark(milestone, target, date: date, score: score, note: note, incomplete: incomplete))
    }
}
