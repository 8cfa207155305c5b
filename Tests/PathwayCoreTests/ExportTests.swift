import Testing

@testable import PathwayCore

#if canImport(Glibc)
    import Glibc
#endif

/// The exports, each checked against the rules of its format.
@Suite struct ExportTests {
    static let now = Fixtures.noon

    static func journal() throws -> Journal {
        try Fixtures.journal([
            .profile(.name, value: "Dr. Amara | Okafor"),
            .mark(.step1, .passed, date: Fixtures.day("2021-05-02"), score: 231, note: "First try", incomplete: false),
            .note(.eras, text: "# not a heading\n*not bold*, [not a link](x)"),
            .addDeadline(
                .eras, "Letter, from Dr. Rao; \\ urgent", Fixtures.day("2027-07-15"),
                note: "Line one\nLine two with \"quotes\", commas; and semicolons"),
            .addDeadline(.match, String(repeating: "Ünïcödé ✓ 日本語 ", count: 12), Fixtures.day("2027-02-20")),
            .addDeadline(.step2ck, "Book the exam", Fixtures.day("2026-12-31")),
            .seasonCycle(2026),
        ])
    }

    static func export(_ format: ExportFormat, _ journal: Journal, now: Timestamp = now) throws -> [UInt8] {
        var sink = ByteSink()
        try format.write(journal, now: now, to: &sink)
        return sink.bytes
    }

    // MARK: - iCalendar

    /// Checks RFC 5545 rules and returns the unfolded content lines.
    static func validateICS(_ bytes: [UInt8]) -> [String] {
        #expect(bytes.suffix(2) == [0x0D, 0x0A], "the calendar ends with CRLF")
        var physical: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D {
                #expect(index + 1 < bytes.count && bytes[index + 1] == 0x0A, "CR without LF at \(index)")
                physical.append(current)
                current = []
                index += 2
                continue
            }
            #expect(bytes[index] != 0x0A, "bare LF at \(index)")
            current.append(bytes[index])
            index += 1
        }
        #expect(current.isEmpty)
        var logical: [String] = []
        for line in physical {
            #expect(line.count <= 75, "a line of \(line.count) octets")
            // Each physical line is whole UTF-8: folding never splits a character.
            #expect(String(validating: line, as: UTF8.self) != nil, "a fold split a UTF-8 sequence")
            if line.first == 0x20 {
                #expect(!logical.isEmpty, "a continuation line must follow a line")
                logical[logical.count - 1] += String(decoding: line.dropFirst(), as: UTF8.self)
            } else {
                logical.append(String(decoding: line, as: UTF8.self))
            }
        }
        var stack: [String] = []
        for line in logical {
            if line.hasPrefix("BEGIN:") { stack.append(String(line.dropFirst(6))) }
            if line.hasPrefix("END:") {
                #expect(stack.popLast() == String(line.dropFirst(4)), "END without its BEGIN: \(line)")
            }
        }
        #expect(stack.isEmpty, "unbalanced BEGIN/END")
        #expect(logical.first == "BEGIN:VCALENDAR")
        #expect(logical.last == "END:VCALENDAR")
        #expect(logical.contains("VERSION:2.0"))
        #expect(logical.contains { $0.hasPrefix("PRODID:") })
        // Every event has the required properties, once.
        var event: [String]?
        for line in logical {
            if line == "BEGIN:VEVENT" {
                event = []
            } else if line == "END:VEVENT", let properties = event {
                for name in ["UID:", "DTSTAMP:", "DTSTART;VALUE=DATE:", "DTEND;VALUE=DATE:", "SUMMARY:"] {
                    #expect(properties.filter { $0.hasPrefix(name) }.count == 1, "\(name) in \(properties)")
                }
                if let stamp = properties.first(where: { $0.hasPrefix("DTSTAMP:") }) {
                    let value = Array(stamp.dropFirst(8))
                    #expect(value.count == 16 && value[8] == "T" && value[15] == "Z", "DTSTAMP in UTC: \(stamp)")
                }
                if let start = properties.first(where: { $0.hasPrefix("DTSTART;VALUE=DATE:") }),
                    let end = properties.first(where: { $0.hasPrefix("DTEND;VALUE=DATE:") }),
                    let first = day(compact: String(start.dropFirst(19))),
                    let last = day(compact: String(end.dropFirst(17)))
                {
                    #expect(first.days(until: last) == 1, "DTEND is the next day")
                } else {
                    Issue.record("unreadable dates in \(properties)")
                }
                event = nil
            } else {
                event?.append(line)
            }
        }
        return logical
    }

    static func day(compact text: String) -> CalendarDay? {
        guard text.count == 8 else { return nil }
        let t = Array(text)
        return CalendarDay(parsing: String(t[0..<4]) + "-" + String(t[4..<6]) + "-" + String(t[6..<8]))
    }

    static func unescape(_ text: String) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    @Test func theCalendarFollowsRFC5545() throws {
        let journal = try Self.journal()
        let lines = Self.validateICS(try Self.export(.ics, journal))
        let uids = lines.filter { $0.hasPrefix("UID:") }
        // Three deadlines and the nine events of the 2026 cycle, all dated.
        #expect(uids.count == 3 + SeasonEventID.allCases.count)
        #expect(Set(uids).count == uids.count)
        #expect(uids.contains("UID:deadline-dl-1@imgpath"))
        #expect(uids.contains("UID:season-2026-matchDay@imgpath"))
        #expect(lines.contains("DTSTART;VALUE=DATE:20270715"))
        #expect(lines.contains("DTEND;VALUE=DATE:20260321"))
        #expect(lines.contains("DTEND;VALUE=DATE:20270101"), "the day after 2026-12-31 is in the next year")
        #expect(lines.contains("DTSTAMP:20261126T120000Z"))
        // Text is escaped and reads back as typed.
        #expect(lines.contains("SUMMARY:Letter\\, from Dr. Rao\\; \\\\ urgent"))
        let description = try #require(lines.first { $0.hasPrefix("DESCRIPTION:Personal deadline dl-1") })
        #expect(
            Self.unescape(String(description.dropFirst(12))).hasSuffix(
                "Line one\nLine two with \"quotes\", commas; and semicolons"))
        let long = try #require(lines.first { $0.hasPrefix("SUMMARY:Ünïcödé") })
        #expect(long == "SUMMARY:" + String(repeating: "Ünïcödé ✓ 日本語 ", count: 12).trimmingSpaces())
    }

    @Test func uidsAreStableAcrossExportsAndEdits() throws {
        var journal = try Self.journal()
        let first = Self.validateICS(try Self.export(.ics, journal)).filter { $0.hasPrefix("UID:") }
        _ = try journal.record(
            .editDeadline(id: "dl-1", title: "Renamed", date: Fixtures.day("2027-08-01"), note: nil, done: nil),
            clock: Fixtures.clock
        ).get()
        let later = Timestamp(secondsSince1970: Self.now.secondsSince1970 + 86_400 * 40)
        let second = Self.validateICS(try Self.export(.ics, journal, now: later)).filter { $0.hasPrefix("UID:") }
        #expect(first == second)
    }

    @Test func aScheduledExamIsInTheCalendarWithItsDay() throws {
        let journal = try Fixtures.journal([.mark(.step1, .scheduled, date: Fixtures.day("2027-01-10"))])
        let lines = Self.validateICS(try Self.export(.ics, journal))
        let uid = try #require(lines.firstIndex(of: "UID:exam-step1@imgpath"))
        #expect(lines[uid...].prefix(6).contains("DTSTART;VALUE=DATE:20270110"))
        #expect(lines[uid...].prefix(6).contains("SUMMARY:USMLE Step 1 exam"))
    }

    @Test func foldingCountsOctetsAndNeverSplitsACharacter() {
        for length in 60...200 {
            for filler in ["a", "é", "日", "🩺"] {
                let text = "SUMMARY:" + String(repeating: filler, count: length / filler.utf8.count)
                let folded = ICalendarExport.fold(text)
                let lines = Self.validateICS(
                    Array("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n".utf8) + folded
                        + Array("END:VCALENDAR\r\n".utf8))
                #expect(lines.contains(text))
            }
        }
        #expect(ICalendarExport.fold(String(repeating: "x", count: 75)).count == 77, "75 octets fit on one line")
        #expect(ICalendarExport.escape("a\r\nb\rc\nd\u{7}e\tf") == "a\\nb\\nc\\nde\tf")
    }

    // MARK: - CSV

    /// A small RFC 4180 reader: records of fields, CRLF between records, quotes around fields
    /// that hold commas, quotes or line breaks.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" {
                        field.unicodeScalars.append("\"")
                        scalars = scalars.dropFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                #expect(field.isEmpty, "a quote inside an unquoted field")
                quoted = true
            } else if c == "," {
                record.append(field)
                field = ""
            } else if c == "\r" {
                #expect(scalars.popFirst() == "\n", "CR must be followed by LF")
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                #expect(c != "\n", "a bare LF outside quotes")
                field.unicodeScalars.append(c)
            }
        }
        #expect(!quoted && field.isEmpty && record.isEmpty, "the file ends with CRLF")
        return records
    }

    @Test func theTableReadsBackFieldForField() throws {
        let journal = try Self.journal()
        let text = String(decoding: try Self.export(.csv, journal), as: UTF8.self)
        let rows = Self.parseCSV(text)
        #expect(rows.first == CSVExport.columns)
        #expect(rows.allSatisfy { $0.count == CSVExport.columns.count })
        let types = rows.dropFirst().map { $0[0] }
        #expect(types.filter { $0 == "history" }.count == journal.history.count)
        #expect(types.filter { $0 == "deadline" }.count == 3)
        #expect(types.filter { $0 == "event" }.count == SeasonEventID.allCases.count)
        let letter = try #require(rows.first { $0[0] == "deadline" && $0[1] == "dl-1" })
        #expect(letter[6] == "Letter, from Dr. Rao; \\ urgent")
        #expect(letter[7] == "Line one\nLine two with \"quotes\", commas; and semicolons")
        #expect(letter[3] == "2027-07-15")
        #expect(letter[8] == "false")
        let history = try #require(rows.first { $0[0] == "history" && $0[5] == "mark" })
        #expect(history[4] == "2026-11-26T12:00:00Z")
        #expect(history[3] == "2021-05-02")
        let matchDay = try #require(rows.first { $0[0] == "event" && $0[1] == "matchDay" })
        #expect(matchDay[3] == "2026-03-20")
        #expect(matchDay[9].contains("nrmp.org, checked 2026-12-06"))
        #expect(CSVExport.field("plain") == "plain")
        #expect(CSVExport.field("a\"b") == "\"a\"\"b\"")
        #expect(CSVExport.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVExport.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVExport.field("- a bullet") == "'- a bullet")
        #expect(CSVExport.field("-2+3") == "'-2+3")
        #expect(CSVExport.field("\tx") == "' x")
    }

    // MARK: - Markdown

    @Test func theReportCoversEveryMilestoneAndEscapesWhatWasTyped() throws {
        let text = String(decoding: try Self.export(.markdown, try Self.journal()), as: UTF8.self)
        for (number, info) in MilestoneCatalog.all.enumerated() {
            #expect(text.contains("### \(number + 1). \(info.name):"), "\(info.name)")
        }
        #expect(text.contains("| Name | Dr. Amara \\| Okafor |"))
        #expect(text.contains("  > \\# not a heading"))
        #expect(text.contains("\\*not bold\\*, \\[not a link\\](x)"))
        #expect(text.contains("Attempt 1: 2021-05-02, passed, score 231"))
        #expect(text.contains("2027-07-15"))
        #expect(text.contains("## Season calendar: 2026 Match"))
        #expect(text.contains("nrmp.org, checked 2026-12-06"))
        #expect(!text.contains("\r"))
    }

    @Test func theJSONExportIsTheDocument() throws {
        let journal = try Self.journal()
        let bytes = try Self.export(.json, journal)
        #expect(bytes == (Fixtures.snapshot(journal)))
        #expect(try PathwayDocument.decode(bytes, path: "export.json").journal == journal)
    }

    // MARK: - Writing a file

    @Test func aFileIsWrittenWholeOrNotAtAll() throws {
        let folder = TemporaryFolder()
        let target = folder.file("out.ics")
        folder.write("out.ics", Array("old".utf8))
        let abandoned = try AtomicFileOutput(path: target)
        try abandoned.write(Array("half".utf8))
        abandoned.discard()
        #expect(folder.read("out.ics") == Array("old".utf8))
        let output = try AtomicFileOutput(path: target)
        try output.write(Array(repeating: 0x41, count: 200_000))
        try output.commit()
        #expect(folder.read("out.ics")?.count == 200_000)
        var info = stat()
        stat(target, &info)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(try StoreTests().listing(folder.path).filter { $0.contains(".tmp-") }.isEmpty)
    }

    @Test func badOutputPathsAreNamed() {
        let folder = TemporaryFolder()
        #expect(throws: ExportError.missingFolder(path: folder.file("nope/out.md"), folder: folder.file("nope"))) {
            _ = try AtomicFileOutput(path: folder.file("nope/out.md"))
        }
        #expect(throws: ExportError.isFolder(path: folder.path)) { _ = try AtomicFileOutput(path: folder.path) }
    }
}
