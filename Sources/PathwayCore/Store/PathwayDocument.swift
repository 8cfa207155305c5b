#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The versioned JSON file: the history (source of truth), the redo stack, and a snapshot of the
/// resulting state for people who read the file. The snapshot is rebuilt on every save.
public struct PathwayDocument: Sendable {
    /// The newest schema this build reads and the one it writes.
    public static let currentSchemaVersion = 1

    public var journal: Journal

    public init(journal: Journal) { self.journal = journal }

    private struct Header: Decodable {
        let schemaVersion: Int
    }

    /// What is read back: the snapshot is derived, so it is not even decoded.
    private struct Body: Decodable {
        var schemaVersion: Int
        var generator: String
        var history: [HistoryEntry]
        var redo: [HistoryEntry]
    }

    /// The state as of the last change, written for people reading the file; ignored on load.
    private struct Snapshot: Codable {
        struct Milestone: Codable {
            let id: MilestoneID
            let done: Bool
            let record: MilestoneRecord
        }
        /// A date the person entered for a season event.
        struct SeasonDate: Codable {
            let cycle: Int
            let event: SeasonEventID
            let date: CalendarDay
        }
        let note: String
        let profile: Profile
        let milestones: [Milestone]
        // Absent while empty, so files without deadlines or calendar choices read as before.
        var deadlines: [Deadline]?
        var seasonCycle: Int?
        var seasonDates: [SeasonDate]?
    }

    /// The file's bytes: pretty-printed with sorted keys, so a diff of two versions is readable.
    public func encoded() throws -> [UInt8] {
        var sink = ByteSink()
        try write(to: &sink)
        return sink.bytes
    }

    /// Writes the same bytes as `encoded()` to a sink, one history entry at a time, so that an
    /// export of a long history never holds the whole text in memory.
    public func write(to sink: inout some ExportSink) throws {
        let encoder = PathwayDocument.encoder
        // Each piece is encoded alone and indented to where it sits in the document; JSON text
        // never holds a raw line break, so indenting every line after the first is exact (the
        // encoder leaves the blank line of an empty container unindented, and so do we).
        func indented(_ data: Data, by prefix: String) -> String {
            String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                .enumerated().map { $0.offset == 0 || $0.element.isEmpty ? String($0.element) : prefix + $0.element }
                .joined(separator: "\n")
        }
        func writeList(_ key: String, _ entries: [HistoryEntry], last: Bool) throws {
            guard !entries.isEmpty else {
                try sink.write("  \"\(key)\" : [\n\n  ]" + (last ? "\n" : ",\n"))
                return
            }
            try sink.write("  \"\(key)\" : [\n")
            // Entries go out in batches: one sink write per entry would dominate a long history.
            var batch: [UInt8] = []
            let indent = Array("    ".utf8)
            for (index, entry) in entries.enumerated() {
                batch.append(contentsOf: indent)
                HistoryEntryWriter.append(entry, indent: indent, to: &batch)
                batch.append(contentsOf: Array((index == entries.count - 1 ? "\n" : ",\n").utf8))
                if batch.count > 65_536 {
                    try sink.write(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            try sink.write(batch)
            try sink.write("  ]" + (last ? "\n" : ",\n"))
        }
        try sink.write("{\n  \"generator\" : \"imgpath\",\n")
        try writeList("history", journal.history, last: false)
        try writeList("redo", journal.redoStack, last: false)
        try sink.write("  \"schemaVersion\" : \(PathwayDocument.currentSchemaVersion),\n")
        try sink.write("  \"snapshot\" : " + indented(try encoder.encode(snapshot), by: "  ") + "\n}\n")
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    private var snapshot: Snapshot {
        let pathway = journal.pathway
        let entered = pathway.season.entered
        return Snapshot(
            note: "Derived from history on every save; edits here are ignored.",
            profile: pathway.profile,
            milestones: MilestoneID.allCases.map {
                Snapshot.Milestone(id: $0, done: pathway.isDone($0), record: pathway[$0])
            },
            deadlines: pathway.deadlines.isEmpty ? nil : pathway.deadlines,
            seasonCycle: pathway.season.cycle,
            seasonDates: entered.isEmpty
                ? nil : entered.map { Snapshot.SeasonDate(cycle: $0.cycle, event: $0.event, date: $0.date) })
    }

    /// Reads a document, or says precisely what is wrong with it and where.
    public static func decode(_ file: [UInt8], path: String) throws(StoreError) -> PathwayDocument {
        try decode(file, path: path, fast: true)
    }

    /// `fast: false` skips the fast reader, so that tests can hold both paths to the same answer.
    static func decode(_ file: [UInt8], path: String, fast: Bool) throws(StoreError) -> PathwayDocument {
        // Editors on Windows may start a UTF-8 file with a byte order mark; it carries nothing.
        let bytes = file.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(file.dropFirst(3)) : file
        if let bad = firstInvalidUTF8(bytes) {
            let (line, column) = JSONSyntaxCheck.position(of: bad, in: bytes)
            throw .notUTF8(path: path, line: line, column: column, byteOffset: bad)
        }
        if fast, let document = fastRead(bytes) { return document }
        // Foundation's decoder reads anything the fast reader did not take; the slower checks
        // that find where a file is broken run only when it fails.
        let data = Data(bytes)
        let decoder = JSONDecoder()
        let body: Body
        do {
            body = try decoder.decode(Body.self, from: data)
        } catch {
            if let problem = JSONSyntaxCheck.firstProblem(in: bytes) {
                throw .malformed(path: path, line: problem.line, column: problem.column, reason: problem.reason)
            }
            // A newer imgpath may have written kinds this one does not know: say so first.
            if let header = try? decoder.decode(Header.self, from: data), header.schemaVersion > currentSchemaVersion {
                throw .newerSchema(path: path, found: header.schemaVersion, supported: currentSchemaVersion)
            }
            throw describe(error, path: path)
        }
        guard body.schemaVersion <= currentSchemaVersion else {
            throw .newerSchema(path: path, found: body.schemaVersion, supported: currentSchemaVersion)
        }
        guard body.schemaVersion >= 1 else {
            throw .invalid(
                path: path, location: "schemaVersion",
                reason: "\(body.schemaVersion) is not a schema version imgpath ever wrote")
        }
        // History order is the order of the array, not of the times: a clock that was wrong once
        // must never make the file unreadable.
        return PathwayDocument(journal: Journal(history: body.history, redoStack: body.redo))
    }

    /// The happy path: a well-formed current document read by `FastJSON`, with the entries
    /// decoded by the same `HistoryEntry.init(from:)`. Nil for anything else, which then goes
    /// through Foundation for the exact message (a test keeps both paths in agreement).
    private static func fastRead(_ bytes: [UInt8]) -> PathwayDocument? {
        guard case .object(let top)? = FastJSON.parse(bytes),
            case .integer(let version)? = top["schemaVersion"], (1...currentSchemaVersion).contains(version),
            case .string? = top["generator"],
            case .array(let history)? = top["history"], case .array(let redo)? = top["redo"]
        else { return nil }
        do {
            let entries = try history.map { try HistoryEntry(from: FastJSONDecoder(value: $0)) }
            let undone = try redo.map { try HistoryEntry(from: FastJSONDecoder(value: $0)) }
            return PathwayDocument(journal: Journal(history: entries, redoStack: undone))
        } catch {
            return nil
        }
    }

    private static func describe(_ error: any Error, path: String) -> StoreError {
        guard let decoding = error as? DecodingError else {
            return .invalid(path: path, location: "(document)", reason: "\(error)")
        }
        func location(_ codingPath: [any CodingKey]) -> String {
            var text = ""
            for key in codingPath {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += (text.isEmpty ? "" : ".") + key.stringValue
                }
            }
            return text.isEmpty ? "(top level)" : text
        }
        switch decoding {
        case .typeMismatch(let type, let context):
            return .invalid(
                path: path, location: location(context.codingPath),
                reason: "expected \(typeName(type)) here")
        case .valueNotFound(let type, let context):
            return .invalid(
                path: path, location: location(context.codingPath), reason: "missing \(typeName(type))")
        case .keyNotFound(let key, let context):
            return .invalid(
                path: path, location: location(context.codingPath + [key]), reason: "this required key is missing")
        case .dataCorrupted(let context):
            return .invalid(path: path, location: location(context.codingPath), reason: context.debugDescription)
        @unknown default:
            return .invalid(path: path, location: "(document)", reason: "\(decoding)")
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default:
            "\(type)".hasPrefix("Dictionary") ? "an object ({...})" : "\(type)".hasPrefix("Array") ? "a list ([...])" : "\(type)"
        }
    }

    /// The byte offset of the first byte that is not part of valid UTF-8, if any.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            var minimum: UInt32 = 0
            var scalar: UInt32
            switch lead {
            case 0x00...0x7F:
                index += 1
                continue
            case 0xC2...0xDF: (length, scalar, minimum) = (2, UInt32(lead & 0x1F), 0x80)
            case 0xE0...0xEF: (length, scalar, minimum) = (3, UInt32(lead & 0x0F), 0x800)
            case 0xF0...0xF4: (length, scalar, minimum) = (4, UInt32(lead & 0x07), 0x10000)
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for offset in 1..<length {
                let byte = bytes[index + offset]
                guard byte & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }
}
