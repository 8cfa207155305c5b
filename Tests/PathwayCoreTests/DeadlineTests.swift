import Testing

@testable import PathwayCore

/// Personal deadlines: every change accepted and refused, ids, undo and replay.
@Suite struct DeadlineTests {
    @Test func addGivesStableIdsAndCleansTheText() throws {
        let journal = try Fixtures.journal([
            .addDeadline(.eras, "  Ask Dr. Rao for a letter ", Fixtures.day("2027-07-15"), note: "  "),
            .addDeadline(.step2ck, "Book the exam", Fixtures.day("2027-01-10"), note: "Prometric, Cairo"),
        ])
        let deadlines = journal.pathway.deadlines
        #expect(deadlines.map(\.id) == ["dl-1", "dl-2"])
        #expect(deadlines[0].title == "Ask Dr. Rao for a letter")
        #expect(deadlines[0].note == nil)
        #expect(deadlines[1].note == "Prometric, Cairo")
        // The recorded change carries the id, so the file says which deadline it made.
        #expect(
            journal.history[0].change
                == .addDeadline(
                    id: "dl-1", milestone: .eras, title: "Ask Dr. Rao for a letter", date: Fixtures.day("2027-07-15"),
                    note: nil))
    }

    @Test func addIsRefusedWithoutATitleOrWithAnImplausibleDate() throws {
        let journal = Journal()
        #expect(refusal(.addDeadline(.eras, " \t ", Fixtures.day("2027-07-15")), in: journal) == .emptyTitle)
        #expect(
            refusal(.addDeadline(.eras, "x", Fixtures.day("1999-12-31")), in: journal)
                == .dateOutOfRange(Fixtures.day("1999-12-31"), allowed: PathwayMachine.deadlineDays, what: "a deadline")
        )
        #expect(refusal(.addDeadline(.eras, "x", Fixtures.day("2101-01-01")), in: journal) != nil)
        let wrongID = Change.addDeadline(
            id: "dl-7", milestone: .eras, title: "x", date: Fixtures.day("2027-01-01"), note: nil)
        #expect(refusal(wrongID, in: journal) == .invalidValue(field: "deadline id", value: "dl-7", expected: "dl-1"))
        #expect(RuleViolation.emptyTitle.description.contains("needs a title"))
    }

    @Test func editChangesOnlyWhatDiffersAndRecordsJustThat() throws {
        var journal = try Fixtures.journal([.addDeadline(.eras, "Letter", Fixtures.day("2027-07-15"), note: "first")])
        let decision = try journal.record(
            .editDeadline(id: "dl-1", title: "Letter", date: Fixtures.day("2027-07-20"), note: "first", done: nil),
            clock: Fixtures.clock
        ).get()
        #expect(
            decision.change
                == .editDeadline(id: "dl-1", title: nil, date: Fixtures.day("2027-07-20"), note: nil, done: nil))
        _ = try journal.record(
            .editDeadline(id: "dl-1", title: " Letter from Dr. Rao ", date: nil, note: "", done: true),
            clock: Fixtures.clock
        ).get()
        let deadline = try #require(journal.pathway.deadline("dl-1"))
        #expect(deadline.title == "Letter from Dr. Rao")
        #expect(deadline.note == nil)
        #expect(deadline.done)
        #expect(deadline.date == Fixtures.day("2027-07-20"))
    }

    @Test func editIsRefusedForAnUnknownIdAnEmptyTitleOrNoChange() throws {
        let journal = try Fixtures.journal([.addDeadline(.eras, "Letter", Fixtures.day("2027-07-15"))])
        #expect(
            refusal(.editDeadline(id: "dl-9", title: "x", date: nil, note: nil, done: nil), in: journal)
                == .unknownDeadline("dl-9", known: ["dl-1"]))
        #expect(
            refusal(.editDeadline(id: "dl-1", title: "  ", date: nil, note: nil, done: nil), in: journal) == .emptyTitle
        )
        guard
            case .noChange? = refusal(
                .editDeadline(id: "dl-1", title: "Letter", date: nil, note: nil, done: false), in: journal)
        else {
            Issue.record("an edit to the same values must be refused as no change")
            return
        }
        #expect(
            refusal(
                .editDeadline(id: "dl-1", title: nil, date: Fixtures.day("1990-01-01"), note: nil, done: nil),
                in: journal) != nil)
        #expect(RuleViolation.unknownDeadline("dl-9", known: []).description.contains("no deadlines are recorded yet"))
    }

    @Test func removeThenUndoBringsItBackAndIdsAreNotReused() throws {
        var journal = try Fixtures.journal([
            .addDeadline(.eras, "A", Fixtures.day("2027-07-15")),
            .addDeadline(.match, "B", Fixtures.day("2027-02-01")),
            .removeDeadline(id: "dl-2"),
        ])
        #expect(journal.pathway.deadlines.map(\.id) == ["dl-1"])
        #expect(refusal(.removeDeadline(id: "dl-2"), in: journal) == .unknownDeadline("dl-2", known: ["dl-1"]))
        _ = try journal.record(.addDeadline(.match, "C", Fixtures.day("2027-02-02")), clock: Fixtures.clock).get()
        #expect(journal.pathway.deadlines.map(\.id) == ["dl-1", "dl-3"])
        _ = try journal.undo().get()
        _ = try journal.undo().get()
        #expect(journal.pathway.deadlines.map(\.id) == ["dl-1", "dl-2"])
        #expect(journal.pathway.deadline("dl-2")?.title == "B")
    }

    @Test func replayingTheHistoryGivesTheSameIds() throws {
        let journal = try Fixtures.journal([
            .addDeadline(.eras, "A", Fixtures.day("2027-07-15")),
            .addDeadline(.eras, "B", Fixtures.day("2027-07-16")),
            .removeDeadline(id: "dl-1"),
            .addDeadline(.eras, "C", Fixtures.day("2027-07-17")),
        ])
        let replayed = Journal(replaying: journal.history)
        #expect(replayed.pathway == journal.pathway)
        #expect(replayed.pathway.deadlines.map(\.id) == ["dl-2", "dl-3"])
        #expect(replayed.pathway.nextDeadlineID == "dl-4")
    }

    @Test func deadlineIdsAreParsedStrictly() {
        #expect(Deadline.number(in: "dl-12") == 12)
        for text in ["dl-", "dl-0", "dl-01", "DL-1", "dl-1a", "dl--1", "x-1", "dl-１"] {
            #expect(Deadline.number(in: text) == nil, "\(text)")
        }
    }

    @Test func summariesSayWhatHappened() {
        #expect(Change.removeDeadline(id: "dl-3").summary == "Deadline dl-3 removed")
        #expect(
            Change.editDeadline(id: "dl-3", title: nil, date: Fixtures.day("2027-01-02"), note: "", done: true).summary
                == "Deadline dl-3: date 2027-01-02, note cleared, done")
        #expect(Change.seasonCycle(2027).summary == "Season calendar: following the 2027 Match")
        #expect(Change.addDeadline(.eras, "x", Fixtures.day("2027-01-02")).milestone == .eras)
    }
}
