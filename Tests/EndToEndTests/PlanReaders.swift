import Foundation
import PathwayCore
import PathwayTUI

/// What every reader of the plan says about one file on one day, and where they disagree.
///
/// The command line is run as a person would run it (`status --json`, `next --json`,
/// `plan --json`, `agenda --json`, `export --format ics`, `export --format markdown`); the main
/// screen is drawn in process from the same file, as the golden tests draw it, and read as text
/// (its Next line and "Coming up"). `problems` lists every disagreement in words; a test expects
/// none, and another breaks one reader on purpose to see it listed.
struct PlanReaders {
    struct Step: Decodable, Equatable {
        let milestone: String
        let status: String
        let date: String?
        let estimated: Bool
    }

    struct Status: Decodable {
        struct Milestone: Decodable {
            let id: String
            let done: Bool
        }
        let next: Step?
        let milestones: [Milestone]
    }

    struct Next: Decodable {
        let kind: String
        let date: String?
        let step: Step?
    }

    struct Item: Decodable, Equatable {
        let kind: String
        let date: String?
        let daysLeft: Int?
        let text: String
        let milestone: String?
        let program: String?
        let status: String?
        let estimated: Bool
        let id: String
    }

    struct Agenda: Decodable {
        struct Entry: Decodable {
            let id: String
            let date: String
            let estimated: Bool
        }
        let cycle: Int
        let overdue: [Entry]
        let upcoming: [Entry]
    }

    /// One VEVENT of the calendar export.
    struct Event: Equatable {
        var uid = ""
        var day = ""
        var summary = ""
    }

    let day: String
    var status: Status
    var next: Next
    var plan: [Item]
    var agenda: Agenda
    var events: [Event]
    var report: [String]
    var nextLine: String
    var comingUp: [String]

    /// Reads every reader at `day` (YYYY-MM-DD) on the harness's file.
    init(_ h: Harness, at day: String) throws {
        self.day = day
        let now = ["IMGPATH_NOW": day + "T12:00:00Z"]
        func output(_ arguments: [String]) throws -> String {
            let run = try h.run(arguments, environment: now)
            guard run.status == 0 else { throw ReaderError(text: "\(arguments): \(run.stderr)") }
            return run.stdout
        }
        func decode<T: Decodable>(_ type: T.Type, _ arguments: [String]) throws -> T {
            try JSONDecoder().decode(type, from: Data(try output(arguments).utf8))
        }
        status = try decode(Status.self, ["status", "--json"])
        next = try decode(Next.self, ["next", "--json"])
        plan = try decode([Item].self, ["plan", "--json"])
        agenda = try decode(Agenda.self, ["agenda", "--json", "--days", "36500"])
        events = Self.events(try output(["export", "--format", "ics"]))
        report = Self.nextSteps(try output(["export", "--format", "markdown"]))
        (nextLine, comingUp) = try Self.screen(file: h.file, day: day)
    }

    struct ReaderError: Error, CustomStringConvertible {
        let text: String
        var description: String { text }
    }

    /// The calendar's events, its folded lines joined.
    static func events(_ ics: String) -> [Event] {
        var lines: [String] = []
        for line in ics.components(separatedBy: "\r\n") {
            if line.hasPrefix(" "), !lines.isEmpty {
                lines[lines.count - 1] += line.dropFirst()
            } else {
                lines.append(line)
            }
        }
        var events: [Event] = []
        var event: Event?
        for line in lines {
            if line == "BEGIN:VEVENT" {
                event = Event()
            } else if line == "END:VEVENT", let done = event {
                events.append(done)
                event = nil
            } else if line.hasPrefix("UID:") {
                event?.uid = String(line.dropFirst(4).prefix { $0 != "@" })
            } else if line.hasPrefix("DTSTART"), let colon = line.lastIndex(of: ":") {
                let digits = line[line.index(after: colon)...].prefix(8)
                event?.day = digits.prefix(4) + "-" + digits.dropFirst(4).prefix(2) + "-" + digits.dropFirst(6)
            } else if line.hasPrefix("SUMMARY:") {
                event?.summary = String(line.dropFirst(8))
            }
        }
        return events
    }

    /// The bullet lines of the report's "Next steps".
    static func nextSteps(_ markdown: String) -> [String] {
        let lines = markdown.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "### Next steps") else { return [] }
        return lines[(start + 1)...].prefix { !$0.hasPrefix("#") }.filter { $0.hasPrefix("- ") }
    }

    /// The main screen drawn from the file at `day`, 100x40 without colour or Unicode: its Next
    /// line and the rows under "Coming up" (the left pane's inside, trimmed).
    static func screen(file: String, day: String) throws -> (String, [String]) {
        let (_, journal) = try PathwayStore.open(path: file, lock: false)
        var state = AppState(journal: journal, filePath: file, themeName: "default-dark", unicode: false)
        state.screen = .main
        state.width = 100
        state.height = 40
        guard let today = CalendarDay(parsing: day) else { throw ReaderError(text: "not a day: \(day)") }
        state.today = today
        let lines = ScreenRenderer.render(state).lines
        let next = lines.first { $0.hasPrefix(" Next: ") } ?? ""
        guard let title = lines.firstIndex(where: { $0.contains("Coming up") }) else { return (next, []) }
        let rows = lines[(title + 1)...].prefix { !$0.hasPrefix("+") }.map { line in
            // The left pane's inside: between the first two borders.
            let inside = line.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
            return inside.count > 1 ? inside[1].trimmingCharacters(in: .whitespaces) : ""
        }
        return (next, rows.filter { !$0.isEmpty })
    }

    /// The calendar event an item of the plan is exported as.
    func uid(of item: Item) -> String {
        if item.kind == "season" { return "season-\(agenda.cycle)-\(item.id)" }
        if item.id.hasPrefix("step-"), let milestone = item.milestone,
            events.contains(where: { $0.uid == "exam-\(milestone)" })
        {
            return "exam-\(milestone)"
        }
        for (suffix, prefix) in [("-interview", "interview-"), ("-thanks", "thanks-"), ("-start", "experience-")]
        where item.id.hasSuffix(suffix) {
            return prefix + item.id.dropLast(suffix.count)
        }
        return item.id.hasPrefix("dl-") ? "deadline-" + item.id : item.id
    }

    /// Every disagreement between the readers, in words; empty when they all say the same.
    var problems: [String] {
        var found: [String] = []
        func check(_ holds: Bool, _ text: @autoclosure () -> String) { if !holds { found.append("\(day): " + text()) } }
        let firstStep = plan.first { $0.kind == "step" }.map {
            Step(milestone: $0.milestone ?? "", status: $0.status ?? "", date: $0.date, estimated: $0.estimated)
        }
        // status, next and plan.
        check(status.next == firstStep, "status --json's next \(String(describing: status.next)) is not the plan's")
        check(next.step == firstStep, "next --json's step \(String(describing: next.step)) is not the plan's")
        check(next.kind == plan.first?.kind ?? "none", "next is \(next.kind), the plan starts with another kind")
        check(next.date == plan.first?.date, "next's date \(next.date ?? "none") is not the plan's first")
        // Nothing done or past is coming up.
        let done = Set(status.milestones.filter(\.done).map(\.id))
        for item in plan where item.kind != "overdue" {
            check((item.daysLeft ?? 0) >= 0, "\(item.text) is past (\(item.date ?? "")) but not overdue")
            if item.kind == "step" {
                check(!done.contains(item.milestone ?? ""), "\(item.text) is a step of a done milestone")
            }
        }
        // agenda: the same overdue items and the same dated items ahead, with the same dates.
        let overdue = plan.filter { $0.kind == "overdue" }
        check(
            agenda.overdue.map(\.id) == overdue.map(\.id),
            "agenda's overdue \(agenda.overdue.map(\.id)) is not the plan's \(overdue.map(\.id))")
        let ahead = plan.filter { $0.kind != "overdue" && $0.date != nil }
        let planDays = Dictionary(ahead.map { ($0.id, $0.date ?? "") }, uniquingKeysWith: { a, _ in a })
        let agendaDays = Dictionary(agenda.upcoming.map { ($0.id, $0.date) }, uniquingKeysWith: { a, _ in a })
        check(agendaDays == planDays, "agenda's dated items \(agendaDays) are not the plan's \(planDays)")
        // The calendar export: every dated item of the plan on its day; nothing else ahead.
        for item in plan where item.date != nil {
            let uid = uid(of: item)
            let event = events.first { $0.uid == uid }
            check(
                event?.day == item.date,
                "the calendar has \(uid) on \(event?.day ?? "no day"), the plan \(item.date ?? "")")
            if item.estimated { check(event?.summary.contains("estimated") == true, "\(uid) is not marked estimated") }
        }
        let uids = Set(plan.filter { $0.date != nil }.map(uid(of:)))
        for event in events where event.day >= day && !event.summary.hasPrefix("(done)") {
            check(uids.contains(event.uid), "the calendar has \(event.uid) on \(event.day), which the plan does not")
        }
        // The report's next steps: the overdue items, the next step, the dated items of 90 days.
        let stepLine = firstStep.flatMap { step -> String? in
            guard let id = MilestoneID(rawValue: step.milestone), let status = PathwayCore.Status(rawValue: step.status)
            else { return nil }
            return "- \(MilestoneCatalog[id].name): move to *\(status.label)*"
                + (step.date.map { " from \($0)" + (step.estimated ? " (estimated)" : "") } ?? "")
        }
        let near = plan.filter { item in
            item.kind != "overdue" && item.id != plan.first { $0.kind == "step" }?.id
                && (item.daysLeft.map { $0 >= 0 && $0 <= 90 } ?? false)
        }
        check(
            report.count == overdue.count + (stepLine == nil ? 0 : 1) + near.count,
            "the report's next steps \(report) are not the plan's \(overdue.count) overdue, next step, \(near.count) dated"
        )
        for item in overdue {
            check(
                report.contains { $0.hasPrefix("- Overdue since \(item.date ?? "")") && $0.contains(item.text) },
                "the report does not say \(item.text) is overdue")
        }
        if let stepLine {
            check(report.contains { $0.hasPrefix(stepLine) }, "the report's next step is not \(stepLine)")
        }
        for item in near {
            let day = (item.date ?? "") + (item.estimated ? " (estimated)" : "")
            check(
                report.contains { $0.hasPrefix("- \(day) ") && $0.contains(item.text) },
                "the report does not list \(item.text) on \(day)")
        }
        // The screen: the Next line names the plan's first step and its day; "Coming up" shows
        // the plan's first items in order, overdue marked with !, estimates with ~.
        if let step = firstStep, let id = MilestoneID(rawValue: step.milestone),
            let status = PathwayCore.Status(rawValue: step.status)
        {
            check(
                nextLine.contains("\(MilestoneCatalog[id].name) -> \(status.label)"),
                "the screen's Next line \"\(nextLine)\" is not the plan's \(step)")
            check(
                nextLine.contains(" from \(step.date ?? "")") == (step.date != nil),
                "the screen's Next line \"\(nextLine)\" does not say the plan's day \(step.date ?? "none")")
        }
        check(!comingUp.isEmpty || plan.isEmpty, "the screen shows nothing coming up")
        for (row, item) in zip(comingUp, plan) {
            let when: String
            if let days = item.daysLeft {
                when = item.kind == "overdue" ? "!\(-days)d" : "\(days)d" + (item.estimated ? "~" : "")
            } else {
                when = "now"
            }
            check(
                row.hasPrefix(when + " ") && row.dropFirst(when.count + 1).hasPrefix(item.text.prefix(12)),
                "Coming up shows \"\(row)\" where the plan has \(when) \(item.text)")
        }
        return found
    }
}
