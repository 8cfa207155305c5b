/// An accepted change and when it was made.
public struct HistoryEntry: Equatable, Sendable {
    public let at: Timestamp
    public let change: Change

    public init(at: Timestamp, change: Change) {
        self.at = at
        self.change = change
    }
}
