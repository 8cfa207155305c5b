#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The pathway as it stands, where it sits in the history, and the history lines recorded since
/// the file was read: what a change, an undo or a redo works on.
///
/// The pathway is not rebuilt from the history: each change appends a line holding the slice of
/// the pathway it replaced, and undo or redo applies one such line, read by its byte offset. Both
/// cost the same whatever the history's length, and both survive restarts because the pointers
/// live in the file.
public struct Journal: Equatable, Sendable {
    public private(set) var pathway: Pathway
    /// The newest line and the undo/redo pointers after it.
    public private(set) var head: HistoryHead
    /// Lines recorded since the file was read, oldest first, with their offsets in the history.
    public internal(set) var pending: [PendingLine] = []
    /// Reads lines already on disk (nil for a journal that has no file).
    let log: HistoryLog?

    /// A history line not yet known to be on disk.
    public struct PendingLine: Equatable, Sendable {
        public let offset: Int64
        public let bytes: [UInt8]
        public let line: HistoryLine
    }

    /// An empty pathway with a new history.
    public init() {
        self.init(pathway: Pathway(), head: HistoryHead(log: Journal.newLogID()), log: nil)
    }

    init(pathway: Pathway, head: HistoryHead, log: HistoryLog?) {
        self.pathway = pathway
        self.head = head
        self.log = log
    }

    /// A journal that made these changes in order without checking them (tests, benchmarks).
    public init(replaying entries: [HistoryEntry]) {
        self.init()
        for entry in entries { append(entry) }
    }

    /// The same pathway at the same place in a history of the same length, with undo and redo
    /// available alike; where the lines sit and whether they are on disk yet does not count.
    public static func == (lhs: Journal, rhs: Journal) -> Bool {
        lhs.pathway == rhs.pathway && lhs.head.seq == rhs.head.seq && lhs.canUndo == rhs.canUndo
            && lhs.canRedo == rhs.canRedo
    }

    /// Applies changes in order without checking rules: they were checked when accepted.
    public static func replay(_ entries: [HistoryEntry]) -> Pathway {
        var pathway = Pathway()
        for entry in entries { pathway.apply(entry.change) }
        return pathway
    }

    /// Whether anything was ever recorded.
    public var isEmpty: Bool { head.seq == 0 }
    public var canUndo: Bool { head.undo != nil }
    public var canRedo: Bool { head.redo != nil }

    /// Checks a change against the rules and, if allowed, records it. A new change ends redo.
    @discardableResult
    public mutating func record(_ change: Change, clock: Clock) -> Result<Decision, RuleViolation> {
        // Times never go backwards in the history, even when the system clock does.
        let now = max(clock.now(), head.lastAt ?? clock.now())
        let result = PathwayMachine.evaluate(change, in: pathway, today: now.localDay)
        if case .success(let decision) = result { append(HistoryEntry(at: now, change: decision.change)) }
        return result
    }

    /// Records an accepted change without asking the rules (replays, migration).
    mutating func append(_ entry: HistoryEntry) {
        let registeringAgain = pathway.isNewMatchRegistration(entry.change)
        let before = pathway.slice(touchedBy: entry.change, registeringAgain: registeringAgain)
        pathway.apply(entry.change)
        let after = pathway.slice(touchedBy: entry.change, registeringAgain: registeringAgain)
        let offset = head.bytes
        write(
            HistoryLine(
                seq: head.seq + 1, at: max(entry.at, head.lastAt ?? entry.at), op: .change, log: head.log, entry: entry,
                before: before, after: after, target: nil, undoBelow: head.undo, redoBelow: nil, undo: offset, redo: nil
            ))
    }

    /// Takes back the last change; it can be redone until a new change is recorded.
    public mutating func undo(clock: Clock = .system) -> Result<HistoryEntry, RuleViolation> {
        guard let target = head.undo else { return .failure(.nothingToUndo) }
        let line: HistoryLine
        switch self.line(at: target, expecting: .change) {
        case .success(let found): line = found
        case .failure(let failure): return .failure(failure)
        }
        pathway.restore(line.before)
        write(
            HistoryLine(
                seq: head.seq + 1, at: time(clock), op: .undo, log: head.log, entry: line.entry,
                before: line.after, after: line.before, target: target, undoBelow: nil, redoBelow: head.redo,
                undo: line.undoBelow, redo: head.bytes))
        return .success(line.entry)
    }

    /// Re-applies the last undone change.
    public mutating func redo(clock: Clock = .system) -> Result<HistoryEntry, RuleViolation> {
        guard let pointer = head.redo else { return .failure(.nothingToRedo) }
        let undone: HistoryLine
        switch line(at: pointer, expecting: .undo) {
        case .success(let found): undone = found
        case .failure(let failure): return .failure(failure)
        }
        pathway.restore(undone.before)
        write(
            HistoryLine(
                seq: head.seq + 1, at: time(clock), op: .redo, log: head.log, entry: undone.entry,
                before: undone.after, after: undone.before, target: undone.target, undoBelow: nil, redoBelow: nil,
                undo: undone.target, redo: undone.redoBelow))
        return .success(undone.entry)
    }

    /// The newest lines first, at most `limit`, reading only as much of the file as that needs.
    public func newestLines(limit: Int) throws(StoreError) -> [HistoryLine] {
        var lines: [HistoryLine] = pending.reversed().prefix(limit).map(\.line)
        guard lines.count < limit, let log else { return lines }
        let onDisk = pending.first?.offset ?? head.bytes
        lines += try log.newestFirst(endingAt: onDisk, limit: limit - lines.count).map(\.line)
        return lines
    }

    /// Every line, oldest first, read as it goes (exports).
    public func forEachLine(_ body: (HistoryLine) throws -> Void) throws {
        let onDisk = pending.first?.offset ?? head.bytes
        if let log { try log.forEach(from: 0, to: onDisk) { try body($0.line) } }
        for entry in pending { try body(entry.line) }
    }

    /// The lines before `offset` that are not yet on disk; what a save appends.
    func unsaved(from offset: Int64) -> [PendingLine] { pending.filter { $0.offset >= offset } }

    mutating func restorePathway(_ slice: PathwaySlice) { pathway.restore(slice) }

    mutating func replacePathway(_ whole: Pathway) { pathway = whole }

    mutating func advanceHead(by line: HistoryLine, length: Int) { head = head.advanced(by: line, length: length) }

    private func time(_ clock: Clock) -> Timestamp { max(clock.now(), head.lastAt ?? clock.now()) }

    private mutating func write(_ line: HistoryLine) {
        let bytes = HistoryLine.encoded(line)
        pending.append(PendingLine(offset: head.bytes, bytes: bytes, line: line))
        head = head.advanced(by: line, length: bytes.count)
    }

    func line(at offset: Int64, expecting op: HistoryLine.Operation) -> Result<HistoryLine, RuleViolation> {
        let found: HistoryLine
        if let first = pending.first, offset >= first.offset {
            guard let entry = pending.first(where: { $0.offset == offset }) else {
                return .failure(.historyUnreadable("no history line starts at byte \(offset)"))
            }
            found = entry.line
        } else if let log {
            do {
                found = try log.line(at: offset).line
            } catch {
                return .failure(.historyUnreadable(error.description))
            }
        } else {
            return .failure(.historyUnreadable("no history line starts at byte \(offset)"))
        }
        guard found.op == op, found.log == head.log else {
            return .failure(
                .historyUnreadable(
                    "\(log?.path ?? "the history") at byte \(offset): expected a \(op.rawValue) line of this history"))
        }
        return .success(found)
    }

    static func newLogID() -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() as UInt64
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
