import ArgumentParser
import PathwayCore

/// `imgpath agenda`: what is due in the coming days, and what is overdue.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda", abstract: "Show deadlines and season dates in the next N days, and overdue deadlines.")

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
        let session = try Session.open(options, forWriting: false)
        let today = session.clock.today
        let agenda = Agenda(pathway: session.journal.pathway, today: today)
        let overdue = agenda.overdue
        let upcoming = agenda.upcoming(withinDays: days)
        if json {
            try JSONOutput.print(
                Report(
                    today: today.description, days: days, cycle: agenda.calendar.cycle,
                    overdue: overdue.map(AgendaJSON.Item.init), upcoming: upcoming.map(AgendaJSON.Item.init)))
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
        let calendar = agenda.calendar
        let unset = calendar.events.filter { $0.date == nil }.count
        Output.line("")
        Output.line(
            "Season dates follow the \(calendar.cycle) Match"
                + (calendar.isChosen ? "" : " (inferred)")
                + (unset > 0
                    ? "; \(unset) event\(unset == 1 ? " has" : "s have") no date yet: see `imgpath calendar`." : "."))
    }
}
