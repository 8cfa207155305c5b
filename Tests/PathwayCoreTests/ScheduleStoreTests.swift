import Testing

@testable import PathwayCore

/// Deadlines and calendar choices through the file: save and load give the same journal, and
/// wrong names are reported at their place.
@Suite struct ScheduleStoreTests {
    static func sample() throws -> Journal {
        var journal = try Fixtures.journal([
            .profile(.name, value: "Dr. Nguyễn Thị Mai"),
            .addDeadline(.eras, "Letter, from \"Dr. Rao\"", Fixtures.day("2027-07-15"), note: "line 1\nline 2; ✓"),
            .addDeadline(.match, "Certify the list", Fixtures.day("2027-02-20")),
            .editDeadline(id: "dl-1", title: nil, date: Fixtures.day("2027-07-20"), note: nil, done: true),
            .removeDeadline(id: "dl-2"),
            .seasonCycle(2027),
            .seasonDate(cycle: 2027, event: .matchDay, date: Fixtures.day("2027-03-19")),
            .seasonDate(cycle: 2027, event: .myerasOpens, date: Fixtures.day("2026-06-03")),
            .seasonCycle(nil),
            .addDeadline(.residency, "Visa interview", Fixtures.day("2027-05-02")),
        ])
        _ = try journal.undo().get()
        return journal
    }

    @Test func saveThenOpenGivesTheSameJournal() throws {
        let folder = TemporaryFolder()
        let path = folder.file("p.json")
        let (store, _) = try PathwayStore.open(path: path, lock: true)
        let journal = try Self.sample()
        try store.save(journal)
        let (_, loaded) = try PathwayStore.open(path: path, lock: false)
        #expect(loaded == journal)
        #expect(loaded.redoStack.count == 1)
        #expect(loaded.pathway.deadlines.map(\.id) == ["dl-1"])
        #expect(loaded.pathway.season.date(.matchDay, cycle: 2027) == Fixtures.day("2027-03-19"))
        var redone = loaded
        _ = try redone.redo().get()
        #expect(redone.pathway.deadlines.map(\.id) == ["dl-1", "dl-3"])
    }

    @Test func theHistoryUsesFlatKindsAndTheSnapshotShowsTheDeadlines() throws {
        let journal = try Self.sample()
        let lines = String(decoding: journal.pending.flatMap(\.bytes), as: UTF8.self)
        for kind in ["deadlineAdd", "deadlineEdit", "deadlineRemove", "seasonCycle", "seasonDate"] {
            #expect(lines.contains("\"kind\":\"\(kind)\""), "\(kind)")
        }
        let text = String(decoding: Fixtures.storedSnapshot(journal), as: UTF8.self)
        #expect(text.contains("\"id\" : \"dl-1\""))
        #expect(text.contains("\"seasonDates\" : ["))
        #expect(text.contains("\"schemaVersion\" : 3"))
    }

    static let prefix =
        "{\"schemaVersion\": 1, \"generator\": \"imgpath\", \"redo\": [], \"history\": [{\"at\": \"2026-01-01T00:00:00Z\", "

    @Test(arguments: [
        (
            "\"kind\": \"deadlineAdd\", \"id\": \"dl-x\", \"milestone\": \"eras\", \"title\": \"t\", \"date\": \"2027-01-01\"}]}",
            "history[0].id"
        ),
        (
            "\"kind\": \"deadlineAdd\", \"id\": \"dl-1\", \"milestone\": \"erass\", \"title\": \"t\", \"date\": \"2027-01-01\"}]}",
            "history[0].milestone"
        ),
        (
            "\"kind\": \"deadlineAdd\", \"id\": \"dl-1\", \"milestone\": \"eras\", \"date\": \"2027-01-01\"}]}",
            "history[0].title"
        ),
        (
            "\"kind\": \"deadlineAdd\", \"id\": \"dl-1\", \"milestone\": \"eras\", \"title\": \"t\", \"date\": \"2027-02-30\"}]}",
            "history[0].date"
        ),
        ("\"kind\": \"deadlineEdit\", \"title\": \"t\"}]}", "history[0].id"),
        ("\"kind\": \"deadlineRemove\", \"id\": 3}]}", "history[0].id"),
        (
            "\"kind\": \"seasonDate\", \"cycle\": 2027, \"event\": \"matchNight\", \"date\": \"2027-03-19\"}]}",
            "history[0].event"
        ),
        ("\"kind\": \"seasonDate\", \"cycle\": 1066, \"event\": \"matchDay\"}]}", "history[0].cycle"),
        ("\"kind\": \"seasonCycle\", \"cycle\": \"2027\"}]}", "history[0].cycle"),
        ("\"kind\": \"deadlineArchive\", \"id\": \"dl-1\"}]}", "history[0].kind"),
    ])
    func wrongContentNamesItsPlace(_ rest: String, _ location: String) {
        do {
            _ = try PathwayDocument.decode(Array((Self.prefix + rest).utf8), path: "bad.json")
            Issue.record("accepted: \(rest)")
        } catch {
            guard case .invalid(let path, let found, let reason) = error else {
                Issue.record("not reported as invalid: \(error)")
                return
            }
            #expect(path == "bad.json")
            #expect(found == location, "\(reason)")
            if location == "history[0].kind" { #expect(reason.contains("newer imgpath")) }
        }
    }

    @Test func aDeadlineAddWithoutAnIdTakesTheNextOneOnReplay() throws {
        let text =
            Self.prefix
            + "\"kind\": \"deadlineAdd\", \"milestone\": \"eras\", \"title\": \"t\", \"date\": \"2027-01-01\"}]}"
        let journal = try PathwayDocument.decode(Array(text.utf8), path: "x.json").journal
        #expect(journal.pathway.deadlines.map(\.id) == ["dl-1"])
    }
}
