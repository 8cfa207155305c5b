import ArgumentParser
import PathwayCore

/// `imgpath plan`: the whole plan, in order: overdue, due soon, the next steps, later dates.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Show the whole plan: what is overdue, what is due soon, the next steps.",
        discussion: """
            The same plan `next`, `status` and `agenda` read. Steps waiting for a day show the earliest day \
            they are possible; season dates not yet published are estimates and say so. With --json, an \
            array of items: kind (overdue, deadline, step, season, reminder), date (or null), text, \
            milestone, program, status, estimated, daysLeft, id, note.
            """)

    @OptionGroup var options: FileOptions
    @Option(parsing: .unconditional, help: "Leave out dates more than N days ahead.") var days: Int?
    @Flag(help: "Print JSON.") var json = false

    /// One item of `plan --json`.
    struct Item: Encodable {
        let kind: String
        let date: String?
        let daysLeft: Int?
        let text: String
        let milestone: String?
        let program: String?
        let status: String?
        let estimated: Bool
        let id: String
        let note: String?

        init(_ item: PlanItem) {
            kind = item.kind.rawValue
            date = item.date?.description
            daysLeft = item.daysLeft
            text = item.text
            milestone = item.milestone?.rawValue
            program = item.program
            status = item.status?.rawValue
            estimated = item.estimated
            id = item.id
            note = item.note
        }

        private enum CodingKeys: String, CodingKey {
            case kind, date, daysLeft, text, milestone, program, status, estimated, id, note
        }

        /// Every key is written, a missing value as null, so scripts can rely on the shape.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(date, forKey: .date)
            try container.encode(daysLeft, forKey: .daysLeft)
            try container.encode(text, forKey: .text)
            try container.encode(milestone, forKey: .milestone)
            try container.encode(program, forKey: .program)
            try container.encode(status, forKey: .status)
            try container.encode(estimated, forKey: .estimated)
            try container.encode(id, forKey: .id)
            try container.encode(note, forKey: .note)
        }
    }

    func validate() throws {
        if let days, !(0...36_500).contains(days) {
            throw ValidationError("--days takes a number of days from 0 to 36500")
        }
    }

    func run() throws {
        let session = try Session.open(options, forWriting: false, allPrograms: false)
        let today = session.clock.today
        let pathway = session.journal.pathway
        let plan = Plan(pathway: pathway, today: today)
        let items = days.map { plan.within(days: $0) } ?? plan.items
        if json {
            try JSONOutput.print(items.map(Item.init))
            return
        }
        Output.line("Plan as of \(today):")
        if items.isEmpty {
            Output.line(
                "  "
                    + (pathway.eligibilityEndedText
                        ?? (pathway.doneCount == MilestoneID.allCases.count
                            ? "Every milestone is done." : "Nothing left to suggest."))
            )
        }
        for item in items { Output.line(PlanCommand.line(item)) }
    }

    /// A line for an item: when, a mark that reads without colour, the text, and its note.
    static func line(_ item: PlanItem) -> String {
        let mark: String
        switch item.kind {
        case .overdue: mark = "[!]"
        case .step: mark = "[>]"
        case .deadline: mark = "[ ]"
        case .season, .reminder: mark = "   "
        }
        let date = item.dateText ?? "now"
        var text = "  \(date.padding(to: 22)) \(item.whenText.padding(to: 13)) \(mark) \(Output.field(item.text))"
        if let command = item.command { text += "  (\(command))" }
        if let note = item.note, item.kind == .step || item.estimated { text += "\n" + "      " + Output.field(note) }
        return text
    }
}
