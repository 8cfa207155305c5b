import Foundation
import PathwayCore

/// Turns the facts files in `Facts/` into Swift source that builds each `Fact` as a value, so the
/// program decodes no JSON for its built-in facts and a copied binary still has them.
/// `Facts/embed.sh` runs it:
///
///     FactsCodegen Sources/PathwayCore/Facts/FactBook+Generated.swift Facts
///
/// Each file is read as an override file would be (`FactFile`), and an id may appear in one file
/// only. `FactsTests` checks that the checked-in file is this tool's output for `Facts/`.
@main
struct FactsCodegen {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let output = arguments.first, arguments.count == 2 else {
            FileHandle.standardError.write(Data("usage: FactsCodegen OUTPUT.swift FACTS-FOLDER\n".utf8))
            exit(64)
        }
        do {
            let source = try source(forFolder: arguments[1])
            // Only a changed text is written, so unchanged facts do not rebuild the module.
            if FileManager.default.contents(atPath: output) != Data(source.utf8) {
                try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            }
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            exit(1)
        }
    }

    /// The generated Swift source for the facts files in `folder`.
    static func source(forFolder folder: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
        var facts: [Fact] = []
        var seen: [String: String] = [:]
        for name in names {
            let path = folder + "/" + name
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            for (fact, line) in try FactFile.parse(bytes, path: "Facts/" + name).entries {
                if let other = seen[fact.id] {
                    throw FactFileError(path: "Facts/" + name, line: line, id: fact.id, reason: "also in \(other)")
                }
                seen[fact.id] = "Facts/" + name
                facts.append(fact)
            }
        }
        return generate(facts)
    }

    /// The source text for `facts`, in order.
    static func generate(_ facts: [Fact]) -> String {
        var text = """
            // swift-format-ignore-file
            // Generated from Facts/*.json by Facts/embed.sh (FactsCodegen). Do not edit by hand:
            // edit the facts file and run the script again.

            extension FactBook {
                /// The facts of `Facts/`, in file-name order, as values (no JSON is decoded at start-up).
                static let builtInFacts: [Fact] = [

            """
        for fact in facts {
            var fields = ["id: \(literal(fact.id))", "value: \(value(fact.value))", "source: \(literal(fact.source))"]
            if let url = fact.url { fields.append("url: \(literal(url))") }
            fields.append("checked: \(day(fact.checked))")
            fields.append("kind: .\(fact.kind.rawValue)")
            if let cycle = fact.cycle { fields.append("cycle: \(cycle)") }
            if let from = fact.from { fields.append("from: \(day(from))") }
            if let until = fact.until { fields.append("until: \(day(until))") }
            if let how = fact.how { fields.append("how: \(literal(how))") }
            if let unit = fact.unit { fields.append("unit: \(literal(unit))") }
            text += "        Fact(\n"
            for (number, field) in fields.enumerated() {
                text += "            \(field)" + (number == fields.count - 1 ? "),\n" : ",\n")
            }
        }
        text += "    ]\n"
        // Where each FactID's fact and each season date is, so start-up finds them without
        // looking ids up; FactBook checks the tables against the facts before it trusts them.
        let tables = FactBook(facts).tables
        text += "\n    /// The position of each `FactID`'s fact (by the case's number; -1: none).\n"
        let positions = tables.positions.map(String.init).joined(separator: ", ")
        text += "    static let builtInPositions: [Int] = [\(positions)]\n"
        text += "\n    /// The season dates by cycle and event.\n"
        text += "    static let builtInSeasonDates: [SeasonDate] = [\n"
        for date in tables.seasonDates {
            text +=
                "        SeasonDate(cycle: \(date.cycle), event: .\(date.event.rawValue), position: \(date.position)),\n"
        }
        text += "    ]\n}\n"
        return text
    }

    static func value(_ value: Fact.Value) -> String {
        switch value {
        case .integer(let number): ".integer(\(number))"
        case .date(let date): ".date(\(day(date)))"
        case .text(let text): ".text(\(literal(text)))"
        }
    }

    /// `day(2026, 12, 6)`: a day built from its numbers, not parsed at start-up.
    static func day(_ date: CalendarDay) -> String { "day(\(date.year), \(date.month), \(date.day))" }

    /// A Swift string literal for `text`.
    static func literal(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
