/// What the store does to a journal: roll lines forward, migrate a schema 1 history, and forget
/// lines once they are on disk.
extension Journal {
    /// Applies a line that is on disk but not yet in the snapshot.
    mutating func rollForward(_ line: HistoryLine, length: Int) {
        restorePathway(line.after)
        advanceHead(by: line, length: length)
    }

    /// The journal a schema 1 file describes: its changes in order, then the undone ones as
    /// changes followed by their undos, so redo keeps working and the history explains itself.
    static func migrating(history: [HistoryEntry], redo: [HistoryEntry], logID: String, log: HistoryLog?) -> Journal {
        var journal = Journal(pathway: Pathway(), head: HistoryHead(log: logID), log: log)
        for entry in history { journal.append(entry) }
        // The redo stack holds the next change to redo last: it was undone last, so it came
        // first in the history.
        for entry in redo.reversed() { journal.append(entry) }
        let undoneAt = Clock.fixed((history + redo).map(\.at).max() ?? Timestamp(secondsSince1970: 0))
        for _ in redo { _ = journal.undo(clock: undoneAt) }
        return journal
    }

    /// Forgets the pending lines that `store` has written (they are read from the file when
    /// needed), so a long session holds only what is not yet saved.
    public mutating func forgetWritten(by store: PathwayStore) {
        guard store.historyPath == log?.path else { return }
        forgetWritten(upTo: store.writtenHistoryBytes)
    }

    /// Forgets the pending lines that lie before `written` bytes of the history file.
    public mutating func forgetWritten(upTo written: Int64) {
        pending.removeAll { $0.offset < written }
    }

    /// The same journal with its pending lines counted as written.
    func saved() -> Journal { Journal(pathway: pathway, head: head, log: log) }
}
