import Testing

@testable import PathwayCore

#if canImport(Glibc)
    import Glibc
#endif

/// What an attack on the previous store found: each of these failed there.
@Suite struct AttackTests {
    static let changes = HistoryFileTests.changes

    func isSymlink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    func mode(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & 0o777 : 0
    }

    @Test func aSymlinkPlantedAsTheLockFileIsNotFollowed() throws {
        let folder = TemporaryFolder()
        folder.write("victim", Array("precious".utf8))
        symlink(folder.file("victim"), folder.file("p.json.lock"))
        #expect(throws: StoreError.self) { _ = try PathwayStore.open(path: folder.file("p.json"), lock: true) }
        #expect(folder.read("victim") == Array("precious".utf8))
    }

    @Test func symlinksPlantedAsTemporaryFilesAreNotFollowed() throws {
        let folder = TemporaryFolder()
        folder.write("victim", Array("precious".utf8))
        // The names the previous store used, and any name with this process's id.
        for name in [".p.json.tmp-\(getpid())", ".p.json.bak.tmp-\(getpid())", ".p.json.tmp-\(getpid())-0"] {
            symlink(folder.file("victim"), folder.file(name))
        }
        let (store, journal) = try HistoryFileTests.saved(Self.changes, in: folder)
        var next = journal
        _ = try next.record(.note(.step1, text: "again"), clock: Fixtures.clock).get()
        try store.save(next)
        #expect(folder.read("victim") == Array("precious".utf8))
        #expect(!isSymlink(folder.file("p.json")))
        #expect(!isSymlink(folder.file("p.json.bak")))
    }

    @Test func anExportThroughAPlantedTemporarySymlinkDoesNotFollowIt() throws {
        let folder = TemporaryFolder()
        folder.write("victim", Array("precious".utf8))
        symlink(folder.file("victim"), folder.file(".out.md.export-\(getpid())"))
        symlink(folder.file("victim"), folder.file(".out.md.tmp-\(getpid())"))
        let output = try AtomicFileOutput(path: folder.file("out.md"))
        try output.write(Array("report".utf8))
        try output.commit()
        #expect(folder.read("victim") == Array("precious".utf8))
        #expect(folder.read("out.md") == Array("report".utf8))
    }

    @Test func aFileThroughASymlinkWritesTheTargetAndKeepsTheLink() throws {
        let folder = TemporaryFolder()
        mkdir(folder.file("synced"), 0o700)
        let real = folder.file("synced/pathway.json")
        let (first, journal) = try PathwayStore.open(path: real, lock: true)
        var changed = journal
        _ = try changed.record(Self.changes[0], clock: Fixtures.clock).get()
        try first.save(changed)
        first.unlock()
        symlink("synced/pathway.json", folder.file("link.json"))
        let (store, opened) = try PathwayStore.open(path: folder.file("link.json"), lock: true)
        #expect(store.path == real)
        var next = opened
        _ = try next.record(Self.changes[1], clock: Fixtures.clock).get()
        try store.save(next)
        #expect(isSymlink(folder.file("link.json")))
        let (_, reread) = try PathwayStore.open(path: real, lock: false)
        #expect(reread.pathway == next.pathway)
    }

    /// The sample changes and a note saved in `folder` (so a backup is there), the lock let go:
    /// the journal before the note and after it.
    static func savedTwice(in folder: TemporaryFolder) throws -> (before: Journal, after: Journal) {
        let (store, journal) = try HistoryFileTests.saved(changes, in: folder)
        var next = journal
        _ = try next.record(.note(.step1, text: "x"), clock: Fixtures.clock).get()
        try store.save(next)
        store.unlock()
        return (journal, next)
    }

    @Test func aMissingFileWithABackupIsNeverBuriedUnderANewOne() throws {
        let folder = TemporaryFolder()
        _ = try Self.savedTwice(in: folder)
        let backup = folder.read("p.json.bak")
        unlink(folder.file("p.json"))
        // A history that does not start at the first change cannot stand in for the file.
        let history = try #require(folder.read("p.history.jsonl"))
        let firstLine = try #require(history.firstIndex(of: 0x0A))
        folder.write("p.history.jsonl", Array(history[(firstLine + 1)...]))
        let (missing, empty) = try PathwayStore.open(path: folder.file("p.json"), lock: true)
        #expect(missing.missingFound == folder.file("p.json.bak"))
        #expect(missing.notices.contains { $0.contains("p.json.bak") })
        var fresh = empty
        _ = try fresh.record(.note(.step1, text: "new"), clock: Fixtures.clock).get()
        #expect(throws: StoreError.missingWithBackup(path: folder.file("p.json"), found: folder.file("p.json.bak"))) {
            try missing.save(fresh)
        }
        #expect(folder.read("p.json.bak") == backup)
        #expect(folder.read("p.json") == nil)
    }

    @Test func aMissingFileIsRebuiltFromAHistoryThatStartsAtTheBeginning() throws {
        let folder = TemporaryFolder()
        let (journal, next) = try Self.savedTwice(in: folder)
        unlink(folder.file("p.json"))
        unlink(folder.file("p.json.bak"))
        // Reading only: rebuilt in memory, nothing written.
        let (reader, seen) = try PathwayStore.open(path: folder.file("p.json"), lock: false)
        #expect(seen.pathway == next.pathway)
        #expect(reader.rebuiltFromHistory == next.head.seq)
        #expect(reader.notices.contains { $0.contains("missing") && $0.contains("p.history.jsonl") })
        #expect(folder.read("p.json") == nil)
        // Opened to change: written back at once, and changes go on from there.
        let (writer, rebuilt) = try PathwayStore.open(path: folder.file("p.json"), lock: true)
        #expect(rebuilt.pathway == next.pathway)
        #expect(folder.read("p.json") != nil)
        var more = rebuilt
        _ = try more.undo().get()
        try writer.save(more)
        writer.unlock()
        let (_, reopened) = try PathwayStore.open(path: folder.file("p.json"), lock: false)
        #expect(reopened.pathway == journal.pathway)
        #expect(HistoryAudit.firstProblem(in: reopened) == nil)
    }

    @Test(arguments: ["fifo", "/dev/zero", "/dev/urandom", "folder"])
    func onlyRegularFilesAreRead(_ kind: String) throws {
        let folder = TemporaryFolder()
        var path = folder.file("p.json")
        switch kind {
        case "fifo": mkfifo(path, 0o600)
        case "folder": mkdir(path, 0o700)
        default: path = kind
        }
        // A FIFO would block the read forever; the error must come at once.
        do {
            _ = try PathwayStore.open(path: path, lock: false)
            Issue.record("\(kind) was read")
        } catch {
            guard case .notRegularFile = error else {
                Issue.record("\(kind): \(error)")
                return
            }
            #expect(error.isUnreadableContent)
        }
    }

    @Test func anAbsurdlyLargeFileIsRefusedWithoutReadingIt() throws {
        let folder = TemporaryFolder()
        let descriptor = open(folder.file("p.json"), O_WRONLY | O_CREAT, 0o600)
        ftruncate(descriptor, off_t(PathwayDocument.sizeLimit + 1))
        close(descriptor)
        #expect(
            throws: StoreError.tooLarge(
                path: folder.file("p.json"), size: PathwayDocument.sizeLimit + 1, limit: PathwayDocument.sizeLimit)
        ) {
            _ = try PathwayStore.open(path: folder.file("p.json"), lock: false)
        }
    }

    @Test func aLockFileDeletedWhileHeldStopsTheWriterThatLostIt() throws {
        let folder = TemporaryFolder()
        let (holder, journal) = try HistoryFileTests.saved(Self.changes, in: folder)
        unlink(folder.file("p.json.lock"))
        // A second instance now locks a new lock file...
        let (second, _) = try PathwayStore.open(path: folder.file("p.json"), lock: true)
        // ...so the first may no longer write.
        var next = journal
        _ = try next.record(.note(.step1, text: "lost?"), clock: Fixtures.clock).get()
        #expect(throws: StoreError.self) { try holder.save(next) }
        second.unlock()
    }

    @Test func aReloadTakesBackALockFileDeletedWhileHeld() throws {
        let folder = TemporaryFolder()
        let (holder, _) = try HistoryFileTests.saved(Self.changes, in: folder)
        unlink(folder.file("p.json.lock"))
        var next = try holder.reload()
        _ = try next.record(.note(.step1, text: "kept"), clock: Fixtures.clock).get()
        try holder.save(next)
        // The lock is really held again: a second writer is turned away.
        #expect(throws: StoreError.self) { _ = try PathwayStore.open(path: folder.file("p.json"), lock: true) }
        holder.unlock()
        let (_, reread) = try PathwayStore.open(path: folder.file("p.json"), lock: false)
        #expect(reread.pathway == next.pathway)
    }

    @Test(arguments: ["fifo", "/dev/zero"])
    func noLockFileIsMadeBesideWhatIsNotARegularFile(_ target: String) throws {
        let folder = TemporaryFolder()
        let path = target == "fifo" ? folder.file("p.json") : target
        if target == "fifo" { mkfifo(path, 0o600) }
        #expect(throws: StoreError.self) { _ = try PathwayStore.open(path: path, lock: true) }
        #expect(access(path + ".lock", F_OK) != 0)
    }

    @Test func aFailedSaveLeavesNoHardLinkAndStaleTemporariesAreCleaned() throws {
        let folder = TemporaryFolder()
        let (store, journal) = try HistoryFileTests.saved(Self.changes, in: folder)
        // A temporary file left by a process that was killed (no process has this id).
        folder.write(".p.json.tmp-4999999-dead", Array("junk".utf8))
        folder.write(".p.json.tmp-\(getpid())-live", Array("busy".utf8))
        folder.write(".p.json.bak.tmp-4999998-dead", Array("junk".utf8))
        var next = journal
        _ = try next.record(.note(.step1, text: "x"), clock: Fixtures.clock).get()
        store.beforeRename = { () throws(StoreError) in
            throw .io(path: "p.json", operation: "write", reason: "disk full")
        }
        #expect(throws: StoreError.self) { try store.save(next) }
        var info = stat()
        stat(folder.file("p.json"), &info)
        #expect(info.st_nlink == 1)
        stat(folder.file("p.json.bak"), &info)
        #expect(info.st_nlink == 1)
        let names = try StoreTests().listing(folder.path)
        #expect(!names.contains(".p.json.tmp-4999999-dead"))
        #expect(!names.contains(".p.json.bak.tmp-4999998-dead"))
        #expect(names.contains(".p.json.tmp-\(getpid())-live"))
        #expect(names.filter { $0.contains(".tmp-") }.count == 1)
    }

    @Test func everyCreatedFileIsPrivate() throws {
        let folder = TemporaryFolder()
        let (store, journal) = try HistoryFileTests.saved(Self.changes, in: folder)
        var next = journal
        _ = try next.record(.note(.step1, text: "x"), clock: Fixtures.clock).get()
        try store.save(next)
        for name in ["p.json", "p.json.bak", "p.json.lock", "p.history.jsonl"] {
            #expect(mode(folder.file(name)) == 0o600, "\(name)")
        }
        let nested = folder.file("a/b/p.json")
        let (deep, _) = try PathwayStore.open(path: nested, lock: true)
        _ = deep
        #expect(mode(folder.file("a")) == 0o700)
    }

    func decodeError(_ bytes: [UInt8]) -> StoreError? {
        do {
            _ = try PathwayDocument.decode(bytes, path: "p.json")
            return nil
        } catch {
            return error
        }
    }

    static func snapshotText() throws -> String {
        String(decoding: Fixtures.snapshot(try Fixtures.journal(changes)), as: UTF8.self)
    }

    @Test func utf16And32WithoutAByteOrderMarkAreRefused() throws {
        let text = try Self.snapshotText()
        let utf16 = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let utf32 = text.unicodeScalars.flatMap { scalar in
            [UInt8(scalar.value & 0xFF), UInt8((scalar.value >> 8) & 0xFF), UInt8((scalar.value >> 16) & 0xFF), 0]
        }
        for bytes in [utf16, utf32] {
            guard case .notUTF8? = decodeError(bytes) else {
                Issue.record("accepted: \(String(describing: decodeError(bytes)))")
                continue
            }
        }
    }

    /// ASCII is checked eight bytes at a time: a bad byte is found at its own offset wherever it
    /// falls in or after such a run, and characters of every length are let through.
    @Test func theFirstByteThatIsNotUTF8IsFoundWhereverItIs() {
        for offset in 0..<24 {
            var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 32)
            bytes[offset] = 0xFF
            #expect(PathwayDocument.firstInvalidUTF8(bytes) == offset)
            bytes[offset] = 0xC3  // the lead byte of "é", cut off by the "a" after it
            #expect(PathwayDocument.firstInvalidUTF8(bytes) == offset)
            let good = Array(String(repeating: "a", count: offset).utf8) + Array("é東🩺".utf8) + Array("abcdefghij".utf8)
            #expect(PathwayDocument.firstInvalidUTF8(good) == nil)
        }
    }

    @Test func aLeapSecondAtTheEndOfTimeIsRefusedNotRewritten() throws {
        #expect(Timestamp(parsing: "9999-12-31T23:59:60Z") == nil)
        let text = try Self.snapshotText()
        let bad = text.replacingOccurrences(
            "\"lastAt\" : \"2026-11-26T12:00:00Z\"", "\"lastAt\" : \"9999-12-31T23:59:60Z\"")
        #expect(bad != text)
        guard case .invalid(_, let location, _)? = decodeError(Array(bad.utf8)) else {
            Issue.record("accepted a leap second")
            return
        }
        #expect(location == "history.lastAt")
    }

    /// A hand-edited word that is none of its values is named once, with the values it can take,
    /// not in the decoder's own words.
    @Test func aMistypedWordIsNamedWithTheValuesItCanTake() throws {
        let text = try Self.snapshotText()
        let bad = text.replacingOccurrences("\"status\" : \"passed\"", "\"status\" : \"pased\"")
        #expect(bad != text)
        guard case .invalid(_, let location, let reason)? = decodeError(Array(bad.utf8)) else {
            Issue.record("accepted a mistyped status")
            return
        }
        #expect(location.hasSuffix(".status") && !reason.contains(location), "\(location): \(reason)")
        #expect(reason.hasPrefix("\"pased\" is not one of: notStarted, registered, scheduled, passed"), "\(reason)")
    }

    @Test func unknownFieldsAreRefusedNotDropped() throws {
        let text = try Self.snapshotText()
        let extra = text.replacingOccurrences(
            "\"generator\" : \"imgpath\",", "\"generator\" : \"imgpath\",\n  \"plans\" : [1],")
        #expect(
            decodeError(Array(extra.utf8))
                == .invalid(
                    path: "p.json", location: "plans",
                    reason:
                        "imgpath does not know this field (written by a newer version or by hand?); saving would drop it, so the file is not read"
                ))
        let nested = text.replacingOccurrences(
            "\"name\" : \"Amara Okafor\"", "\"name\" : \"Amara Okafor\", \"pronouns\" : \"she\"")
        guard case .invalid(_, let location, _)? = decodeError(Array(nested.utf8)) else {
            Issue.record("accepted an unknown nested field")
            return
        }
        #expect(location == "profile.pronouns")
    }

    @Test func duplicateDeadlineIDsAreRefused() throws {
        let journal = try Fixtures.journal(Self.changes + [.addDeadline(.eras, "Second", Fixtures.day("2027-07-16"))])
        let text = String(decoding: Fixtures.snapshot(journal), as: UTF8.self).replacingOccurrences(
            "\"dl-2\"", "\"dl-1\"")
        guard case .invalid(_, let location, let reason)? = decodeError(Array(text.utf8)) else {
            Issue.record("duplicate deadline ids loaded")
            return
        }
        #expect(location == "deadlines[1].id")
        #expect(reason.contains("dl-1"))
    }
}
