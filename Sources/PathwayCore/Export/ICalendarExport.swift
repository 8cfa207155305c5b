/// Deadlines, interviews, clinical experience, and the plan's dated items (season dates, estimates
/// marked, thank-you notes, steps that wait for a day) as an RFC 5545 calendar of all-day events.
///
/// What lies ahead is the plan's, so the calendar says what `plan`, `agenda` and the screen say:
/// a season date that asks nothing more, or a thank-you reminder dismissed, is not in it. UIDs
/// come from the deadline id, or the event id and cycle, so importing a newer export updates the
/// events instead of duplicating them. Lines end in CRLF and are folded at 75
/// octets without splitting a UTF-8 sequence; text values are escaped.
public enum ICalendarExport {
    /// The octets a content line may hold before it is folded (RFC 5545, 3.1).
    public static let lineLimit = 75

    public static func write(_ pathway: Pathway, now: Timestamp, to sink: inout some ExportSink) throws {
        let stamp = compact(now)
        let plan = Plan(pathway: pathway, today: now.localDay)
        try line("BEGIN:VCALENDAR", to: &sink)
        try line("VERSION:2.0", to: &sink)
        try line("PRODID:-//imgpath//imgpath deadlines and season calendar//EN", to: &sink)
        try line("CALSCALE:GREGORIAN", to: &sink)
        try line("METHOD:PUBLISH", to: &sink)
        try line("X-WR-CALNAME:" + escape("imgpath: road to a US medical license"), to: &sink)
        for deadline in pathway.deadlines {
            let milestone = MilestoneCatalog[deadline.milestone].name
            var description = "Personal deadline \(deadline.id) for \(milestone)."
            if deadline.done { description += " Done." }
            if let note = deadline.note { description += "\n\(note)" }
            try event(
                uid: "deadline-\(deadline.id)@imgpath", stamp: stamp, day: deadline.date,
                summary: (deadline.done ? "(done) " : "") + deadline.title, description: description, to: &sink)
        }
        // A booked exam: one event per Step, so a new date replaces the old one on import.
        for id in MilestoneID.allCases where id.isExam && pathway[id].status == .scheduled {
            guard let day = pathway[id].date(of: .scheduled) else { continue }
            try event(
                uid: "exam-\(id.rawValue)@imgpath", stamp: stamp, day: day,
                summary: "\(MilestoneCatalog[id].name) exam",
                description: "\(MilestoneCatalog[id].name): scheduled exam day.", to: &sink)
        }
        for program in pathway.programs where program.status.isActive {
            guard let day = program.interviewDay else { continue }
            let place = [program.city, program.state].filter { !$0.isEmpty }.joined(separator: ", ")
            var description = "Residency interview, program \(program.id)" + (place.isEmpty ? "." : " (\(place)).")
            if let format = program.interviewFormat { description += "\nFormat: \(format.label)." }
            if let interviewer = program.interviewer { description += "\nInterviewer: \(interviewer)." }
            if !program.notes.isEmpty { description += "\n\(program.notes)" }
            try event(
                uid: "interview-\(program.id)@imgpath", stamp: stamp, day: day, summary: "Interview: \(program.name)",
                description: description, time: program.interviewTime, zone: program.interviewTimeZone,
                location: program.interviewPlace, to: &sink)
        }
        // Thank-you notes the plan still asks for (not sent, not dismissed), overdue ones included.
        for item in plan.items {
            guard case .thankYou(let program) = item.source?.source, let day = item.date,
                let interview = program.interviewDay
            else { continue }
            try event(
                uid: "thanks-\(program.id)@imgpath", stamp: stamp, day: day, summary: item.text,
                description: "Send the thank-you note for the interview on \(interview).", to: &sink)
        }
        for experience in pathway.experiences {
            let place = [experience.city, experience.state].filter { !$0.isEmpty }.joined(separator: ", ")
            var description =
                "US clinical experience \(experience.id), \(experience.kind.label)"
                + (place.isEmpty ? "" : " (\(place))") + ", \(experience.start) to \(experience.end)."
            if !experience.notes.isEmpty { description += "\n\(experience.notes)" }
            try event(
                uid: "experience-\(experience.id)@imgpath", stamp: stamp, day: experience.start,
                summary: "Starts: \(experience.site)", description: description, to: &sink)
        }
        try planEvents(plan, pathway: pathway, stamp: stamp, to: &sink)
        try line("END:VCALENDAR", to: &sink)
    }

    /// The plan's season dates still ahead (estimates marked), the steps that wait for a day (a
    /// scheduled exam has its own event), and the call to certify the rank order list again.
    private static func planEvents(
        _ plan: Plan, pathway: Pathway, stamp: String, to sink: inout some ExportSink
    ) throws {
        let cycle = plan.calendar.cycle
        // The cycle's dates already past stay, as a calendar keeps what happened; what lies ahead
        // is the plan's.
        for entry in plan.calendar.events {
            guard let day = entry.date, day < plan.today else { continue }
            try seasonEvent(entry, day: day, cycle: cycle, stamp: stamp, to: &sink)
        }
        for item in plan.items {
            guard let day = item.date, let milestone = item.milestone else { continue }
            let name = MilestoneCatalog[milestone].name
            switch (item.kind, item.source?.source) {
            case (.season, .season(let entry)):
                try seasonEvent(entry, day: day, cycle: cycle, stamp: stamp, to: &sink)
            case (.season, nil):
                try event(
                    uid: "season-\(cycle)-\(item.id)@imgpath", stamp: stamp, day: day,
                    summary: "\(item.text) (\(cycle) Match, estimated)",
                    description: "\(name), \(cycle) Match. Not published yet: \(item.note ?? "an estimate").",
                    to: &sink)
            case (.step, _):
                if milestone.isExam, pathway[milestone].status == .scheduled { continue }
                try event(
                    uid: "\(item.id)@imgpath", stamp: stamp, day: day,
                    summary: item.text + (item.estimated ? " (from this day, estimated)" : " (from this day)"),
                    description: "\(name): possible from this day." + (item.note.map { "\n\($0)" } ?? ""), to: &sink)
            case (.deadline, nil):
                try event(
                    uid: "\(item.id)@imgpath", stamp: stamp, day: day, summary: item.text,
                    description: "\(name)." + (item.note.map { "\n\($0)" } ?? ""), to: &sink)
            default:
                continue
            }
        }
    }

    /// A season date with where it comes from.
    private static func seasonEvent(
        _ entry: SeasonEventEntry, day: CalendarDay, cycle: Int, stamp: String, to sink: inout some ExportSink
    ) throws {
        var description = "\(MilestoneCatalog[entry.milestone].name), \(cycle) Match. Date: \(entry.sourceText)."
        if let url = entry.defaultEntry?.source.url { description += "\nSource: \(url)" }
        try event(
            uid: "season-\(cycle)-\(entry.id.rawValue)@imgpath", stamp: stamp, day: day,
            summary: "\(entry.title) (\(cycle) Match)", description: description, to: &sink)
    }

    /// One event: all day, or from `time` (`HH:MM`) for an hour when a time is given, in
    /// `zone` (UTC as `Z`, another zone as its `TZID`, none as the reader's local time).
    private static func event(
        uid: String, stamp: String, day: CalendarDay, summary: String, description: String, time: String? = nil,
        zone: String? = nil, location: String? = nil, to sink: inout some ExportSink
    ) throws {
        try line("BEGIN:VEVENT", to: &sink)
        try line("UID:" + escape(uid), to: &sink)
        try line("DTSTAMP:" + stamp, to: &sink)
        if let time, let (start, end) = timed(day, time) {
            let parameter = zone.map { $0 == "UTC" ? "" : ";TZID=" + $0 } ?? ""
            let suffix = zone == "UTC" ? "Z" : ""
            try line("DTSTART\(parameter):\(start)\(suffix)", to: &sink)
            try line("DTEND\(parameter):\(end)\(suffix)", to: &sink)
        } else {
            try line("DTSTART;VALUE=DATE:" + compact(day), to: &sink)
            // DTEND of an all-day event is exclusive: the next day.
            try line("DTEND;VALUE=DATE:" + compact(day.adding(days: 1)), to: &sink)
        }
        try line("SUMMARY:" + escape(summary), to: &sink)
        try line("DESCRIPTION:" + escape(description), to: &sink)
        if let location { try line("LOCATION:" + escape(location), to: &sink) }
        // A deadline is a reminder, not a busy slot; a timed interview is.
        try line(time == nil ? "TRANSP:TRANSPARENT" : "TRANSP:OPAQUE", to: &sink)
        try line("END:VEVENT", to: &sink)
    }

    /// The start and, an hour later, the end of a timed event as `YYYYMMDDTHHMMSS`, or nil when
    /// the time does not read.
    static func timed(_ day: CalendarDay, _ time: String) -> (String, String)? {
        let parts = time.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]) else { return nil }
        func two(_ value: Int) -> String { (value < 10 ? "0" : "") + String(value) }
        let endDay = hour == 23 ? day.adding(days: 1) : day
        return (
            compact(day) + "T" + two(hour) + two(minute) + "00",
            compact(endDay) + "T" + two((hour + 1) % 24) + two(minute) + "00"
        )
    }

    /// `YYYYMMDD` (RFC 5545 DATE).
    static func compact(_ day: CalendarDay) -> String {
        day.description.filter { $0 != "-" }
    }

    /// `YYYYMMDDTHHMMSSZ` (RFC 5545 DATE-TIME in UTC).
    static func compact(_ instant: Timestamp) -> String {
        instant.description.filter { $0 != "-" && $0 != ":" }
    }

    /// A TEXT value escaped (RFC 5545, 3.3.11): backslash, semicolon, comma, and line breaks as
    /// `\n`; other control characters, which TEXT may not hold, are dropped, and so are C1 and
    /// bidi controls (`TerminalText.isControl`), which a calendar would show or act on raw.
    public static func escape(_ text: String) -> String {
        var result = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousWasCR { result += "\\n" }
            case "\t": result.unicodeScalars.append(scalar)
            default:
                if TerminalText.isControl(scalar) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Writes one content line, folded so that no line exceeds 75 octets: a fold is CRLF
    /// followed by a space, placed before a UTF-8 lead byte so no character is split.
    static func line(_ text: String, to sink: inout some ExportSink) throws {
        try sink.write(fold(text))
    }

    /// The folded bytes of one content line, CRLF-terminated.
    public static func fold(_ text: String) -> [UInt8] {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 70 * 3 + 2)
        var start = 0
        var limit = lineLimit
        while bytes.count - start > limit {
            var cut = start + limit
            // Step back over continuation bytes (10xxxxxx) to the start of a character.
            while cut > start, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
            output.append(contentsOf: bytes[start..<cut])
            output.append(contentsOf: [0x0D, 0x0A, 0x20])
            start = cut
            // A continuation line starts with the space, which counts toward its 75 octets.
            limit = lineLimit - 1
        }
        output.append(contentsOf: bytes[start...])
        output.append(contentsOf: [0x0D, 0x0A])
        return output
    }
}
