#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One facts file read and checked for its shape: a JSON list of facts, as `Facts/*.json` and
/// `imgpath facts --json` write them (`origin` and other extra keys are ignored).
///
/// Whether each id is known and its value of the right type is `FactBook`'s concern, since only
/// the book knows the built-in facts.
public struct FactFile: Sendable {
    public let path: String
    /// The facts in the file's order, each with the line its object starts on.
    public let entries: [(fact: Fact, line: Int)]

    /// One fact as written, every field optional so that a missing one is reported by name.
    private struct Record: Decodable {
        let id: String?
        let value: RawValue?
        let kind: String?
        let source: String?
        let url: String?
        let checked: String?
        let cycle: Int?
        let from: String?
        let until: String?
        let how: String?
        let unit: String?
    }

    /// A value as JSON gives it: a whole number, a string, or something a fact cannot hold.
    private enum RawValue: Decodable {
        case integer(Int)
        case string(String)
        case other

        var string: String? {
            if case .string(let text) = self { return text }
            return nil
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) {
                self = .integer(number)
            } else if let text = try? container.decode(String.self) {
                self = .string(text)
            } else {
                self = .other
            }
        }
    }

    /// Reads `bytes` as the facts file at `path`.
    ///
    /// - Throws: the first problem, with the line of the fact it is in.
    public static func parse(_ bytes: [UInt8], path: String) throws(FactFileError) -> FactFile {
        if let problem = JSONSyntaxCheck.firstProblem(in: bytes) {
            throw FactFileError(path: path, line: problem.line, id: nil, reason: "not valid JSON: \(problem.reason)")
        }
        let lines = elementLines(bytes)
        let records: [Record]
        do {
            records = try JSONDecoder().decode([Record].self, from: Data(bytes))
        } catch let error as DecodingError {
            throw describe(error, path: path, lines: lines)
        } catch {
            throw FactFileError(path: path, line: nil, id: nil, reason: "cannot be read: \(error)")
        }
        var entries: [(fact: Fact, line: Int)] = []
        var seen: Set<String> = []
        for (number, record) in records.enumerated() {
            let line = number < lines.count ? lines[number] : 1
            let fact = try fact(from: record, path: path, line: line)
            guard seen.insert(fact.id).inserted else {
                throw FactFileError(path: path, line: line, id: fact.id, reason: "this id is already in the file")
            }
            entries.append((fact, line))
        }
        return FactFile(path: path, entries: entries)
    }

    private static func fact(from record: Record, path: String, line: Int) throws(FactFileError) -> Fact {
        let id = record.id ?? ""
        func problem(_ reason: String) -> FactFileError {
            FactFileError(path: path, line: line, id: id.isEmpty ? nil : id, reason: reason)
        }
        guard !id.isEmpty, !id.contains(where: \.isWhitespace) else {
            throw problem("a fact needs an id without spaces")
        }
        // A fact's text reaches the screen, rules and warnings as it is: control characters
        // (escapes that could retitle the window or reorder a line) are refused here, once.
        let texts = [record.id, record.source, record.url, record.how, record.unit, record.value.flatMap(\.string)]
        if texts.contains(where: { $0.map(TerminalText.needsEscaping) == true }) {
            throw problem("a text holds control characters")
        }
        let value: Fact.Value
        switch record.value {
        case .integer(let number)?: value = .integer(number)
        case .string(let text)?: value = CalendarDay(parsing: text).map(Fact.Value.date) ?? .text(text)
        case .other?: throw problem("the value must be a whole number, a date (YYYY-MM-DD) or a text")
        case nil: throw problem("the value is missing")
        }
        guard let source = record.source, !source.isEmpty else { throw problem("the source is missing") }
        guard let checked = record.checked.flatMap(CalendarDay.init(parsing:)) else {
            throw problem("\"checked\" must be the date the fact was checked (YYYY-MM-DD)")
        }
        guard let kind = record.kind.flatMap(Fact.Kind.init(rawValue:)) else {
            throw problem("\"kind\" must be published, secondary or estimated")
        }
        if kind == .estimated, (record.how ?? "").isEmpty {
            throw problem("an estimate needs \"how\": how it was made")
        }
        func day(_ text: String?, _ name: String) throws(FactFileError) -> CalendarDay? {
            guard let text else { return nil }
            guard let day = CalendarDay(parsing: text) else { throw problem("\"\(name)\" must be a date (YYYY-MM-DD)") }
            return day
        }
        return Fact(
            id: id, value: value, source: source, url: record.url, checked: checked, kind: kind, cycle: record.cycle,
            from: try day(record.from, "from"), until: try day(record.until, "until"), how: record.how,
            unit: record.unit, origin: path)
    }

    /// The decoder's complaint about a field, at the line of the fact it is in.
    private static func describe(_ error: DecodingError, path: String, lines: [Int]) -> FactFileError {
        let codingPath: [any CodingKey]
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
            .dataCorrupted(let context):
            codingPath = context.codingPath
        @unknown default:
            codingPath = []
        }
        guard let element = codingPath.first?.intValue else {
            return FactFileError(
                path: path, line: 1, id: nil, reason: "a facts file holds a list of facts: [ { \"id\": ... }, ... ]")
        }
        let line = element < lines.count ? lines[element] : nil
        let field = codingPath.dropFirst().first?.stringValue
        let reason =
            field.map { $0 == "cycle" ? "\"cycle\" must be a year" : "\"\($0)\" must be a text" }
            ?? "each fact is an object"
        return FactFileError(path: path, line: line, id: nil, reason: reason)
    }

    /// The line each element of the top-level list starts on (the text is valid JSON by now).
    static func elementLines(_ bytes: [UInt8]) -> [Int] {
        var lines: [Int] = []
        var line = 1
        var depth = 0
        var inString = false
        var escaped = false
        var expectingElement = false
        for byte in bytes {
            if byte == UInt8(ascii: "\n") { line += 1 }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
            if depth == 1, expectingElement, !isSpace, byte != UInt8(ascii: "]") {
                lines.append(line)
                expectingElement = false
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth == 1 { expectingElement = true }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            case UInt8(ascii: ","): if depth == 1 { expectingElement = true }
            default: break
            }
        }
        return lines
    }
}
