import Foundation
import Testing

@testable import PathwayCore

/// US clinical experience and letters through the machine and the history: accepted and refused
/// changes, warnings, undo of one slice, the files reopened, and the values counted from them.
@Suite struct LetterJournalTests {
    func warnings(_ change: Change, in journal: inout Journal) -> [RuleWarning]? {
        guard case .success(let decision) = journal.record(change, clock: Fixtures.clock) else { return nil }
        return decision.warnings
    }

    func rotation(
        _ site: String, _ kind: ExperienceKind = .handsOn, start: String = "2026-06-01", end: String = "2026-06-28"
    ) -> ClinicalExperience {
        ClinicalExperience(id: "", kind: kind, site: site, start: Fixtures.day(start), end: Fixtures.day(end))
    }

    func letter(_ writer: String, us: Bool = true, from experience: String? = nil, requested: String? = nil) -> Letter {
        var letter = Letter(id: "", writer: writer)
        letter.usPhysician = us
        letter.experienceID = experience
        letter.requested = requested.map(Fixtures.day)
        return letter
    }

    @Test func implausibleDatesAreRefusedForNewChangesButAStoredOneStillOpens() throws {
        let journal = try Fixtures.journal([.addExperience(rotation("Mercy"))])
        guard case .letterRule(let reason)? = refusal(.addExperience(rotation("Old", start: "1900-01-01")), in: journal)
        else {
            Issue.record("a rotation in 1900 was accepted")
            return
        }
        #expect(reason.contains("not a plausible date"))
        #expect(refusal(.editExperience(id: "ce-1", field: .start, value: "1899-06-01"), in: journal) != nil)
        #expect(refusal(.addLetter(letter("Dr. Old", requested: "1901-01-01")), in: journal) != nil)
        // A file that holds such a date (written before this check) opens as it is.
        let text = String(decoding: Fixtures.snapshot(journal), as: UTF8.self)
        let old = text.replacingOccurrences(of: "\"start\" : \"2026-06-01\"", with: "\"start\" : \"1900-01-01\"")
        #expect(old != text)
        guard case .current(let pathway, _, _)? = try? PathwayDocument.decode(Array(old.utf8), path: "p.json") else {
            Issue.record("a stored rotation in 1900 locks the file")
            return
        }
        #expect(pathway.experience("ce-1")?.start == Fixtures.day("1900-01-01"))
    }

    @Test func experienceGetsIdsAndRefusesAnEndBeforeItsStart() throws {
        var journal = try Fixtures.journal([
            .addExperience(rotation("Mercy")), .addExperience(rotation("Lee", .research)),
        ])
        #expect(journal.pathway.experiences.map(\.id) == ["ce-1", "ce-2"])
        let backwards = refusal(.addExperience(rotation("X", start: "2026-06-10", end: "2026-06-01")), in: journal)
        #expect(backwards?.description.contains("before the start") == true)
        #expect(refusal(.editExperience(id: "ce-1", field: .end, value: "2026-05-01"), in: journal) != nil)
        #expect(refusal(.editExperience(id: "ce-1", field: .state, value: "QQ"), in: journal) != nil)
        #expect(
            refusal(.editExperience(id: "ce-9", field: .site, value: "Y"), in: journal)?.description.contains("ce-9")
                == true)
        #expect(refusal(.addExperience(rotation("  ")), in: journal) != nil)
        // A planned rotation may be ahead.
        #expect(refusal(.addExperience(rotation("Ahead", start: "2027-02-01", end: "2027-02-28")), in: journal) == nil)
        guard
            case .success(let decision) = journal.record(
                .editExperience(id: "ce-1", field: .state, value: " ny "), clock: Fixtures.clock)
        else {
            Issue.record("a state edit was refused")
            return
        }
        #expect(decision.change == .editExperience(id: "ce-1", field: .state, value: "NY"))
        #expect(ClinicalExperience.weeksByKind(journal.pathway.experiences).map(\.weeks) == [4, 4])
    }

    @Test func lettersRefuseUnknownIdsFutureDaysAndReceiptBeforeRequest() throws {
        let journal = try Fixtures.journal([
            .addExperience(rotation("Mercy")), .addProgram(Program(id: "", name: "Mercy IM")),
            .addLetter(letter("Dr. Lee", from: "ce-1", requested: "2026-07-01")),
        ])
        #expect(journal.pathway.letters.map(\.id) == ["lr-1"])
        #expect(refusal(.addLetter(letter("A", from: "ce-7")), in: journal)?.description.contains("ce-7") == true)
        #expect(refusal(.addLetter(letter("A", requested: "2027-01-01")), in: journal) != nil)
        #expect(refusal(.addLetter(letter(" ")), in: journal) != nil)
        #expect(refusal(.letterReceived(id: "lr-1", date: Fixtures.day("2026-06-30")), in: journal) != nil)
        #expect(refusal(.letterReceived(id: "lr-1", date: Fixtures.day("2026-12-01")), in: journal) != nil)
        #expect(
            refusal(.assignLetter(id: "lr-9", program: "pg-1", date: nil), in: journal)?.description.contains("lr-9")
                == true)
        #expect(
            refusal(.assignLetter(id: "lr-1", program: "pg-9", date: nil), in: journal)?.description.contains("pg-9")
                == true)
        #expect(
            refusal(.assignLetter(id: "lr-1", program: "pg-1", date: Fixtures.day("2026-06-01")), in: journal) != nil)
        #expect(refusal(.unassignLetter(id: "lr-1", program: "pg-1"), in: journal) != nil)
        #expect(refusal(.removeExperience(id: "ce-1"), in: journal)?.description.contains("lr-1") == true)
        #expect(refusal(.letterLimit(0), in: journal) != nil)
    }

    @Test func assigningWarnsButNeverRefuses() throws {
        var journal = try Fixtures.journal(
            [.addProgram(Program(id: "", name: "Mercy IM"))] + (1...5).map { .addLetter(letter("W\($0)")) })
        let early = warnings(.assignLetter(id: "lr-1", program: "pg-1", date: nil), in: &journal)
        #expect(early?.count == 1)
        #expect(early?.first?.message.contains("not received") == true)
        for number in 1...5 {
            _ = journal.record(
                .letterReceived(id: "lr-\(number)", date: Fixtures.day("2026-10-01")), clock: Fixtures.clock)
        }
        for number in 2...4 {
            #expect(
                warnings(.assignLetter(id: "lr-\(number)", program: "pg-1", date: nil), in: &journal)?.isEmpty == true)
        }
        let fifth = warnings(.assignLetter(id: "lr-5", program: "pg-1", date: nil), in: &journal)
        #expect(fifth?.count == 1)
        #expect(fifth?.first?.message.contains("5 letters") == true)
        #expect(fifth?.first?.source.contains("aamc.org") == true)
        #expect(journal.pathway.letterWarnings.count == 1)
        #expect(fifth?.first?.message.contains("ERAS allows 4") == true)
        // The person's own number replaces ERAS's, and the warning says whose number it is.
        _ = journal.record(.letterLimit(3), clock: Fixtures.clock)
        #expect(journal.pathway.letterWarnings.first?.message.contains("over your limit of 3 per program") == true)
        _ = journal.undo(clock: Fixtures.clock)
        _ = journal.record(.letterLimit(5), clock: Fixtures.clock)
        #expect(journal.pathway.letterWarnings.isEmpty)
        _ = journal.undo(clock: Fixtures.clock)
        #expect(journal.pathway.letterLimit == 4)
    }

    /// Assigning a letter again without a day keeps the day of the assignment already made; a
    /// day given for one program corrects it. Many programs at once, with a day or without (the
    /// screen fills in today): only those not assigned yet take it.
    @Test func assigningAgainWithoutADayKeepsTheFirstDay() throws {
        var journal = try Fixtures.journal([
            .addProgram(Program(id: "", name: "Mercy")), .addProgram(Program(id: "", name: "Lake")),
            .addLetter(letter("Dr. Lee", requested: "2026-07-01")),
            .assignLetter(id: "lr-1", program: "pg-1", date: Fixtures.day("2026-08-20")),
        ])
        #expect(
            refusal(.assignLetter(id: "lr-1", program: "pg-1", date: nil), in: journal)
                == .noChange("lr-1 is already assigned to pg-1 on 2026-08-20 (give a day to correct it)"))
        _ = journal.record(
            .assignLetterToPrograms(id: "lr-1", programs: ["pg-1", "pg-2"], date: nil), clock: Fixtures.clock)
        #expect(
            journal.pathway.letter("lr-1")?.assignments == ["pg-1": Fixtures.day("2026-08-20"), "pg-2": Fixtures.today])
        #expect(
            refusal(.assignLetterToPrograms(id: "lr-1", programs: ["pg-1", "pg-2"], date: nil), in: journal) != nil)
        #expect(
            refusal(.assignLetterToPrograms(id: "lr-1", programs: ["pg-1", "pg-2"], date: Fixtures.today), in: journal)
                != nil)
        _ = journal.record(
            .assignLetter(id: "lr-1", program: "pg-1", date: Fixtures.day("2026-09-01")), clock: Fixtures.clock)
        #expect(journal.pathway.letter("lr-1")?.assignments["pg-1"] == Fixtures.day("2026-09-01"))
    }

    /// A rotation under way counts the whole weeks since its start as done and the rest as
    /// planned, not all of it as done.
    @Test func aRotationUnderWayIsPartlyDone() {
        let today = Fixtures.day("2026-12-06")
        let running = rotation("Mercy", start: "2026-11-15", end: "2027-05-10")
        let finished = rotation("Lake", start: "2026-06-01", end: "2026-06-28")
        #expect(running.weeks == 26)
        #expect(running.weeks(asOf: today) == (done: 3, planned: 23))
        #expect(running.weeks(asOf: Fixtures.day("2026-11-01")) == (done: 0, planned: 26))
        #expect(running.weeks(asOf: Fixtures.day("2027-05-10")) == (done: 26, planned: 0))
        #expect(ClinicalExperience.weeksText([running, finished], today: today) == "7 weeks done, 23 planned")
        #expect(ClinicalExperience.weeksByKind([running, finished], today: today).map(\.weeks) == [7])
    }

    @Test func undoPutsBackOneLetterAndTheFilesKeepEverything() throws {
        let folder = TemporaryFolder()
        let path = folder.file("p.json")
        func reopen() throws -> (PathwayStore, Journal) { try PathwayStore.open(path: path, lock: false) }
        var (store, journal) = try reopen()
        for change in [
            Change.addExperience(rotation("Mercy")), .addProgram(Program(id: "", name: "Mercy IM")),
            .addLetter(letter("Dr. Lee", from: "ce-1", requested: "2026-07-01")),
            .letterReceived(id: "lr-1", date: Fixtures.day("2026-08-01")),
            .assignLetter(id: "lr-1", program: "pg-1", date: Fixtures.day("2026-09-01")),
            .editLetter(id: "lr-1", field: .title, value: "Attending"), .letterLimit(3),
            .addLetter(letter("Dr. Roe", us: false)), .removeLetter(id: "lr-2"),
        ] {
            guard case .success = journal.record(change, clock: Fixtures.clock) else {
                Issue.record("refused: \(change)")
                return
            }
            try store.save(journal)
        }
        (store, journal) = try reopen()
        #expect(journal.pathway.letters.map(\.id) == ["lr-1"])
        #expect(journal.pathway.letter("lr-1")?.assignments == ["pg-1": Fixtures.day("2026-09-01")])
        #expect(journal.pathway.letter("lr-1")?.title == "Attending")
        #expect(journal.pathway.letterLimit == 3)
        #expect(journal.pathway.experience("ce-1")?.site == "Mercy")
        _ = journal.undo(clock: Fixtures.clock)
        try store.save(journal)
        #expect(journal.pathway.letters.map(\.id) == ["lr-1", "lr-2"])
        (store, journal) = try reopen()
        #expect(journal.pathway.letters.map(\.id) == ["lr-1", "lr-2"])
        for _ in 0..<4 { _ = journal.undo(clock: Fixtures.clock) }
        try store.save(journal)
        (store, journal) = try reopen()
        #expect(journal.pathway.letter("lr-1")?.assignments.isEmpty == true)
        #expect(journal.pathway.letter("lr-1")?.title == "")
        #expect(journal.pathway.letterLimit == 4)
        // A removed number is not given again.
        _ = journal.redo(clock: Fixtures.clock)
        _ = journal.redo(clock: Fixtures.clock)
        _ = journal.redo(clock: Fixtures.clock)
        _ = journal.redo(clock: Fixtures.clock)
        _ = journal.redo(clock: Fixtures.clock)
        guard case .success(let added) = journal.record(.addLetter(letter("Dr. Poe")), clock: Fixtures.clock),
            case .addLetter(let third) = added.change
        else {
            Issue.record("a third letter was refused")
            return
        }
        #expect(third.id == "lr-3")
        try store.save(journal)
        (store, journal) = try reopen()
        #expect(journal.pathway.letters.map(\.id) == ["lr-1", "lr-3"])
    }

    @Test func countsAndTheLettersItemAreDerivedOnceLettersExist() throws {
        var journal = try Fixtures.journal([.detail(.eras, field: "letterCount", value: "2")])
        #expect(journal.pathway.detail(.eras, "letterCount") == "2")
        _ = journal.record(.addLetter(letter("Dr. Lee")), clock: Fixtures.clock)
        _ = journal.record(.addLetter(letter("Dr. Roe", us: false)), clock: Fixtures.clock)
        _ = journal.record(.addLetter(letter("Dr. Poe")), clock: Fixtures.clock)
        #expect(journal.pathway.detail(.eras, "letterCount") == "3")
        #expect(journal.pathway.detail(.eras, "usLetters") == "2")
        #expect(
            refusal(.detail(.eras, field: "usLetters", value: "1"), in: journal)?.description.contains("letters")
                == true)
        #expect(refusal(.tick(.eras, item: "letters", done: true), in: journal) != nil)
        #expect(!journal.pathway.isTicked(.eras, "letters"))
        for number in 1...3 {
            _ = journal.record(
                .letterReceived(id: "lr-\(number)", date: Fixtures.day("2026-10-01")), clock: Fixtures.clock)
        }
        #expect(journal.pathway.isTicked(.eras, "letters"))
        #expect(Requirement.ticked(.eras, "letters").isMet(in: journal.pathway, for: .eras))
    }

    @Test func aRecordedHandsOnEntrySatisfiesAProgramThatRequiresUSCE() throws {
        var program = Program(id: "", name: "Mercy IM")
        program.requiresUSClinicalExperience = true
        var journal = try Fixtures.journal([.addProgram(program)])
        func fitKinds() -> [ProgramFit.Kind] {
            journal.pathway.programFits(today: Fixtures.today)["pg-1"]?.map(\.kind) ?? []
        }
        #expect(fitKinds() == [.clinicalExperience])
        _ = journal.record(.addExperience(rotation("Obs", .observership)), clock: Fixtures.clock)
        #expect(fitKinds() == [.clinicalExperience])
        #expect(ProgramFit.Applicant(pathway: journal.pathway, today: Fixtures.today).hasHandsOnExperience == false)
        // A rotation not started yet is not experience.
        _ = journal.record(
            .addExperience(rotation("Later", start: "2027-01-04", end: "2027-01-29")), clock: Fixtures.clock)
        #expect(fitKinds() == [.clinicalExperience])
        _ = journal.record(.addExperience(rotation("Mercy")), clock: Fixtures.clock)
        #expect(fitKinds().isEmpty)
    }

    @Test func historyLinesReadBackTheSameChanges() throws {
        var experience = rotation("Mercy")
        experience = ClinicalExperience(
            id: "ce-1", kind: .handsOn, site: "Mercy", start: experience.start, end: experience.end)
        var written = letter("Dr. Lee", from: "ce-1", requested: "2026-07-01")
        written = Letter(id: "lr-1", writer: written.writer)
        let changes: [Change] = [
            .addExperience(experience), .editExperience(id: "ce-1", field: .supervisor, value: "Dr. Lee"),
            .removeExperience(id: "ce-1"), .addLetter(written),
            .editLetter(id: "lr-1", field: .usPhysician, value: "yes"),
            .removeLetter(id: "lr-1"), .assignLetter(id: "lr-1", program: "pg-2", date: Fixtures.today),
            .unassignLetter(id: "lr-1", program: "pg-2"), .letterReceived(id: "lr-1", date: nil),
            .letterReceived(id: "lr-1", date: Fixtures.today), .letterLimit(5), .letterLimit(nil),
        ]
        for change in changes {
            let entry = HistoryEntry(at: Fixtures.noon, change: change)
            let data = try JSONEncoder().encode(entry)
            #expect(try JSONDecoder().decode(HistoryEntry.self, from: data) == entry)
        }
        let bad = #"{"at":"2026-11-26T12:00:00Z","kind":"letterAssign","id":"pg-1","program":"pg-2"}"#
        #expect(throws: (any Error).self) { try JSONDecoder().decode(HistoryEntry.self, from: Data(bad.utf8)) }
    }

    @Test func aProgramWithLettersIsNotRemovedAndTheCheckFindsDanglingLetters() throws {
        let journal = try Fixtures.journal([
            .addProgram(Program(id: "", name: "Mercy IM")), .addLetter(letter("Dr. Lee")),
            .assignLetter(id: "lr-1", program: "pg-1", date: Fixtures.day("2026-09-01")),
        ])
        #expect(refusal(.removeProgram(id: "pg-1"), in: journal)?.description.contains("lr-1") == true)
        #expect(PathwayAudit.letterFindings(in: journal.pathway, today: Fixtures.today).isEmpty)
        var edited = journal.pathway
        edited.programs = []
        edited.letters[0].experienceID = "ce-4"
        let findings = PathwayAudit.letterFindings(in: edited, today: Fixtures.today)
        #expect(
            findings.map(\.rule) == [
                "it came from ce-4, which is not recorded", "it is assigned to pg-1, which is not recorded",
            ])
    }
}
