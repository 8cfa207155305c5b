import Testing

@testable import PathwayCore

#if canImport(Glibc)
    import Glibc
#endif

/// A fresh folder under /tmp for one test.
struct TemporaryFolder {
    let path: String

    init() {
        var template = Array("/tmp/imgpath-test-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        path = made.map { String(cString: $0) } ?? "/tmp/imgpath-test-fallback"
    }

    func file(_ name: String) -> String { path + "/" + name }

    func write(_ name: String, _ bytes: [UInt8]) {
        let descriptor = open(file(name), O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        _ = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }

    func read(_ name: String) -> [UInt8]? {
        guard let opened = try? ReadOnlyFile.openIfPresent(file(name)) else { return nil }
        defer { opened.close() }
        return try? opened.readAll(limit: 1 << 30)
    }
}

@Suite struct StoreTests {
    static func sample() throws -> Journal {
        try Fixtures.journal([
            .profile(.name, value: "Dr. Nguyễn Thị Mai"),
            .mark(
                .step1, .passed, date: Fixtures.day("2021-05-02"), score: 231, note: "First try ✓", incomplete: false),
            .mark(.step2ck, .failed, date: Fixtures.day("2023-01-03"), score: 205, note: nil, incomplete: false),
            .mark(.step2ck, .passed, date: Fixtures.day("2023-08-03"), score: 247, note: nil, incomplete: false),
            .tick(.eras, item: "cv", done: true),
            .detail(.eras, field: "letterCount", value: "4"),
            .note(.ecfmg, text: "OET booked\nfor March"),
        ])
    }

    @Test func saveThenOpenGivesTheSameJournal() throws {
        let folder = TemporaryFolder()
        let path = folder.file("nested/deeper/pathway.json")
        let (store, empty) = try PathwayStore.open(path: path, lock: true)
        #expect(empty == Journal())
        #expect(!store.fileExists)
        let journal = try Self.sample()
        try store.save(journal)
        let (_, loaded) = try PathwayStore.open(path: path, lock: false)
        #expect(loaded == journal)
        var info = stat()
        stat(path, &info)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    @Test func theFileIsSortedPrettyJSONWithItsSchemaVersion() throws {
        let text = String(decoding: Fixtures.storedSnapshot(try Self.sample()), as: UTF8.self)
        #expect(
            text.hasPrefix(
                "{\n  \"deadlines\" : [\n\n  ],\n  \"experiences\" : [\n\n  ],\n  \"generator\" : \"imgpath\",\n  \"history\" : {"
            ))
        #expect(text.contains("\"schemaVersion\" : 3"))
        #expect(text.contains("\"seq\" : 7"))
    }

    @Test func thePreviousVersionIsKeptAsABackup() throws {
        let folder = TemporaryFolder()
        let path = folder.file("p.json")
        let (store, _) = try PathwayStore.open(path: path, lock: true)
        var journal = try Self.sample()
        try store.save(journal)
        let first = folder.read("p.json")
        _ = journal.record(.mark(.ecfmg, .inProgress), clock: Fixtures.clock)
        try store.save(journal)
        #expect(folder.read("p.json.bak") == first)
        #expect(folder.read("p.json") != first)
    }

    @Test func aSecondWriterIsTurnedAway() throws {
        let folder = TemporaryFolder()
        let path = folder.file("p.json")
        let (first, _) = try PathwayStore.open(path: path, lock: true)
        #expect(throws: StoreError.locked(path: path, holder: "process \(getpid())")) {
            _ = try PathwayStore.open(path: path, lock: true)
        }
        first.unlock()
        _ = try PathwayStore.open(path: path, lock: true)
    }

    /// The lock file names its holder; a longer number left by an earlier holder must not show
    /// through the new one's.
    @Test func theLockFileNamesOnlyItsHolder() throws {
        let folder = TemporaryFolder()
        let path = folder.file("p.json")
        folder.write("p.json.lock", Array("4294967295\n".utf8))
        let (store, _) = try PathwayStore.open(path: path, lock: true)
        defer { store.unlock() }
        #expect(folder.read("p.json.lock") == Array("\(getpid())\n".utf8))
    }

    @Test func aFileChangedOnDiskIsNotOverwritten() throws {
        let folder = TemporaryFolder()
        let path = folder.file("p.json")
        let (store, _) = try PathwayStore.open(path: path, lock: true)
        try store.save(try Self.sample())
        let edited = Array("{\"schemaVersion\": 1, \"history\": [], \"redo\": [], \"generator\": \"x\"}".utf8)
        folder.write("p.json", edited)
        #expect(throws: StoreError.changedOnDisk(path: path)) { try store.save(Journal()) }
        #expect(folder.read("p.json") == edited)
    }

    @Test func aSaveInterruptedBeforeTheRenameLeavesTheOldFile() throws {
        let folder = TemporaryFolder()
        let path = folder.file("p.json")
        let (store, _) = try PathwayStore.open(path: path, lock: true)
        try store.save(try Self.sample())
        let before = folder.read("p.json")
        store.beforeRename = { () throws(StoreError) in throw .io(path: path, operation: "test", reason: "power cut") }
        #expect(throws: StoreError.self) { try store.save(Journal()) }
        #expect(folder.read("p.json") == before)
        let leftovers = try listing(folder.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func aFolderInPlaceOfTheFileIsReported() throws {
        let folder = TemporaryFolder()
        mkdir(folder.file("p.json"), 0o700)
        #expect(throws: StoreError.notRegularFile(path: folder.file("p.json"), kind: "a folder")) {
            _ = try PathwayStore.open(path: folder.file("p.json"), lock: false)
        }
    }

    func listing(_ path: String) throws -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            var name = entry.pointee.d_name
            names.append(withUnsafeBytes(of: &name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) })
        }
        return names
    }
}

@Suite struct BadFileTests {
    static let path = "bad.json"

    func decodeError(_ text: String) -> StoreError? {
        decodeError(Array(text.utf8))
    }

    func decodeError(_ bytes: [UInt8]) -> StoreError? {
        do {
            _ = try PathwayDocument.decode(bytes, path: Self.path)
            return nil
        } catch {
            return error
        }
    }

    @Test func truncationAtEveryByteIsReportedWithAPosition() throws {
        let bytes = Fixtures.snapshot(try StoreTests.sample())
        // The whole file minus its final newline is still complete JSON; shorter is not.
        let complete = bytes.count - 1
        for length in 0..<complete {
            guard let error = decodeError(Array(bytes[0..<length])) else {
                Issue.record("truncated at \(length) was accepted")
                continue
            }
            switch error {
            case .malformed(let path, let line, _, _), .notUTF8(let path, let line, _, _):
                #expect(path == Self.path)
                #expect(line >= 1)
            default:
                Issue.record("truncated at \(length): \(error)")
            }
        }
    }

    @Test func malformedJSONNamesLineAndColumn() {
        #expect(
            decodeError("{\n  \"schemaVersion\": 1,\n  \"history\": [}\n")
                == .malformed(
                    path: Self.path, line: 3, column: 15,
                    reason: "expected a value (text in quotes, a number, true, false, null, { or [)"))
        #expect(decodeError("") == .malformed(path: Self.path, line: 1, column: 1, reason: "the file is empty"))
    }

    @Test func invalidUTF8IsNamed() {
        var bytes = Array("{\"schemaVersion\": 1,\n \"x\": \"".utf8)
        bytes += [0xC3, 0x28, 0x22, 0x7D]
        #expect(decodeError(bytes) == .notUTF8(path: Self.path, line: 2, column: 8, byteOffset: 28))
    }

    @Test func aNewerSchemaIsRefused() {
        #expect(
            decodeError("{\"schemaVersion\": 7, \"history\": \"whatever\"}")
                == .newerSchema(path: Self.path, found: 7, supported: 3))
    }

    @Test(arguments: [
        ("{\"history\": []}", "schemaVersion"),
        ("{\"schemaVersion\": \"one\"}", "schemaVersion"),
        (
            "{\"schemaVersion\": 1, \"generator\": \"imgpath\", \"redo\": [], \"history\": [{\"at\": \"2026-01-01T00:00:00Z\", \"kind\": \"mark\", \"milestone\": \"step1\", \"status\": \"pased\"}]}",
            "history[0].status"
        ),
        (
            "{\"schemaVersion\": 1, \"generator\": \"imgpath\", \"redo\": [], \"history\": [{\"at\": \"2026-01-01T00:00:00Z\", \"kind\": \"mark\", \"milestone\": \"step9\", \"status\": \"passed\"}]}",
            "history[0].milestone"
        ),
        (
            "{\"schemaVersion\": 1, \"generator\": \"imgpath\", \"redo\": [], \"history\": [{\"at\": \"2026-01-01T00:00:00Z\", \"kind\": \"mark\", \"milestone\": \"step1\", \"status\": \"passed\", \"date\": \"2023-02-30\"}]}",
            "history[0].date"
        ),
        (
            "{\"schemaVersion\": 1, \"generator\": \"imgpath\", \"redo\": [], \"history\": [{\"at\": \"yesterday\", \"kind\": \"note\", \"milestone\": \"step1\", \"text\": \"x\"}]}",
            "history[0].at"
        ),
        (
            "{\"schemaVersion\": 1, \"generator\": \"imgpath\", \"redo\": [], \"history\": [{\"at\": \"2026-01-01T00:00:00Z\", \"kind\": \"tick\", \"milestone\": \"eras\", \"item\": \"cv\", \"done\": \"yes\"}]}",
            "history[0].done"
        ),
        ("[1, 2]", "(top level)"),
    ])
    func wrongContentNamesItsPlace(_ text: String, _ location: String) {
        guard case .invalid(let path, let found, let reason)? = decodeError(text) else {
            Issue.record("not refused as invalid: \(String(describing: decodeError(text)))")
            return
        }
        #expect(path == Self.path)
        #expect(found == location, "\(reason)")
        #expect(!reason.isEmpty)
    }

    @Test func deepNestingIsRefusedWithoutCrashing() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        guard case .malformed(_, _, _, let reason)? = decodeError(text) else {
            Issue.record("deep nesting not refused")
            return
        }
        #expect(reason.contains("nested"))
    }
}

@Suite struct HostileFileTests {
    @Test func aHugeNoteLoadsAndRoundTrips() throws {
        let huge = String(repeating: "é", count: 2_000_000)
        let journal = try Fixtures.journal([.note(.step1, text: huge)])
        let bytes = Fixtures.snapshot(journal)
        #expect(try PathwayDocument.decode(bytes, path: "huge.json").journal == journal)
    }

    @Test func duplicateKeysGiveADefiniteAnswer() {
        let text = "{\"schemaVersion\": 1, \"schemaVersion\": 99, \"generator\": \"x\", \"history\": [], \"redo\": []}"
        do {
            let document = try PathwayDocument.decode(Array(text.utf8), path: "dup.json")
            #expect(document.journal == Journal())
        } catch {
            #expect(error == .newerSchema(path: "dup.json", found: 99, supported: 1))
        }
    }

    @Test func aByteOrderMarkFromAWindowsEditorIsAccepted() throws {
        let text = "\u{FEFF}{\"schemaVersion\": 1, \"generator\": \"x\", \"redo\": [], \"history\": []}"
        #expect(try PathwayDocument.decode(Array(text.utf8), path: "bom.json").journal == Journal())
    }

    @Test func controlCharactersInTextLoad() throws {
        let text =
            "{\"schemaVersion\": 1, \"generator\": \"x\", \"redo\": [], \"history\": [{\"at\": \"2026-01-01T00:00:00Z\", \"kind\": \"note\", \"milestone\": \"step1\", \"text\": \"a\\u0000b\\u001b[31m\"}]}"
        let journal = try PathwayDocument.decode(Array(text.utf8), path: "ctl.json").journal
        #expect(journal.pathway[.step1].notes == "a\u{0}b\u{1B}[31m")
    }

    @Test(arguments: [
        ("{\"schemaVersion\": 1, \"generator\": \"x\", \"redo\": {}, \"history\": []}", "redo"),
        ("{\"schemaVersion\": 1.5, \"generator\": \"x\", \"redo\": [], \"history\": []}", "schemaVersion"),
        (
            "{\"schemaVersion\": 1, \"generator\": \"x\", \"redo\": [], \"history\": [{\"at\": \"2026-01-01T00:00:00Z\", \"kind\": \"mark\", \"milestone\": \"step1\", \"status\": \"passed\", \"score\": \"high\"}]}",
            "history[0].score"
        ),
        (
            "{\"schemaVersion\": 1, \"generator\": \"x\", \"redo\": [], \"history\": [{\"at\": \"2026-01-01T00:00:00Z\", \"kind\": \"launch\"}]}",
            "history[0]"
        ),
        (
            "{\"schemaVersion\": 1, \"generator\": \"x\", \"redo\": [], \"history\": [{\"at\": \"2026-01-01T00:00:00Z\", \"kind\": \"mark\", \"milestone\": \"step1\", \"status\": \"passed\", \"score\": 99999999999999999999999}]}",
            "history[0].score"
        ),
        ("{\"schemaVersion\": -1}", "schemaVersion"),
        ("null", "(top level)"),
        ("\"just text\"", "(top level)"),
    ])
    func everyKindOfWrongDocumentIsRefusedWithItsPlace(_ text: String, _ place: String) {
        do {
            _ = try PathwayDocument.decode(Array(text.utf8), path: "bad.json")
            Issue.record("accepted: \(text)")
        } catch {
            // The file, then where in it: a person must be able to find the problem.
            #expect(error.description.hasPrefix("bad.json: "))
            // A number JSONDecoder rejects before imgpath sees it (1.5 where an integer goes, a
            // score past Int.max) is named by its line and column instead of a key.
            let place =
                text.contains("1.5")
                ? "line 1, column 19" : text.contains("99999999999999999999999") ? "line 1, column 162" : place
            #expect(error.description.contains(place), "\(error.description)")
            #expect(error.isUnreadableContent)
        }
    }
}
