/// A status a milestone could move to now, and what stands in the way, for the status picker.
public struct StatusOption: Equatable, Sendable {
    public let status: Status
    /// Refusals; empty when the move is allowed.
    public let blockers: [RuleViolation]
    /// Advice the move would carry.
    public let warnings: [RuleWarning]

    public var isAllowed: Bool { blockers.isEmpty }
}
