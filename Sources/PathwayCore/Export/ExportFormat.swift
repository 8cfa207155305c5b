/// The export formats, by their command-line names.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// A report for an adviser.
    case markdown
    /// The pathway snapshot, as the file holds it (the history stays in its own file).
    case json
    /// History events, deadlines and season events in one RFC 4180 table with a `type` column.
    case csv
    /// Deadlines and dated season events as all-day RFC 5545 events.
    case ics

    /// The usual file name extension.
    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .json: "json"
        case .csv: "csv"
        case .ics: "ics"
        }
    }

    /// Writes the journal in this format. `now` stamps the export (and gives today's date);
    /// `names` puts letter writers' and supervisors' names in the Markdown report (left out by
    /// default: the report goes to other people).
    public func write(_ journal: Journal, now: Timestamp, names: Bool = false, to sink: inout some ExportSink) throws {
        switch self {
        case .markdown: try MarkdownReport.write(journal, today: now.localDay, names: names, to: &sink)
        case .json:
            // The pathway as one self-contained document (schema 2, every program in it; not the
            // whole history), with DEL, C1 and bidi controls escaped as JSON already escapes C0,
            // so the export is safe on a terminal.
            let snapshot = PathwayDocument.encode(
                journal.pathway, head: journal.head, historyFile: "pathway.history.jsonl", programFile: nil)
            try sink.write(TerminalText.escapingJSON(String(decoding: snapshot, as: UTF8.self)))
        case .csv: try CSVExport.write(journal, today: now.localDay, names: names, to: &sink)
        case .ics: try ICalendarExport.write(journal.pathway, now: now, to: &sink)
        }
    }
}
