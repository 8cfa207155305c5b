/// One line of the history file: a change, an undo or a redo, with the slice of the pathway it
/// replaced and the undo/redo pointers as they stand after it.
///
/// Pointers are byte offsets of lines in the same file, so undo and redo read one line each
/// whatever the history's length: `undo` names the change line the next undo takes back, `redo`
/// the undo line the next redo re-applies. A change line keeps the undo pointer it replaced
/// (`undoBelow`), an undo line the redo pointer it replaced (`redoBelow`), which makes both
/// stacks linked lists through the file.
public struct HistoryLine: Equatable, Sendable, Codable {
    /// What the line records.
    public enum Operation: String, Codable, Sendable {
        case change, undo, redo
    }

    /// Position in the history, from 1; every line, undo and redo included, takes the next one.
    public var seq: Int
    /// When the line was written (for a change, the time of the change).
    public var at: Timestamp
    public var op: Operation
    /// The identity of the history file; the snapshot names the same one.
    public var log: String
    /// The change made, undone or redone, with the time it was first made.
    public var entry: HistoryEntry
    /// The touched slice before and after this line.
    public var before: PathwaySlice
    public var after: PathwaySlice
    /// Undo/redo only: the offset of the change line concerned.
    public var target: Int64?
    /// Change only: the undo pointer before this change.
    public var undoBelow: Int64?
    /// Undo only: the redo pointer before this undo.
    public var redoBelow: Int64?
    /// The pointers after this line.
    public var undo: Int64?
    public var redo: Int64?
}
