/// An accepted change, completed (a missing date filled in with today), with any advice.
public struct Decision: Equatable, Sendable {
    public let change: Change
    public let warnings: [RuleWarning]
}
