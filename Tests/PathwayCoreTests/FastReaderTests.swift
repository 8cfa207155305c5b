import Testing

@testable import PathwayCore

/// The fast reader and Foundation's decoder must agree on every file: the same journal, or
/// both refusing (the message then always comes from Foundation's path).
@Suite struct FastReaderTests {
    func agree(_ bytes: [UInt8], _ label: String) {
        let fast = Result { () throws(StoreError) in try PathwayDocument.decode(bytes, path: "f.json", fast: true).journal }
        let slow = Result { () throws(StoreError) in try PathwayDocument.decode(bytes, path: "f.json", fast: false).journal }
        #expect(fast == slow, "\(label): \(String(decoding: bytes.prefix(300), as: UTF8.self))")
    }

    @Test(arguments: 1...20)
    func randomJournalsReadTheSameBothWays(seed: Int) throws {
        var g = PropertyTests.Generator(state: UInt64(seed) &* 7919)
        var journal = Journal()
        for step in 0..<150 {
            let clock = Clock.fixed(Timestamp(secondsSince1970: 1_700_000_000 + Int64(step) * 3_600))
            if Int.random(in: 0..<10, using: &g) == 0 { _ = journal.undo() } else {
                _ = journal.record(PropertyTests.randomChange(&g), clock: clock)
            }
        }
        for change in HistoryEntryWriterTests.changes().prefix(40) {
            _ = journal.record(change, clock: Fixtures.clock)
        }
        let bytes = try PathwayDocument(journal: journal).encoded()
        #expect(try PathwayDocument.decode(bytes, path: "f.json", fast: true).journal == journal)
        agree(bytes, "seed \(seed)")
        // Damaged copies: a byte changed here and there, a piece cut out.
        for round in 0..<60 {
            var damaged = bytes
            let at = Int.random(in: 0..<damaged.count, using: &g)
            switch round % 3 {
            case 0: damaged[at] = UInt8.random(in: 0...255, using: &g)
            case 1: damaged.remove(at: at)
            default: damaged.insert(Array("\"{}[],:0-e.\\ntu".utf8).randomElement(using: &g) ?? 0x20, at: at)
            }
            agree(damaged, "seed \(seed) round \(round)")
        }
    }

    @Test(arguments: [
        "{\"schemaVersion\": 1, \"generator\": \"x\", \"history\": [], \"redo\": [], \"schemaVersion\": 1}",
        "{\"schemaVersion\": 1.0, \"generator\": \"x\", \"history\": [], \"redo\": []}",
        "{\"schemaVersion\": 1, \"generator\": \"x\", \"history\": [], \"redo\": [], \"snapshot\": 5}",
        "{\"schemaVersion\": 1, \"history\": [], \"redo\": []}",
        "{\"schemaVersion\": 1, \"generator\": \"x\", \"redo\": [], \"history\": [{\"at\": \"2026-01-01T00:00:00Z\", \"kind\": \"note\", \"milestone\": \"step1\", \"text\": \"\\ud83d\\ude00 \\u00e9\\u0000\"}]}",
        "{\"schemaVersion\": 1, \"generator\": \"x\", \"redo\": [], \"history\": [{\"at\": \"2026-01-01T00:00:00Z\", \"kind\": \"note\", \"milestone\": \"step1\", \"text\": \"\\ud83d\"}]}",
        "{\"schemaVersion\": 1, \"generator\": \"x\", \"redo\": [], \"history\": [{\"at\": \"2026-01-01T00:00:00Z\", \"kind\": \"mark\", \"milestone\": \"step1\", \"status\": \"passed\", \"score\": null, \"date\": null}]}",
        "{\"schemaVersion\": 1, \"generator\": \"x\", \"redo\": [], \"history\": [{\"at\": \"2026-01-01T00:00:00Z\", \"kind\": \"mark\", \"milestone\": \"step1\", \"status\": \"passed\", \"score\": 0123}]}",
        "{\"schemaVersion\": 1, \"generator\": \"x\", \"redo\": [], \"history\": [{\"at\": \"2026-01-01T00:00:00Z\", \"kind\": \"mark\", \"milestone\": \"step1\", \"status\": \"passed\", \"score\": -0}]}",
        " \n{\"schemaVersion\": 1, \"generator\": \"x\", \"history\": [], \"redo\": []} \n",
    ])
    func awkwardDocumentsReadTheSameBothWays(_ text: String) {
        agree(Array(text.utf8), text)
    }
}
