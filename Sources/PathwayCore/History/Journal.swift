/// The accepted changes in order, the undone ones that can be redone, and the pathway they build.
///
/// The history is the source of truth: the pathway is rebuilt from it, so undo and redo survive
/// restarts and a saved file always explains how its state came about.
public struct Journal: Equatable, Sendable {
    public private(set) var history: [HistoryEntry]
    /// Undone entries, the next one to redo last.
    public private(set) var redoStack: [HistoryEntry]
    public private(set) var pathway: Pathway

    public init(history: [HistoryEntry] = [], redoStack: [HistoryEntry] = []) {
        self.history = history
        self.redoStack = redoStack
        self.pathway = Journal.replay(history)
    }

    /// Applies changes in order without checking rules: they were checked when accepted.
    public static func replay(_ entries: [HistoryEntry]) -> Pathway {
        var pathway = Pathway()
        for entry in entries { pathway.apply(entry.change) }
        return pathway
    }

    /// Checks a change against the rules and, if allowed, records it. A new change ends redo.
    @discardableResult
    public mutating func record(_ change: Change, clock: Clock) -> Result<Decision, RuleViolation> {
        // Times never go backwards in the history, even when the system clock does.
        let now = max(clock.now(), history.last?.at ?? clock.now())
        let result = PathwayMachine.evaluate(change, in: pathway, today: now.localDay)
        if case .success(let decision) = result {
            history.append(HistoryEntry(at: now, change: decision.change))
            redoStack.removeAll()
            pathway.apply(decision.change)
        }
        return result
    }

    /// Takes back the last change; it can be redone until a new change is recorded.
    public mutating func undo() -> Result<HistoryEntry, RuleViolation> {
        guard let last = history.popLast() else { return .failure(.nothingToUndo) }
        redoStack.append(last)
        pathway = Journal.replay(history)
        return .success(last)
    }

    /// Re-applies the last undone change.
    public mutating func redo() -> Result<HistoryEntry, RuleViolation> {
        guard let next = redoStack.popLast() else { return .failure(.nothingToRedo) }
        history.append(next)
        pathway.apply(next.change)
        return .success(next)
    }
}
