/// Advice attached to an accepted change: a rule that is real but not strict, or not yet verified.
public struct RuleWarning: Equatable, Sendable, CustomStringConvertible {
    public let message: String
    /// Where the rule comes from, with its year.
    public let source: String

    public init(_ message: String, source: String) {
        self.message = message
        self.source = source
    }

    public var description: String { "\(message) (\(source))" }
}
