/// A Markdown report for an adviser: the profile, each of the eight milestones with its status,
/// dates, attempts, checklist, fields, notes and deadlines, what comes next, and the season
/// calendar with sources. Text the person typed is escaped so it cannot change the layout.
public enum MarkdownReport {
    /// Writes the report; `names` includes letter writers' and supervisors' names, which are
    /// left out by default because the report is meant to be shared.
    public static func write(
        _ journal: Journal, today: CalendarDay, names: Bool = false, to sink: inout some ExportSink
    ) throws {
        let pathway = journal.pathway
        let agenda = Agenda(pathway: pathway, today: today)
        try sink.write("# IMG pathway report\n\n")
        try sink.write("Prepared with imgpath on \(today). Dates are calendar days (YYYY-MM-DD).\n\n")

        try sink.write("## Profile\n\n| Field | Value |\n|---|---|\n")
        let profile = pathway.profile
        for field in ProfileField.allCases {
            let value: String =
                switch field {
                case .citizenship: profile.citizenship.label
                case .visaTrack: profile.visaTrack.label
                default: profile.value(of: field)
                }
            try sink.write("| \(field.label) | \(value.isEmpty ? "-" : cell(value)) |\n")
        }

        try sink.write("\n## Where things stand\n\n")
        try sink.write("Progress: \(pathway.doneCount) of \(MilestoneID.allCases.count) milestones done.\n\n")
        if let text = pathway.eligibilityEndedText {
            try sink.write("**Attention:** \(escape(text)).\n\n")
        }
        try sink.write("### Next steps\n\n")
        // The plan's: what is overdue, the next step (with the day it waits for, if any), then
        // every dated item of the next 90 days, estimates marked. The same list as `plan`.
        let plan = Plan(pathway: pathway, today: today)
        var wroteStep = false
        for item in plan.overdue {
            try sink.write("- Overdue since \(dayText(item)) (\(item.whenText)): \(escape(item.text))\(about(item)).\n")
            wroteStep = true
        }
        if let next = plan.nextStep, let milestone = next.milestone, let status = next.status {
            let from = next.dateText.map { " from \($0)" } ?? ""
            let reason = next.note.map { " (\(escape($0)))" } ?? ""
            try sink.write("- \(MilestoneCatalog[milestone].name): move to *\(status.label)*\(from)\(reason).\n")
            wroteStep = true
        }
        for item in plan.dated(withinDays: 90) where item.kind != .overdue && item.id != plan.nextStep?.id {
            guard (item.daysLeft ?? 0) >= 0 else { continue }
            try sink.write("- \(dayText(item)) (\(item.whenText)): \(escape(item.text))\(about(item)).\n")
            wroteStep = true
        }
        if !wroteStep { try sink.write("- Nothing is due in the next 90 days.\n") }

        try sink.write("\n## The eight milestones\n")
        for id in MilestoneID.allCases {
            try milestone(id, in: pathway, agenda: agenda, to: &sink)
        }

        if !pathway.programs.isEmpty { try season(pathway, today: today, to: &sink) }
        try budget(SeasonBudget(pathway: pathway, cycle: agenda.calendar.cycle, book: FactBook.current), to: &sink)
        if !pathway.experiences.isEmpty || !pathway.letters.isEmpty {
            try lettersSection(pathway, today: today, names: names, to: &sink)
        }

        let calendar = agenda.calendar
        try sink.write(
            "\n## Season calendar: \(calendar.cycle) Match\(calendar.isChosen ? "" : " (assumed; not chosen yet)")\n\n")
        try sink.write("| Event | Milestone | Date | Days left | Where the date comes from |\n|---|---|---|---|---|\n")
        for event in calendar.events {
            let days = event.date.map { AgendaItem.describe(daysLeft: today.days(until: $0)) } ?? "-"
            try sink.write(
                "| \(cell(event.title)) | \(MilestoneCatalog[event.milestone].shortName) | \(event.date?.description ?? "not set") "
                    + "| \(days) | \(cell(event.sourceText)) |\n")
        }
        try sink.write(
            "\nDefault dates are published by AAMC (ERAS) and NRMP (Match) for each cycle; check them against "
                + "the current calendars. The report is a record kept by the applicant, not an official document.\n")
    }

    /// An item's day, with "(estimated)" after an estimate.
    private static func dayText(_ item: PlanItem) -> String { item.dateText ?? "" }

    /// The short name of the step an item belongs to, in brackets.
    private static func about(_ item: PlanItem) -> String {
        item.milestone.map { " (\(MilestoneCatalog[$0].shortName))" } ?? ""
    }

    /// The season's fees: paid, and expected from the fee facts, each with its source.
    private static func budget(_ budget: SeasonBudget, to sink: inout some ExportSink) throws {
        try sink.write("\n## Season budget: \(budget.cycle) Match (US dollars)\n\n")
        try sink.write(escape(budget.paidText) + ".\n" + escape(budget.expectedText) + ".\n\n")
        try sink.write("| Fee | Amount | How | Source |\n|---|---|---|---|\n")
        for item in budget.items {
            let amount = item.cents.map(SeasonBudget.money) ?? SeasonBudget.noFigure
            try sink.write(
                "| \(cell(item.label)) | \(cell(amount)) | \(cell(item.basis)) | \(cell(item.source ?? "-")) |\n")
        }
    }

    /// The application season: counts by status, the visa mix, fees, the rank order list and
    /// SOAP applications.
    private static func season(_ pathway: Pathway, today: CalendarDay, to sink: inout some ExportSink) throws {
        let summary = pathway.seasonSummary
        let fits = pathway.programFits(today: today)
        try sink.write("\n## Application season\n\n")
        try sink.write(
            "\(pathway.programs.count) programs: \(summary.applied) applied, \(summary.interviews) interviews, "
                + "\(summary.ranked) ranked" + (summary.soap > 0 ? ", \(summary.soap) in SOAP" : "") + ".\n")
        if summary.feesRecorded > 0 {
            try sink.write(
                "Fees recorded: $\(ProgramField.dollars(summary.feeCents)) for \(summary.feesRecorded) "
                    + "\(summary.feesRecorded == 1 ? "program" : "programs").\n")
        }
        try sink.write("\n| Status | Programs |\n|---|---|\n")
        for (status, count) in summary.byStatus where count > 0 { try sink.write("| \(status.label) | \(count) |\n") }
        try sink.write("\n| Visa sponsorship | Programs |\n|---|---|\n")
        for (visa, count) in summary.byVisa where count > 0 { try sink.write("| \(visa.label) | \(count) |\n") }
        let ranked = pathway.rankOrder.ranked(pathway.programs)
        if !ranked.isEmpty {
            let certified =
                pathway.rankOrder.certifiedOn == nil
                ? "not certified yet" : pathway.rankOrder.certificationText(pathway.programs)
            try sink.write("\n### Rank order list (\(certified))\n\n")
            for (index, program) in ranked.enumerated() {
                try sink.write("\(index + 1). \(programLine(program, fits: fits[program.id] ?? []))\n")
            }
        }
        let soap = pathway.programs.filter(\.soap)
        if !soap.isEmpty {
            try sink.write("\n### SOAP applications\n\n")
            for program in soap { try sink.write("- \(programLine(program, fits: fits[program.id] ?? []))\n") }
        }
    }

    /// US clinical experience with its weeks by kind, and the letters with where they stand.
    private static func lettersSection(
        _ pathway: Pathway, today: CalendarDay, names: Bool, to sink: inout some ExportSink
    ) throws {
        try sink.write("\n## US clinical experience and letters\n")
        if !pathway.experiences.isEmpty {
            try sink.write("\n| Experience | Kind | Site | Specialty | Dates | Weeks |\n|---|---|---|---|---|---|\n")
            for entry in pathway.experiences {
                let place = [entry.city, entry.state].filter { !$0.isEmpty }.joined(separator: ", ")
                var site = entry.site + (place.isEmpty ? "" : " (\(place))")
                if names, !entry.supervisor.isEmpty { site += ", supervised by \(entry.supervisor)" }
                try sink.write(
                    "| \(entry.id) | \(entry.kind.label) | \(cell(site)) | "
                        + "\(entry.specialty.isEmpty ? "-" : cell(entry.specialty)) | \(entry.start) to \(entry.end) "
                        + "| \(entry.weeks)\(entry.isPlanned(today: today) ? " planned" : "") |\n")
            }
            try sink.write(
                "\nWeeks by kind: "
                    + ClinicalExperience.weeksByKind(pathway.experiences, today: today)
                    .map { "\($0.kind.label) \($0.weeks)" }.joined(separator: ", ")
                    + "; \(ClinicalExperience.weeksText(pathway.experiences, today: today)).\n")
        }
        if !pathway.letters.isEmpty {
            try sink.write(
                "\n### Letters (\(pathway.letters.count), \(pathway.letters.filter(\.usPhysician).count) from US "
                    + "physicians; at most \(pathway.letterLimit) per program)\n\n")
            for letter in pathway.letters {
                var text = "Letter \(letter.id)"
                if names {
                    text += " from " + escape(letter.writer) + (letter.title.isEmpty ? "" : ", " + escape(letter.title))
                    if !letter.institution.isEmpty { text += ", " + escape(letter.institution) }
                }
                text += " (\(escape(letter.anonymousDescription)))"
                if let experience = letter.experienceID { text += ", from \(experience)" }
                if let requested = letter.requested { text += "; requested \(requested)" }
                text += letter.received.map { "; received by ERAS \($0)" } ?? "; not received by ERAS yet"
                let programs = letter.assignments.keys.sorted().map { id in
                    pathway.program(id).map { "\(id) (\(escape($0.name)))" } ?? id
                }
                if !programs.isEmpty { text += "; assigned to " + programs.joined(separator: ", ") }
                try sink.write("- \(text).\n")
            }
            for warning in pathway.letterWarnings {
                // The warning names the writer; without names, only the ids are said.
                let message =
                    names
                    ? warning.message
                    : warning.kind == .notReceived
                        ? "\(warning.letterID ?? "a letter") is assigned to "
                            + (warning.programID.map { id in pathway.program(id).map { "\(id) (\($0.name))" } ?? id }
                                ?? "a program") + " "
                            + "before ERAS received it"
                        : warning.message
                try sink.write("- **Warning:** \(escape(message)).\n")
            }
        }
    }

    /// One program in a list: name and place, visa, status, fit warnings.
    private static func programLine(_ program: Program, fits: [ProgramFit]) -> String {
        let place = [program.city, program.state].filter { !$0.isEmpty }.joined(separator: ", ")
        var text =
            escape(program.name) + (place.isEmpty ? "" : " (\(escape(place)))") + ", \(program.visa.label), "
            + program.status.label
        if !fits.isEmpty { text += "; fit: " + fits.map { escape($0.message) }.joined(separator: "; ") }
        return text
    }

    private static func milestone(
        _ id: MilestoneID, in pathway: Pathway, agenda: Agenda, to sink: inout some ExportSink
    ) throws {
        let info = MilestoneCatalog[id]
        let record = pathway[id]
        let standing = pathway.standing(of: id)
        try sink.write("\n### \(id.order + 1). \(info.name): \(record.status.label)\n\n")
        try sink.write("- Status: \(record.status.label) (\(standing.label))\n")
        let dates = info.statuses.compactMap { status in record.date(of: status).map { "\(status.label) \($0)" } }
        if !dates.isEmpty { try sink.write("- Dates: \(dates.joined(separator: "; "))\n") }
        if id.isExam {
            try sink.write(
                "- Attempts: \(record.attemptsUsed) used, \(pathway.attemptsLeft(id)) left of \(RuleFacts.usmleAttemptLimit)\n"
            )
            for (number, attempt) in record.attempts.enumerated() {
                var text = "  - Attempt \(number + 1): \(attempt.date), \(attempt.result.rawValue)"
                if let score = attempt.score { text += ", score \(score)" }
                try sink.write(text + "\n")
            }
            if let score = record.latestScore { try sink.write("- Latest score: \(score)\n") }
        }
        for reason in PathwayMachine.blockingReasons(for: id, in: pathway) {
            try sink.write("- Blocked: \(escape(reason.description))\n")
        }
        if !info.items.isEmpty {
            try sink.write("- Checklist:\n")
            for item in info.items {
                try sink.write("  - [\(pathway.isTicked(id, item.id) ? "x" : " ")] \(item.label)\n")
            }
        }
        let fields = info.fields.compactMap { field in pathway.detail(id, field.id).map { (field.label, $0) } }
        if !fields.isEmpty {
            try sink.write("- Fields:\n")
            for (label, value) in fields { try sink.write("  - \(label): \(escape(value))\n") }
        }
        let deadlines = pathway.deadlines.filter { $0.milestone == id }.sorted { $0.date < $1.date }
        if !deadlines.isEmpty {
            try sink.write("- Deadlines:\n")
            for deadline in deadlines {
                let days = AgendaItem.describe(daysLeft: agenda.today.days(until: deadline.date))
                var text = "  - [\(deadline.done ? "x" : " ")] \(deadline.date) (\(days)): \(escape(deadline.title))"
                if let note = deadline.note { text += ". \(escape(note))" }
                try sink.write(text + " (`\(deadline.id)`)\n")
            }
        }
        if !record.notes.isEmpty {
            try sink.write("- Notes:\n\n")
            for line in record.notes.replacingNewlines(with: "\n").split(
                separator: "\n", omittingEmptySubsequences: false)
            {
                try sink.write("  > \(escape(String(line)))\n")
            }
            try sink.write("\n")
        }
        if !pathway.isDone(id), let status = PathwayMachine.suggestedNext(for: id, in: pathway) {
            try sink.write("- Next: \(status.label)\n")
        }
    }

    /// Text with Markdown's special characters escaped, so a note cannot start a heading, a link
    /// or a table column; on one line (a line break becomes a space, so it cannot start a list
    /// item), and with control characters shown as `TerminalText` shows them.
    public static func escape(_ text: String) -> String {
        var result = ""
        let line = TerminalText.safe(text.replacingNewlines(with: " "))
        // A leading "-" or "+" would start a list item where the text begins a line (a note).
        if let first = line.first, "-+".contains(first) { result.append("\\") }
        for character in line {
            if "\\`*_[]<>#|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// Text for a table cell: escaped, on one line.
    static func cell(_ text: String) -> String {
        escape(text)
    }
}
