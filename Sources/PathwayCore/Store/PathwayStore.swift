#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The pathway on disk: a small snapshot (`pathway.json`) and an append-only history beside it
/// (`pathway.history.jsonl`), read and written so that a crash, a second instance or another
/// program never costs a change silently.
///
/// A change commits by appending its history line and fsyncing it, then replacing the snapshot
/// (temporary file, fsync, rename, folder fsync). Opening reads the snapshot and only the history
/// lines it does not include yet (normally none: the line it names is checked, the lines after it
/// are rolled forward); a torn last line from an interrupted append is ignored and cut off by the
/// next append. A writer holds an `flock` on `<file>.lock`; the previous snapshot stays as
/// `<file>.bak`.
public final class PathwayStore {
    /// The snapshot's path; when `--file` names a symlink, its target, so saves replace the real
    /// file and leave the link alone.
    public let path: String
    /// The path as given.
    public let requestedPath: String
    /// Problems that did not stop the file from opening (a torn last history line), for the
    /// person to read.
    public private(set) var warnings: [String] = []
    /// Why changes cannot be saved here (a read-only file system), when they cannot.
    public private(set) var readOnlyReason: String?
    /// Set when a schema 1 file was converted; names where its original bytes are kept.
    public private(set) var migratedOriginal: String?
    /// What was found in place of a missing snapshot (its backup or history), if anything.
    public private(set) var missingFound: String?
    /// Set when the snapshot was missing and was rebuilt from its history: how many lines the
    /// history holds. Written to disk when the store holds the lock, kept in memory otherwise.
    public private(set) var rebuiltFromHistory: Int?
    /// Test hook: runs after the new snapshot is written and before it is renamed into place.
    var beforeRename: (() throws(StoreError) -> Void)?
    /// Test hook: runs after the history line is appended and before the snapshot is written.
    var afterAppend: (() throws(StoreError) -> Void)?
    /// Test hook: false models a process killed in the middle of a save, which takes nothing back.
    var takesBackOnFailure = true
    /// What the last save could not write although the change is saved (the snapshot, when the
    /// history line could be neither completed nor taken back); nil after a clean save.
    public private(set) var saveWarning: String?

    /// Set when the programs' file was missing and the programs were rebuilt from the history.
    public private(set) var programsRebuilt = false
    /// Where the snapshot's glance at the programs differs from the programs' whole list (a file
    /// edited by hand); found when the whole list is read.
    public private(set) var programListProblems: [String] = []

    /// The snapshot's bytes as last read or written; nil when there is no snapshot yet.
    private var knownSnapshot: [UInt8]?
    /// Where the snapshot on disk keeps its programs (nil: no snapshot yet).
    private var knownLayout: PathwayDocument.ProgramLayout?
    /// The programs' file as last read or written: its place in the history, size and a hash of
    /// its bytes (to see a change made by another program); nil when there is none.
    private var knownPrograms: (position: ProgramDocument.Position, size: Int, hash: Int)?
    /// Whether lines after the programs' file changed programs, so the file is behind the history.
    private var programsBehind = false
    /// The glance and the programs in play of the pathway last saved, kept while changes leave
    /// the programs, the letters and the rank order list alone: a milestone change then counts
    /// nothing again, however many programs there are.
    private var counted: (glance: ProgramGlance, inPlay: [Program])?
    /// The history as last read or written: its valid end and pointers, its size (a torn tail
    /// included) and its identity.
    private var savedHead: HistoryHead
    private var historySize: Int64 = 0
    private var historyIdentity: (device: UInt64, inode: UInt64)?
    private var lockDescriptor: Int32 = -1
    private var lockIdentity: (device: UInt64, inode: UInt64)?

    /// How much of the history is on disk as far as this store knows.
    public var writtenHistoryBytes: Int64 { savedHead.bytes }

    public var backupPath: String { path + ".bak" }
    public var lockPath: String { path + ".lock" }
    /// `pathway.json` -> `pathway.history.jsonl`.
    public var historyPath: String { PathwayStore.historyPath(for: path) }
    /// Where the snapshot on disk keeps its programs (nil: no snapshot yet).
    public var layoutOnDisk: PathwayDocument.ProgramLayout? { knownLayout }
    /// The programs' own file, beside the snapshot.
    public var programsPath: String { ProgramDocument.path(for: path) }
    /// Whether the snapshot existed when read (or has been saved since).
    public var fileExists: Bool { knownSnapshot != nil }
    /// Whether this store may save (it holds the lock and the folder is writable).
    public var isWritable: Bool { readOnlyReason == nil }

    /// A snapshot larger than this is not one imgpath wrote.
    static var sizeLimit: Int64 { PathwayDocument.sizeLimit }

    private init(path: String, requestedPath: String) {
        self.path = path
        self.requestedPath = requestedPath
        self.savedHead = HistoryHead(log: "")
    }

    deinit {
        if lockDescriptor >= 0 { close(lockDescriptor) }
    }

    public static func historyPath(for path: String) -> String {
        (path.hasSuffix(".json") ? String(path.dropLast(5)) : path) + ".history.jsonl"
    }

    /// Opens the pair of files; with `lock`, takes the writer's lock first. A missing file gives
    /// an empty journal; it is created on the first save. Where the lock cannot be created
    /// because the place is read-only, the store opens read-only (`readOnlyReason`).
    ///
    /// With `allPrograms` false, the journal's pathway may hold only the programs in play and
    /// the glance at the rest (`Pathway.hasAllPrograms`): enough for the first screen, `status`,
    /// the plan and milestone changes, and read in the same time however many programs there
    /// are. `readAllPrograms` completes it.
    public static func open(path: String, lock: Bool, allPrograms: Bool = true) throws(StoreError) -> (
        PathwayStore, Journal
    ) {
        let store = PathwayStore(path: resolveLinks(path), requestedPath: path)
        // No lock file beside a device, a FIFO or a folder: only a regular file is a pathway.
        var info = stat()
        if stat(store.path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            throw .notRegularFile(path: store.path, kind: ReadOnlyFile.kind(info.st_mode))
        }
        if lock {
            do {
                try store.acquireLock()
            } catch .readOnly(_, let reason) {
                store.readOnlyReason = reason
            }
        }
        let journal = try store.load(migrate: lock && store.readOnlyReason == nil, allPrograms: allPrograms)
        return (store, journal)
    }

    /// Reads the files again, for example after another program changed them, and adopts them as
    /// the version that saves are checked against.
    public func reload() throws(StoreError) -> Journal {
        warnings = []
        // A lock file removed or replaced meanwhile is taken again, so saves can go on.
        if lockDescriptor >= 0, !holdsLock {
            unlock()
            try acquireLock()
        }
        return try load(migrate: lockDescriptor >= 0, allPrograms: true)
    }

    /// Puts the whole list of programs in a journal opened with only those in play: the programs'
    /// file, brought up to date with the history lines written after it. Does nothing to a
    /// journal that has them all.
    public func readAllPrograms(_ journal: inout Journal) throws(StoreError) {
        guard !journal.pathway.hasAllPrograms, let log = journal.log else { return }
        var pathway = journal.pathway
        // completePrograms counted the whole list: the next save need not count it again.
        try completePrograms(&pathway, upTo: journal.head, log: log)
        journal.replacePathway(pathway)
    }

    /// Releases the lock; the store can still be read but should not be saved.
    public func unlock() {
        if lockDescriptor >= 0 { close(lockDescriptor) }
        lockDescriptor = -1
    }

    /// What a person should know on opening, one sentence each: a read-only place, a missing
    /// file with its backup, a conversion, a torn history line.
    public var notices: [String] {
        var list: [String] = []
        if let readOnlyReason { list.append("Read-only, changes are not saved (\(readOnlyReason)): \(path)") }
        if let missingFound {
            list.append("\(path) is missing but \(missingFound) is there; restore it before making changes")
        }
        if let rebuiltFromHistory {
            let lines = rebuiltFromHistory == 1 ? "1 history line" : "\(rebuiltFromHistory) history lines"
            list.append(
                fileExists
                    ? "\(path) was missing; rebuilt it from \(historyPath) (\(lines))"
                    : "\(path) is missing; shown as rebuilt from \(historyPath) (\(lines)), "
                        + "which the next change or opening the screen writes back")
        }
        if programsRebuilt {
            list.append("\(programsPath) was missing; the programs were rebuilt from \(historyPath)")
        }
        if let migratedOriginal {
            list.append("Converted \(path) to the new format; the original is kept as \(migratedOriginal)")
        }
        return list + warnings
    }

    // MARK: - Reading

    private func load(migrate: Bool, allPrograms: Bool) throws(StoreError) -> Journal {
        let log = HistoryLog(path: historyPath)
        missingFound = nil
        rebuiltFromHistory = nil
        counted = nil
        programsRebuilt = false
        programListProblems = []
        guard let file = try ReadOnlyFile.openIfPresent(path) else {
            knownSnapshot = nil
            knownLayout = nil
            knownPrograms = nil
            programsBehind = true
            if exists(historyPath), let rebuilt = try rebuild(from: log, write: migrate) { return rebuilt }
            if exists(backupPath) {
                missingFound = backupPath
            } else if exists(historyPath) {
                missingFound = historyPath
            }
            let journal = Journal(pathway: Pathway(), head: HistoryHead(log: Journal.newLogID()), log: log)
            savedHead = journal.head
            historySize = 0
            historyIdentity = nil
            return journal
        }
        let bytes: [UInt8]
        do {
            defer { file.close() }
            bytes = try file.readAll(limit: PathwayStore.sizeLimit)
        }
        switch try PathwayDocument.decode(bytes, path: path) {
        case .current(let pathway, let head, let layout):
            knownSnapshot = bytes
            knownLayout = layout
            knownPrograms = nil
            // A schema 2 snapshot holds every program; the next save gives them their file.
            programsBehind = layout == .inline
            return try readHistory(pathway: pathway, head: head, log: log, allPrograms: allPrograms)
        case .legacy(let history, let redo):
            var journal = Journal.migrating(
                history: history, redo: redo, logID: PathwayStore.logID(of: bytes), log: log)
            if migrate {
                try writeMigration(original: bytes, journal: journal)
                journal = journal.saved()
            } else {
                // Read-only use converts in memory and leaves the file as it is.
                knownSnapshot = bytes
                knownLayout = .inline
                savedHead = HistoryHead(log: journal.head.log)
                historySize = 0
            }
            return journal
        }
    }

    /// The pathway a history that starts at its first change describes, for a snapshot that is
    /// missing (a kill during the very first save, or a deleted file): every line applied in
    /// order. With `write`, the snapshot is written at once. Nil when the history does not start
    /// at the beginning or its lines do not follow each other: then it cannot stand in for the
    /// snapshot, and the person is asked to restore the file.
    private func rebuild(from log: HistoryLog, write: Bool) throws(StoreError) -> Journal? {
        let (size, lastLineEnd) = try log.tail()
        guard lastLineEnd > 0 else { return nil }
        var journal: Journal?
        do {
            try log.forEach(from: 0, to: lastLineEnd) { located in
                var next = journal ?? Journal(pathway: Pathway(), head: HistoryHead(log: located.line.log), log: log)
                guard located.line.log == next.head.log, located.line.seq == next.head.seq + 1 else {
                    throw StoreError.history(
                        path: historyPath, location: "byte \(located.offset)", reason: "out of order")
                }
                next.rollForward(located.line, length: located.length)
                journal = next
            }
        } catch {
            return nil
        }
        guard let journal else { return nil }
        var info = stat()
        guard lstat(historyPath, &info) == 0 else { return nil }
        savedHead = journal.head
        historySize = size
        historyIdentity = (UInt64(info.st_dev), UInt64(info.st_ino))
        rebuiltFromHistory = journal.head.seq
        if write {
            try checkLockStillHeld()
            let snapshot = encodeSnapshot(journal)
            AtomicFile.removeStale(for: path)
            try self.write(snapshot, to: path, hook: nil)
            knownSnapshot = snapshot
            knownLayout = .separate(file: programsFileName)
        }
        knownPrograms = nil
        programsBehind = true
        if write { checkpointPrograms(journal) }
        return journal
    }

    /// Checks the history against the snapshot and rolls forward the lines the snapshot does not
    /// include yet, reading only those and the one line the snapshot names.
    private func readHistory(pathway read: Pathway, head: HistoryHead, log: HistoryLog, allPrograms: Bool)
        throws(StoreError) -> Journal
    {
        var pathway = read
        guard let file = try ReadOnlyFile.openIfPresent(historyPath) else {
            guard head.seq == 0 else {
                throw .history(
                    path: historyPath, location: "(the whole file)",
                    reason: "it is missing, but \(path) includes \(head.seq) history lines; restore it from a backup")
            }
            savedHead = head
            historySize = 0
            historyIdentity = nil
            if allPrograms { try completePrograms(&pathway, upTo: head, log: log) }
            return Journal(pathway: pathway, head: head, log: log)
        }
        let size = file.size
        historyIdentity = (file.device, file.inode)
        file.close()
        guard size >= head.bytes else {
            throw .history(
                path: historyPath, location: "its end (byte \(size))",
                reason: "\(path) includes \(head.bytes) bytes of history: the snapshot is newer than this history, "
                    + "or the history was cut short or replaced")
        }
        try checkLine(endingAt: head.bytes, seq: head.seq, log: head.log, namedBy: path, in: log)
        let (_, lastLineEnd) = try log.tail()
        // Lines the snapshot does not include yet may change programs: those are rolled forward
        // onto the whole list.
        if allPrograms || lastLineEnd > head.bytes { try completePrograms(&pathway, upTo: head, log: log) }
        var journal = Journal(pathway: pathway, head: head, log: log)
        if lastLineEnd > head.bytes {
            do {
                try log.forEach(from: head.bytes, to: lastLineEnd) { located throws(StoreError) in
                    let identity = HistoryLog.Identity(seq: located.line.seq, log: located.line.log)
                    try check(
                        identity, at: located.offset, log: head.log, seq: journal.head.seq + 1,
                        against: "the line before it")
                    journal.rollForward(located.line, length: located.length)
                }
            } catch let error as StoreError {
                throw error
            } catch {
                throw .history(path: historyPath, location: "after byte \(head.bytes)", reason: "\(error)")
            }
            // Counted before the lines rolled forward, which may have changed the programs.
            counted = nil
        }
        if size > max(lastLineEnd, head.bytes) {
            warnings.append(
                "\(historyPath): the last line (from byte \(max(lastLineEnd, head.bytes))) is incomplete, left by an "
                    + "interrupted save; it is ignored and is cut off by the next change")
        }
        savedHead = journal.head
        historySize = size
        return journal
    }

    /// Replaces the programs in play with the whole list as it stands at `head`: the programs'
    /// file, then the program part of every history line after the one it names. Without the
    /// file, the list is empty when the glance counts none, and otherwise rebuilt from the whole
    /// history (which starts at the first change). A programs' file that is damaged, belongs to
    /// another history or is ahead of the snapshot is refused, naming the file, like a damaged
    /// snapshot: removing it rebuilds the list from the history.
    private func completePrograms(_ pathway: inout Pathway, upTo head: HistoryHead, log: HistoryLog)
        throws(StoreError)
    {
        guard let glance = pathway.programGlance else { return }
        var programs: [Program] = []
        // Where the list read stands in the history: applying starts after that line.
        var (from, fromSeq) = (head.bytes, head.seq)
        if let file = try ReadOnlyFile.openIfPresent(programsPath) {
            let bytes: [UInt8]
            do {
                defer { file.close() }
                bytes = try file.readAll(limit: PathwayStore.sizeLimit)
            }
            let (position, list) = try ProgramDocument.decode(bytes, path: programsPath)
            guard position.log == head.log else {
                throw .invalid(
                    path: programsPath, location: "history.log",
                    reason: "it belongs to another pathway (history \(position.log), \(path) expects \(head.log))")
            }
            guard position.bytes <= head.bytes, position.seq <= head.seq else {
                throw .invalid(
                    path: programsPath, location: "history",
                    reason: "it names history line \(position.seq), after \(path)'s last (\(head.seq)); "
                        + "it is not a file imgpath wrote with this snapshot; remove it to rebuild the programs "
                        + "from \(historyPath)")
            }
            try checkLine(endingAt: position.bytes, seq: position.seq, log: head.log, namedBy: programsPath, in: log)
            programs = list
            (from, fromSeq) = (position.bytes, position.seq)
            knownPrograms = (position, bytes.count, bytes.hashValue)
        } else if glance.count > 0 {
            (from, fromSeq) = (0, 0)
            programsRebuilt = true
        }
        var whole = pathway
        whole.programs = []
        for program in programs { whole.store(program) }
        var behind = false
        if from < head.bytes {
            var seq = fromSeq
            do {
                try log.forEach(from: from, to: head.bytes) { located throws(StoreError) in
                    let identity = HistoryLog.Identity(seq: located.line.seq, log: located.line.log)
                    try check(identity, at: located.offset, log: head.log, seq: seq + 1, against: "the line before it")
                    seq += 1
                    if located.line.after.holdsPrograms {
                        whole.restorePrograms(located.line.after)
                        behind = true
                    }
                }
            } catch let error as StoreError {
                throw error
            } catch {
                throw .history(path: historyPath, location: "after byte \(from)", reason: "\(error)")
            }
        }
        programsBehind = behind || programsRebuilt
        let found = ProgramGlance(programs: whole.programs, rankOrder: whole.rankOrder, letters: whole.letters)
        if found != glance {
            programListProblems.append(
                "\(path): the glance at the programs (programList.glance) does not match \(programsPath) "
                    + "and the history (\(glance.count) programs counted, \(found.count) found); "
                    + "the next change writes it again")
        }
        let inPlay = ProgramGlance.inPlay(whole.programs, rankOrder: whole.rankOrder)
        if inPlay != pathway.programs {
            programListProblems.append(
                "\(path): the programs in play (programList.inPlay) differ from those in \(programsPath) "
                    + "and the history; the next change writes them again")
        }
        whole.programGlance = nil
        pathway = whole
        // What the next save writes, unless a change touches the season first.
        counted = (found, inPlay)
    }

    /// Checks that the history line ending at `end` is line `seq` of history `log`, as the file
    /// `namer` says. The line's last bytes name it; the whole line is read only to say precisely
    /// what is wrong.
    private func checkLine(
        endingAt end: Int64, seq: Int, log: String, namedBy namer: String, in history: HistoryLog
    ) throws(StoreError) {
        guard seq > 0, try history.identityFromTail(endingAt: end) != HistoryLog.Identity(seq: seq, log: log)
        else { return }
        guard let named = try history.identity(endingAt: end) else {
            throw .history(path: historyPath, location: "byte \(end)", reason: "no line ends where \(namer) says")
        }
        try check(named.identity, at: named.offset, log: log, seq: seq, against: "\(namer) (sequence \(seq))")
    }

    private func check(_ line: HistoryLog.Identity, at offset: Int64, log: String, seq: Int, against: String)
        throws(StoreError)
    {
        guard line.log == log else {
            throw .history(
                path: historyPath, location: "byte \(offset)",
                reason: "this line belongs to another pathway file (history \(line.log), \(path) expects \(log))")
        }
        guard line.seq == seq else {
            throw .history(
                path: historyPath, location: "byte \(offset)",
                reason: "sequence number \(line.seq) where \(against) expects \(seq) "
                    + (line.seq > seq ? "(lines are missing)" : "(a line is repeated or out of order)"))
        }
    }

    // MARK: - Saving

    /// Appends the journal's new history lines and replaces the snapshot, keeping the old one as
    /// the backup. Refuses when either file changed since it was read.
    ///
    /// A refusal means nothing changed on disk: what is too large to read back is refused before
    /// anything is written, and if the backup or the snapshot cannot be written after the history
    /// line was appended, the line is taken back before the error is thrown. Only when even that
    /// fails is the change kept (the line is on disk, and the next open rolls it forward): the
    /// save then succeeds and `saveWarning` says what could not be written.
    public func save(_ journal: Journal) throws(StoreError) {
        saveWarning = nil
        if let readOnlyReason { throw .readOnly(path: path, reason: readOnlyReason) }
        if let missingFound { throw .missingWithBackup(path: path, found: missingFound) }
        // A new file takes the history identity of the journal saved into it.
        if knownSnapshot == nil, savedHead.bytes == 0, historyIdentity == nil {
            savedHead = HistoryHead(log: journal.head.log)
        }
        let lines = journal.unsaved(from: savedHead.bytes)
        guard journal.head.log == savedHead.log, (lines.first?.offset ?? journal.head.bytes) == savedHead.bytes else {
            throw .changedOnDisk(path: path)
        }
        // What the reader would refuse, the writer refuses first, before anything is written.
        if let long = lines.first(where: { $0.bytes.count > HistoryLog.lineLimit }) {
            throw .tooLargeToSave(
                path: historyPath, what: "this change's history line", size: Int64(long.bytes.count),
                limit: Int64(HistoryLog.lineLimit))
        }
        // A journal read with only the programs in play carries their glance unchanged, so it
        // saves only changes that leave the programs, the letters and the rank order list alone.
        assert(journal.pathway.hasAllPrograms || !lines.contains { $0.line.after.holdsSeason })
        if counted == nil || lines.contains(where: { $0.line.after.holdsSeason || $0.line.before.holdsSeason }) {
            counted = PathwayDocument.glanceAndInPlay(of: journal.pathway)
        }
        let snapshot = encodeSnapshot(journal)
        if snapshot.count > PathwayStore.sizeLimit {
            throw .tooLargeToSave(
                path: path, what: "the pathway file", size: Int64(snapshot.count), limit: PathwayStore.sizeLimit)
        }
        try makeFolder()
        try checkLockStillHeld()
        let onDisk = try ReadOnlyFile.openIfPresent(path).map { file throws(StoreError) in
            defer { file.close() }
            return try file.readAll(limit: PathwayStore.sizeLimit)
        }
        guard onDisk == knownSnapshot else { throw .changedOnDisk(path: path) }
        let before = (head: savedHead, size: historySize, identity: historyIdentity)
        do throws(StoreError) {
            if !lines.isEmpty {
                try append(lines.flatMap(\.bytes), head: journal.head)
                try afterAppend?()
            }
            if lines.contains(where: { $0.line.after.holdsPrograms }) { programsBehind = true }
            guard snapshot != knownSnapshot else { return }
            if knownLayout == .inline, let original = knownSnapshot { try keepOriginal(original, version: 2) }
            AtomicFile.removeStale(for: path)
            AtomicFile.removeStale(for: backupPath)
            // The backup is a convenience copy: it is not flushed on its own (the snapshot's
            // folder flush below covers its rename), which saves two of the five flushes of a change.
            if let old = knownSnapshot { try write(old, to: backupPath, durable: false, hook: nil) }
            try write(snapshot, to: path, hook: beforeRename)
        } catch {
            guard !lines.isEmpty, savedHead.bytes != before.head.bytes, takesBackOnFailure else { throw error }
            if takeBack(to: before.head.bytes) {
                (savedHead, historySize, historyIdentity) = before
                throw error
            }
            // The line stays: the change is saved in the history, and the snapshot catches up at
            // the next save or open.
            saveWarning =
                "saved in \(historyPath), but \(error.reason); \(path) is brought up to date at the next change or start"
            return
        }
        knownSnapshot = snapshot
        knownLayout = .separate(file: programsFileName)
        checkpointPrograms(journal)
    }

    /// The programs' file's name as the snapshot records it.
    private var programsFileName: String { programsPath.split(separator: "/").last.map(String.init) ?? "" }

    private func encodeSnapshot(_ journal: Journal) -> [UInt8] {
        PathwayDocument.encode(
            journal.pathway, head: journal.head,
            historyFile: historyPath.split(separator: "/").last.map(String.init) ?? "", programFile: programsFileName,
            counted: counted)
    }

    /// Below this much history since the programs' file, the file is not rewritten: reading it
    /// back costs applying at most this many bytes of lines.
    static let programsCheckpointMinimum: Int64 = 16 << 10

    /// Rewrites the programs' file when the history lines after it that a full read must apply
    /// have grown past half the file's size (at least `programsCheckpointMinimum`), and at once
    /// when there are programs but no file yet. So a change to one program of thousands costs a
    /// history line and the small snapshot, and the whole list is written once per many changes.
    ///
    /// The file is written after the snapshot, so it is never ahead of it. It is a checkpoint:
    /// the history holds every change to the programs, so a failure to write it loses nothing
    /// (it is tried again at the next change), and a file another program changed meanwhile is
    /// left alone for `check` to report.
    private func checkpointPrograms(_ journal: Journal) {
        let pathway = journal.pathway
        guard pathway.hasAllPrograms, programsBehind else { return }
        if let known = knownPrograms {
            let since = journal.head.bytes - known.position.bytes
            guard since >= max(PathwayStore.programsCheckpointMinimum, Int64(known.size / 2)) else { return }
            let onDisk = try? ReadOnlyFile.openIfPresent(programsPath).map { file throws(StoreError) in
                defer { file.close() }
                return try file.readAll(limit: PathwayStore.sizeLimit)
            }
            guard let current = onDisk ?? nil, current.count == known.size, current.hashValue == known.hash else {
                return
            }
        } else if pathway.programs.isEmpty {
            return
        }
        let position = ProgramDocument.Position(log: journal.head.log, seq: journal.head.seq, bytes: journal.head.bytes)
        let bytes = ProgramDocument.encode(pathway.programs, at: position)
        guard bytes.count <= PathwayStore.sizeLimit else { return }
        AtomicFile.removeStale(for: programsPath)
        do {
            try write(bytes, to: programsPath, hook: nil)
        } catch {
            return
        }
        knownPrograms = (position, bytes.count, bytes.hashValue)
        programsBehind = false
    }

    /// Keeps a file's bytes as they were before it was converted to the current schema, beside
    /// it (`pathway.json.v2.bak`), unless the same bytes are kept there already.
    private func keepOriginal(_ original: [UInt8], version: Int) throws(StoreError) {
        var keep = path + ".v\(version).bak"
        if let existing = try? ReadOnlyFile.openIfPresent(keep) {
            let same = (try? existing.readAll(limit: PathwayStore.sizeLimit)) == original
            existing.close()
            if same { return }
            keep = path + ".v\(version)-\(savedHead.log).bak"
        }
        try write(original, to: keep, hook: nil)
        migratedOriginal = keep
    }

    /// Cuts the history back to `length` bytes and flushes it: the lines of a change whose
    /// snapshot could not be written. False when the file cannot be cut.
    private func takeBack(to length: Int64) -> Bool {
        let descriptor = Glibc.open(historyPath, O_RDWR | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return ftruncate(descriptor, off_t(length)) == 0 && fsync(descriptor) == 0
    }

    /// Appends to the history after checking it is the file that was read, cutting off a torn
    /// tail first; on failure the file is cut back to where it was.
    private func append(_ bytes: [UInt8], head: HistoryHead) throws(StoreError) {
        var descriptor = Glibc.open(historyPath, O_RDWR | O_NOFOLLOW | O_CLOEXEC)
        var created = false
        if descriptor < 0, errno == ENOENT {
            descriptor = Glibc.open(historyPath, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            created = true
        }
        guard descriptor >= 0 else { throw PathwayStore.failure(historyPath, "open the history") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw PathwayStore.failure(historyPath, "open the history") }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw .notRegularFile(path: historyPath, kind: ReadOnlyFile.kind(info.st_mode))
        }
        let identity = (device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        if let known = historyIdentity {
            guard known == identity, Int64(info.st_size) == historySize else { throw .changedOnDisk(path: historyPath) }
        } else if !created || info.st_size != 0 || savedHead.bytes != 0 {
            throw .changedOnDisk(path: historyPath)
        }
        let start = savedHead.bytes
        if Int64(info.st_size) > start, ftruncate(descriptor, off_t(start)) != 0 {
            throw PathwayStore.failure(historyPath, "cut off the incomplete last line")
        }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                pwrite(
                    descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written,
                    off_t(start) + off_t(written))
            }
            if result < 0 {
                if errno == EINTR { continue }
                let error = PathwayStore.failure(historyPath, "append to the history")
                _ = ftruncate(descriptor, off_t(start))
                throw error
            }
            written += result
        }
        if fsync(descriptor) != 0 {
            let error = PathwayStore.failure(historyPath, "flush the history to disk")
            _ = ftruncate(descriptor, off_t(start))
            throw error
        }
        if created { AtomicFile.syncFolder(of: historyPath) }
        historyIdentity = identity
        historySize = start + Int64(bytes.count)
        savedHead = head
    }

    /// Converts a schema 1 file: its original bytes are kept beside it, then the history is
    /// written, then the snapshot. Interrupted anywhere, the next open converts again.
    private func writeMigration(original: [UInt8], journal: Journal) throws(StoreError) {
        try checkLockStillHeld()
        var keep = path + ".v1.bak"
        if let existing = try? ReadOnlyFile.openIfPresent(keep) {
            let same = (try? existing.readAll(limit: PathwayStore.sizeLimit)) == original
            existing.close()
            if !same { keep = path + ".v1-\(journal.head.log).bak" }
        }
        try write(original, to: keep, hook: nil)
        if exists(historyPath) {
            let log = HistoryLog(path: historyPath)
            let (_, end) = try log.tail()
            if let last = try log.newestFirst(endingAt: end, limit: 1).first, last.line.log != journal.head.log {
                throw .history(
                    path: historyPath, location: "byte \(last.offset)",
                    reason: "a history of another pathway is already here; move it away to convert \(path)")
            }
        }
        try write(journal.pending.flatMap(\.bytes), to: historyPath, hook: nil)
        let snapshot = encodeSnapshot(journal)
        try write(snapshot, to: path, hook: nil)
        knownSnapshot = snapshot
        knownLayout = .separate(file: programsFileName)
        knownPrograms = nil
        programsBehind = true
        savedHead = journal.head
        historySize = journal.head.bytes
        var info = stat()
        historyIdentity = lstat(historyPath, &info) == 0 ? (UInt64(info.st_dev), UInt64(info.st_ino)) : nil
        migratedOriginal = keep
        checkpointPrograms(journal)
    }

    private func write(
        _ bytes: [UInt8], to target: String, durable: Bool = true, hook: (() throws(StoreError) -> Void)?
    ) throws(StoreError) {
        var hookError: StoreError?
        do throws(AtomicFile.Failure) {
            try AtomicFile.write(bytes, to: target, durable: durable) { () throws(AtomicFile.Failure) in
                do throws(StoreError) {
                    try hook?()
                } catch {
                    hookError = error
                    throw AtomicFile.Failure(
                        path: target, operation: "replace the file", reason: error.description, code: 0)
                }
            }
        } catch {
            if let hookError { throw hookError }
            throw PathwayStore.translate(error)
        }
    }

    static func translate(_ failure: AtomicFile.Failure) -> StoreError {
        if failure.code == EROFS { return .readOnly(path: failure.path, reason: failure.reason) }
        return .io(path: failure.path, operation: failure.operation, reason: failure.reason)
    }

    // MARK: - Lock

    /// Takes the lock on `<file>.lock`, never following a symlink there, and makes sure the
    /// locked file is still the one at that path (someone may delete or replace it meanwhile).
    private func acquireLock() throws(StoreError) {
        try makeFolder()
        for _ in 0..<20 {
            let descriptor = Glibc.open(lockPath, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else {
                let code = errno
                if code == EROFS || code == EACCES || code == EPERM {
                    throw .readOnly(path: path, reason: String(cString: strerror(code)))
                }
                if code == ELOOP {
                    throw .io(
                        path: lockPath, operation: "open the lock file",
                        reason: "it is a symbolic link, which imgpath never follows")
                }
                throw .io(path: lockPath, operation: "create the lock file", reason: String(cString: strerror(code)))
            }
            var info = stat()
            guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
                close(descriptor)
                throw .notRegularFile(path: lockPath, kind: ReadOnlyFile.kind(info.st_mode))
            }
            if !Self.lockSoon(descriptor) {
                let code = errno
                var holder = [UInt8](repeating: 0, count: 32)
                let count = holder.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
                close(descriptor)
                guard code == EWOULDBLOCK else {
                    throw .io(path: lockPath, operation: "lock", reason: String(cString: strerror(code)))
                }
                let pid = String(decoding: holder.prefix(max(0, count)), as: UTF8.self).trimmingSpaces()
                throw .locked(path: path, holder: pid.isEmpty ? "another process" : "process \(pid)")
            }
            let identity = (device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
            var current = stat()
            guard lstat(lockPath, &current) == 0, UInt64(current.st_dev) == identity.device,
                UInt64(current.st_ino) == identity.inode
            else {
                // Locked a file that is no longer at the path: another instance would lock the
                // new one, and both would write. Try again with whatever is there now.
                close(descriptor)
                continue
            }
            // Record who holds the lock, so a second instance can say so. Written over the last
            // holder's number and cut only if that was longer: truncating a file to nothing frees
            // its block, which costs a journal transaction on ext4 (a third of a millisecond at
            // every start), where overwriting a few bytes in place does not.
            let pid = Array("\(getpid())\n".utf8)
            _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
            var written = stat()
            if fstat(descriptor, &written) == 0, written.st_size > off_t(pid.count) {
                _ = ftruncate(descriptor, off_t(pid.count))
            }
            lockDescriptor = descriptor
            lockIdentity = identity
            return
        }
        throw .io(path: lockPath, operation: "lock", reason: "the lock file keeps being replaced")
    }

    /// Takes the lock, waiting up to a fifth of a second for a holder that is letting go: an
    /// imgpath just quitting, or a program it started (an editor) between its start and the
    /// moment it closes what it inherited. Another instance that stays open is still reported at
    /// once to a person, and never waited for longer.
    private static func lockSoon(_ descriptor: Int32) -> Bool {
        for _ in 1..<20 {
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return true }
            guard errno == EWOULDBLOCK else { return false }
            usleep(10_000)
        }
        return flock(descriptor, LOCK_EX | LOCK_NB) == 0
    }

    /// Whether the lock file at the path is still the one this store locked.
    private var holdsLock: Bool {
        guard lockDescriptor >= 0, let lockIdentity else { return false }
        var current = stat()
        return lstat(lockPath, &current) == 0 && UInt64(current.st_dev) == lockIdentity.device
            && UInt64(current.st_ino) == lockIdentity.inode
    }

    /// Before writing: the lock file must still be the one locked, or another instance may be
    /// writing too.
    private func checkLockStillHeld() throws(StoreError) {
        guard lockDescriptor >= 0 else { return }
        guard holdsLock else {
            throw .io(
                path: lockPath, operation: "keep the lock",
                reason: "the lock file was removed or replaced while imgpath held it; reload the file to take it again")
        }
    }

    // MARK: - Files

    private var folder: String { AtomicFile.folder(of: path) }

    private func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Creates the folder and any missing parents, private to the user (like `mkdir -p`).
    private func makeFolder() throws(StoreError) {
        // Nearly always there already: one stat instead of a mkdir per folder on the way.
        var info = stat()
        if stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return }
        let parts = folder.split(separator: "/")
        var current = folder.hasPrefix("/") ? "" : "."
        for part in parts {
            current += "/" + part
            if mkdir(current, 0o700) != 0 && errno != EEXIST {
                if errno == EROFS { throw .readOnly(path: path, reason: String(cString: strerror(errno))) }
                throw PathwayStore.failure(current, "create the folder")
            }
        }
    }

    /// Follows symlinks at `path` to the file they name, so that saves write the real file.
    static func resolveLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<16 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { return current }
            let target = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target : AtomicFile.folder(of: current) + "/" + target
        }
        return current
    }

    /// A short identity for a migrated history, the same for the same original bytes, so that a
    /// migration interrupted and run again writes the same history.
    static func logID(of bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func failure(_ path: String, _ operation: String) -> StoreError {
        let code = errno
        if code == EROFS { return .readOnly(path: path, reason: String(cString: strerror(code))) }
        return .io(path: path, operation: operation, reason: String(cString: strerror(code)))
    }
}
