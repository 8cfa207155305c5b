import ArgumentParser
import PathwayCore

/// `imgpath set MILESTONE FIELD [VALUE]`: records a field such as the residency specialty.
struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set a milestone field (no value clears it); also `date` and `score`.",
        discussion: """
            Fields by milestone:
            \(MilestoneCatalog.all.map { info in
                "  \(info.id.rawValue): " + info.fields.map(\.id).joined(separator: ", ")
            }.joined(separator: "\n"))
            Special fields: `set MILESTONE date STATUS YYYY-MM-DD` changes the day a status was \
            reached; `set MILESTONE score N` changes the latest exam score.
            """)

    @OptionGroup var options: FileOptions
    @Argument(help: "The milestone.") var milestone: MilestoneID
    @Argument(help: "The field id.", completion: Completions.fields) var field: String
    @Argument(help: "The value (several words are joined with spaces).") var value: [String] = []

    func run() throws {
        let change: Change
        switch field {
        case "date":
            guard let statusText = value.first else {
                throw ValidationError("usage: imgpath set \(milestone.rawValue) date STATUS [YYYY-MM-DD]")
            }
            let status = try parseStatus(statusText, for: milestone)
            let day: CalendarDay?
            if value.count > 1 {
                guard let parsed = CalendarDay(parsing: value[1]) else {
                    throw ValidationError("\"\(value[1])\" is not a date of the form YYYY-MM-DD")
                }
                day = parsed
            } else {
                day = nil
            }
            change = .date(milestone, status, day)
        case "score":
            guard let text = value.first else {
                change = .score(milestone, nil)
                break
            }
            guard let score = Int(text) else { throw ValidationError("\"\(text)\" is not a whole number") }
            change = .score(milestone, score)
        default:
            change = .detail(milestone, field: field, value: value.isEmpty ? nil : value.joined(separator: " "))
        }
        var session = try Session.open(options, forWriting: true, allPrograms: false)
        try session.perform(change)
    }
}
