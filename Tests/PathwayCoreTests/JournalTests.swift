import Testing

@testable import PathwayCore

@Suite struct JournalTests {
    @Test func undoAndRedoWalkTheHistory() throws {
        var journal = try Fixtures.journal([
            .mark(.step1, .registered, date: Fixtures.day("2025-01-01")),
            .mark(.step1, .passed, date: Fixtures.day("2025-03-01")),
        ])
        let afterPass = journal.pathway
        #expect(try journal.undo().get().change == .mark(.step1, .passed, date: Fixtures.day("2025-03-01")))
        #expect(journal.pathway[.step1].status == .registered)
        #expect(journal.pathway[.step1].attempts.isEmpty)
        _ = try journal.redo().get()
        #expect(journal.pathway == afterPass)
        #expect(journal.redo() == .failure(.nothingToRedo))
    }

    @Test func aNewChangeEndsRedo() throws {
        var journal = try Fixtures.journal([.mark(.step1, .registered)])
        _ = try journal.undo().get()
        #expect(journal.redoStack.count == 1)
        _ = try journal.record(.mark(.step2ck, .registered), clock: Fixtures.clock).get()
        #expect(journal.redoStack.isEmpty)
        var empty = Journal()
        #expect(empty.undo() == .failure(.nothingToUndo))
    }

    @Test func historyKeepsTheClockTime() throws {
        let journal = try Fixtures.journal([.profile(.name, value: "Amara Okafor")])
        #expect(journal.history.map(\.at) == [Fixtures.noon])
        #expect(journal.pathway.profile.name == "Amara Okafor")
    }

    @Test func aClockThatGoesBackDoesNotMakeTheFileUnreadable() throws {
        var journal = try Fixtures.journal([.mark(.step1, .registered)])
        let earlier = Clock.fixed(Timestamp(secondsSince1970: Fixtures.noon.secondsSince1970 - 86_400))
        _ = try journal.record(.mark(.step1, .scheduled, date: Fixtures.day("2026-12-01")), clock: earlier).get()
        #expect(journal.history.map(\.at) == [Fixtures.noon, Fixtures.noon])
        // A file whose times go backwards (a clock fixed by hand) still loads, in array order.
        let text =
            "{\"schemaVersion\": 1, \"generator\": \"x\", \"redo\": [], \"history\": [{\"at\": \"2026-01-02T00:00:00Z\", \"kind\": \"note\", \"milestone\": \"step1\", \"text\": \"x\"}, {\"at\": \"2026-01-01T00:00:00Z\", \"kind\": \"note\", \"milestone\": \"step1\", \"text\": \"y\"}]}"
        let loaded = try PathwayDocument.decode(Array(text.utf8), path: "clock.json").journal
        #expect(loaded.pathway[.step1].notes == "y")
    }

    @Test func refusedChangesLeaveNoTrace() throws {
        var journal = try Fixtures.journal([.mark(.step1, .registered)])
        let before = journal
        _ = journal.record(.mark(.ecfmg, .certified), clock: Fixtures.clock)
        #expect(journal == before)
    }

    /// The license's state is a US state or territory, stored as its code, so advice that names
    /// "your state" names one that exists.
    @Test func theLicenseStateIsAStateCode() throws {
        var journal = Journal()
        guard
            case .failure(.invalidValue(let field, _, let expected)) =
                journal.record(.detail(.license, field: "state", value: "ZZ"), clock: Fixtures.clock)
        else {
            Issue.record("ZZ was taken as a state")
            return
        }
        #expect(field == "State" && expected.contains("such as NY"))
        _ = journal.record(.detail(.license, field: "state", value: " ny "), clock: Fixtures.clock)
        #expect(journal.pathway[.license].details["state"] == "NY")
    }
}

/// Random sequences of changes, from a seeded generator: the rules always hold, and the file
/// round trip gives back the same journal.
@Suite struct PropertyTests {
    /// SplitMix64: small, seeded, the same on every machine.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func randomChange(_ g: inout Generator) -> Change {
        let id = MilestoneID.allCases.randomElement(using: &g) ?? .step1
        let info = MilestoneCatalog[id]
        let day = CalendarDay.fromDaysSinceEpoch(Int.random(in: 17_000...20_780, using: &g))
        switch Int.random(in: 0..<10, using: &g) {
        case 0..<6:
            let status = info.statuses.randomElement(using: &g) ?? .notStarted
            let score: Int? = Bool.random(using: &g) ? Int.random(in: 150...280, using: &g) : nil
            return .mark(
                id, status, date: day, score: score, note: nil, incomplete: Int.random(in: 0..<5, using: &g) == 0)
        case 6:
            let item = (info.items.randomElement(using: &g)?.id) ?? "none"
            return .tick(id, item: item, done: Bool.random(using: &g))
        case 7:
            return .profile(
                [.citizenship, .visaTrack].randomElement(using: &g) ?? .citizenship,
                value: ["other", "usCitizen", "j1", "h1b", "none"].randomElement(using: &g))
        case 8:
            return .detail(.residency, field: "pgy", value: String(Int.random(in: 0...11, using: &g)))
        default:
            return .note(id, text: "note \(Int.random(in: 0...3, using: &g))")
        }
    }

    static func checkInvariants(_ p: Pathway) {
        for id in MilestoneID.allCases where id.isExam {
            #expect(p[id].attemptsUsed <= RuleFacts.usmleAttemptLimit)
            #expect(p[id].attempts.filter { $0.result == .passed }.count <= 1)
        }
        if let cutoff = RuleFacts.step1PassFailOnlyFrom {
            #expect(p[.step1].attempts.allSatisfy { $0.score == nil || $0.date < cutoff })
        }
        if p[.ecfmg].status == .certified {
            #expect(p[.step1].status == .passed && p[.step2ck].status == .passed)
        }
        if p[.match].status == .matched {
            #expect(p[.step1].status == .passed && p[.step2ck].status == .passed)
        }
        if p[.residency].status != .notStarted {
            #expect(p[.match].status == .matched && p[.ecfmg].status == .certified)
        }
        if p[.step3].status != .notStarted { #expect(p[.ecfmg].status == .certified) }
    }

    @Test(arguments: 1...40)
    func randomMovesNeverBreakTheRules(seed: Int) throws {
        var g = Generator(state: UInt64(seed))
        var journal = Journal()
        var second: Int64 = 1_700_000_000
        for _ in 0..<300 {
            second += Int64.random(in: 1...86_400, using: &g)
            let clock = Clock.fixed(Timestamp(secondsSince1970: second))
            switch Int.random(in: 0..<12, using: &g) {
            case 0: _ = journal.undo()
            case 1: _ = journal.redo()
            default: _ = journal.record(Self.randomChange(&g), clock: clock)
            }
            Self.checkInvariants(journal.pathway)
            #expect(journal.pathway == Journal.replay(journal.history))
        }
        let bytes = Fixtures.snapshot(journal)
        let loaded = try PathwayDocument.decode(bytes, path: "random.json").journal
        #expect(loaded == journal)
        #expect(Fixtures.snapshot(loaded) == bytes)
    }
}
