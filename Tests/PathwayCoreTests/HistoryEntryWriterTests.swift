import Foundation
import Testing

@testable import PathwayCore

/// The fast writer must give exactly what `JSONEncoder` gives, for every kind of entry and every
/// character that needs escaping.
@Suite struct HistoryEntryWriterTests {
    static let awkward = [
        "", "plain", "quote \" and \\ backslash", "slash / kept", "tab\there", "line\nbreak", "cr\rlf\r\n",
        "\u{0}\u{1}\u{8}\u{B}\u{C}\u{1F}\u{7F}", "é 内科 😀 \u{2028}", "=formula",
    ]

    static func changes() -> [Change] {
        let day = CalendarDay(year: 2024, month: 2, day: 29)
        var list: [Change] = []
        for text in awkward {
            list += [
                .mark(.step1, .passed, date: day, score: 231, note: text, incomplete: false),
                .mark(.step2ck, .failed, date: nil, score: nil, note: nil, incomplete: true),
                .tick(.eras, item: text, done: true), .tick(.eras, item: "cv", done: false),
                .note(.ecfmg, text: text), .detail(.residency, field: "program", value: text),
                .detail(.residency, field: "pgy", value: nil), .date(.step1, .passed, day), .date(.step1, .passed, nil),
                .score(.step2ck, 250), .score(.step2ck, nil), .profile(.name, value: text), .profile(.name, value: nil),
                .addDeadline(id: "dl-1", milestone: .eras, title: text, date: day ?? CalendarDay.epoch, note: text),
                .addDeadline(id: nil, milestone: .eras, title: text, date: day ?? CalendarDay.epoch, note: nil),
                .editDeadline(id: "dl-1", title: text, date: day, note: "", done: true),
                .editDeadline(id: "dl-2", title: nil, date: nil, note: nil, done: nil),
                .removeDeadline(id: "dl-3"), .seasonCycle(2027), .seasonCycle(nil),
                .seasonDate(cycle: 2027, event: .matchDay, date: day), .seasonDate(cycle: -1, event: .matchDay, date: nil),
            ]
        }
        return list
    }

    @Test func everyKindAndEveryEscapeMatchesTheEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for (index, change) in Self.changes().enumerated() {
            let entry = HistoryEntry(at: Timestamp(secondsSince1970: Int64(index) * 86_399 - 5_000_000_000), change: change)
            var fast: [UInt8] = []
            HistoryEntryWriter.append(entry, indent: [], to: &fast)
            let reference = [UInt8](try encoder.encode(entry))
            #expect(fast == reference, "\(change)\nfast: \(String(decoding: fast, as: UTF8.self))\nJSONEncoder: \(String(decoding: reference, as: UTF8.self))")
        }
    }

    @Test func theDocumentRoundTripsThroughTheFastWriter() throws {
        var journal = Journal()
        for change in Self.changes() { _ = journal.record(change, clock: Fixtures.clock) }
        let bytes = try PathwayDocument(journal: journal).encoded()
        #expect(try PathwayDocument.decode(bytes, path: "fast.json").journal == journal)
        #expect(JSONSyntaxCheck.firstProblem(in: bytes) == nil)
    }
}
