/// A sub-item of a milestone that the person ticks off, such as an ERAS document.
public struct ChecklistItem: Equatable, Sendable {
    /// Stable id used in the file and on the command line (`imgpath tick eras cv`).
    public let id: String
    public let label: String

    public init(_ id: String, _ label: String) {
        self.id = id
        self.label = label
    }
}
