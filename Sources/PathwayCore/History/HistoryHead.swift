/// The position of the newest line in the history and the undo/redo pointers after it: what the
/// snapshot stores and what a new line continues from.
public struct HistoryHead: Equatable, Sendable, Codable {
    /// The history file's identity.
    public var log: String
    /// The sequence number of the newest line included (0 before any change).
    public var seq: Int
    /// The length of the history up to and including that line.
    public var bytes: Int64
    public var undo: Int64?
    public var redo: Int64?
    /// The time of the newest change, so times never go backwards.
    public var lastAt: Timestamp?

    public init(log: String) {
        self.log = log
        self.seq = 0
        self.bytes = 0
    }

    /// The head after a line written at `offset` that is `length` bytes long.
    func advanced(by line: HistoryLine, length: Int) -> HistoryHead {
        var head = self
        head.seq = line.seq
        head.bytes += Int64(length)
        head.undo = line.undo
        head.redo = line.redo
        head.lastAt = max(lastAt ?? line.at, line.at)
        return head
    }
}
