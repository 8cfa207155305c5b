import ArgumentParser
import PathwayCore

/// `imgpath agenda`: what is due in the coming days, and what is overdue.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda", abstract: "Show the dated part of the plan in the next N days, and what is overdue.")

    @OptionGroup var options: FileOptions
    @Option(parsing: .unconditional, help: "How many days ahead to look.") var days = 60
    @Flag(help: "Print JSON.") var json = false

    /// The JSON form.
    struct Report: Encodable {
        let today: String
        let days: Int
        let cycle: Int
        let overdue: [AgendaJSON.Item]
        let upcoming: [AgendaJSON.Item]
    }

    func validate() throws {
        guard (0...36_500).contains(days) else {
            throw ValidationError("--days takes a number of days from 0 to 36500")
        }
    }

    func run() throws {
        let session = try Session.open(options, forWriting: false, allPrograms: false)
        let today = session.clock.today
        let pathway = session.journal.pathway
        let plan = Plan(pathway: pathway, today: today)
        let cycle = plan.calendar.cycle
        let overdue = plan.overdue
        // The dated part of the plan: the agenda is what falls on a day, steps waiting for one included.
        let upcoming = plan.dated(withinDays: days).filter { $0.kind != .overdue && ($0.daysLeft ?? 0) >= 0 }
        if json {
            try JSONOutput.print(
                Report(
                    today: today.description, days: days, cycle: cycle,
                    overdue: overdue.compactMap { AgendaJSON.Item($0, cycle: cycle) },
                    upcoming: upcoming.compactMap { AgendaJSON.Item($0, cycle: cycle) }))
            return
        }
        if !overdue.isEmpty {
            Output.line("Overdue:")
            for item in overdue { Output.line(AgendaJSON.line(item)) }
            Output.line("")
        }
        Output.line("Next \(days) days (from \(today)):")
        if upcoming.isEmpty { Output.line("  nothing due") }
        for item in upcoming { Output.line(AgendaJSON.line(item)) }
        // Once matched or in residency the season's dates ask nothing more of the person.
        guard !pathway.isDone(.match), pathway[.residency].status == .notStarted else { return }
        let calendar = plan.calendar
        let unset = calendar.events.filter { $0.date == nil && $0.estimate == nil }.count
        let estimated = calendar.events.filter { $0.date == nil && $0.estimate != nil }.count
        var notes: [String] = []
        if estimated > 0 { notes.append("\(estimated) \(estimated == 1 ? "is an estimate" : "are estimates")") }
        if unset > 0 { notes.append("\(unset) \(unset == 1 ? "has" : "have") no date yet") }
        Output.line("")
        Output.line(
            "Season dates follow the \(calendar.cycle) Match"
                + (calendar.isChosen ? "" : " (inferred)")
                + (notes.isEmpty ? "." : "; " + notes.joined(separator: ", ") + ": see `imgpath calendar`."))
    }
}
