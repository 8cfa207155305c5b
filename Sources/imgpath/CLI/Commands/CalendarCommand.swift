import ArgumentParser
import PathwayCore

/// `imgpath calendar`: the season calendar of a Match cycle, with sources, and the person's dates.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar", abstract: "Show the season calendar of a Match cycle; set its dates.",
        discussion: """
            A cycle is named by the year of the Match (held in March): 2027 means ERAS opens in June 2026
            and residency starts in July 2027. Default dates show their source and year; a date that was not
            published for your cycle reads "not set" with the last known cycle's date for orientation.
            Events: \(SeasonEventID.allCases.map(\.rawValue).joined(separator: ", ")).
            Examples:
              imgpath calendar cycle 2027
              imgpath calendar set rankOrderListDeadline 2027-03-03
              imgpath calendar clear rankOrderListDeadline
            """,
        subcommands: [Show.self, SetDate.self, ClearDate.self, Cycle.self], defaultSubcommand: Show.self)

    /// `imgpath calendar [show] [--cycle YEAR] [--json]`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show every event with its date, days left, source and year.")
        @OptionGroup var options: FileOptions
        @Option(parsing: .unconditional, help: "The Match cycle to show (default: the one you chose, else inferred).")
        var cycle: Int?
        @Flag(help: "Print JSON.") var json = false

        func validate() throws {
            if let cycle, !SeasonCalendar.cycleRange.contains(cycle) {
                throw ValidationError(RuleViolation.cycleOutOfRange(cycle).description)
            }
        }

        func run() throws {
            let session = try Session.open(options, forWriting: false, allPrograms: false)
            let today = session.clock.today
            let calendar = SeasonCalendar(pathway: session.journal.pathway, today: today, cycle: cycle)
            if json {
                try JSONOutput.print(AgendaJSON.Calendar(calendar, today: today))
                return
            }
            let pathway = session.journal.pathway
            // Chosen (calendar cycle YEAR, or the Match cycle recorded), or the year matched in.
            let chosen = pathway.season.cycle != nil || pathway.recordsMatchCycle
            let how =
                cycle != nil
                ? "asked for"
                : calendar.isChosen
                    ? (chosen ? "your chosen cycle" : "the year you matched in")
                    : "inferred; choose yours with `imgpath calendar cycle YEAR`"
            Output.line("Season calendar: \(calendar.cycle) Match (\(how)). Today is \(today).")
            Output.line("")
            let width = SeasonEventID.allCases.map(\.title.count).max() ?? 40
            for event in calendar.events {
                let date = event.date?.description ?? "not set   "
                let days = event.date.map { AgendaItem.describe(daysLeft: today.days(until: $0)) } ?? ""
                let mark = event.isUserSet ? "*" : " "
                Output.line(
                    "\(mark) \(date)  \(days.padding(to: 13)) \(Output.field(event.title).padding(to: width))  \(Output.field(event.sourceText))  [\(event.id.rawValue)]"
                )
            }
            Output.line("")
            Output.line(
                "* you set this date. Change one: imgpath calendar set EVENT YYYY-MM-DD; back to the default: imgpath calendar clear EVENT"
            )
        }
    }

    /// `imgpath calendar set EVENT DATE [--cycle YEAR]`.
    struct SetDate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: "Enter an event's date for your cycle (overrides the default).")
        @OptionGroup var options: FileOptions
        @Argument(help: "The event id (see `imgpath calendar --help`).", completion: Completions.events)
        var event: String
        @Argument(help: ArgumentHelp("The date.", valueName: "YYYY-MM-DD"), transform: CalendarDay.argument)
        var date: CalendarDay
        @Option(parsing: .unconditional, help: "The Match cycle (default: the one the calendar follows).") var cycle:
            Int?

        func run() throws { try setSeasonDate(options, event: event, cycle: cycle, to: date) }
    }

    /// `imgpath calendar clear EVENT [--cycle YEAR]`.
    struct ClearDate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "clear", abstract: "Forget the date you entered for an event; the default applies again.")
        @OptionGroup var options: FileOptions
        @Argument(help: "The event id.", completion: Completions.events) var event: String
        @Option(parsing: .unconditional, help: "The Match cycle (default: the one the calendar follows).") var cycle:
            Int?

        func run() throws { try setSeasonDate(options, event: event, cycle: cycle, to: nil) }
    }

    /// `imgpath calendar cycle YEAR|auto`.
    struct Cycle: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cycle", abstract: "Choose the Match cycle to follow (the year of the Match), or `auto`.")
        @OptionGroup var options: FileOptions
        @Argument(help: "The year of the Match, such as 2027, or auto.") var year: String

        func run() throws {
            let chosen: Int?
            if year.lowercased() == "auto" {
                chosen = nil
            } else if let number = Int(year) {
                chosen = number
            } else {
                throw ValidationError("\"\(year)\" is not a year; give the year of the Match, such as 2027, or auto")
            }
            var session = try Session.open(options, forWriting: true, allPrograms: false)
            let pathway = session.journal.pathway
            if chosen == nil, pathway.recordsMatchCycle {
                // The calendar follows the Match cycle that ERAS and the Match share (choosing a
                // year records it there): automatic is that one value cleared, which clears the
                // calendar's own choice with it.
                try session.perform(.detail(.match, field: "cycle", value: nil))
                Output.line(
                    "The season calendar now follows the "
                        + "\(SeasonCalendar(pathway: session.journal.pathway, today: session.clock.today).cycle) Match."
                )
            } else {
                try session.perform(.seasonCycle(chosen))
            }
        }
    }
}

/// Reads an event id (any case, dashes or spaces allowed), or says which ones exist.
private func parseEvent(_ text: String) throws -> SeasonEventID {
    guard let id = SeasonEventID(rawValue: text) ?? SeasonEventID(lenient: text) else {
        throw ValidationError(
            "unknown event \"\(text)\"; the events are "
                + SeasonEventID.allCases.map(\.rawValue).joined(separator: ", "))
    }
    return id
}

/// Records a season date (nil clears it) for the given cycle, or the cycle the calendar follows.
private func setSeasonDate(_ options: FileOptions, event: String, cycle: Int?, to date: CalendarDay?) throws {
    let id = try parseEvent(event)
    var session = try Session.open(options, forWriting: true, allPrograms: false)
    let year = cycle ?? SeasonCalendar(pathway: session.journal.pathway, today: session.clock.today).cycle
    try session.perform(.seasonDate(cycle: year, event: id, date: date))
}
