/// A requirement attached to a transition, and how strictly it holds.
public struct Guard: Equatable, Sendable {
    /// Strict rules refuse the change; advice accepts it with a warning.
    public enum Severity: String, Sendable {
        case block
        case warn
    }

    public let requirement: Requirement
    public let severity: Severity
    /// Where the rule comes from, with its year.
    public let source: String
    /// What to tell the person besides the requirement itself, if anything.
    public let advice: String?

    public static func block(_ requirement: Requirement, source: String, advice: String? = nil) -> Guard {
        Guard(requirement: requirement, severity: .block, source: source, advice: advice)
    }

    public static func warn(_ requirement: Requirement, source: String, advice: String? = nil) -> Guard {
        Guard(requirement: requirement, severity: .warn, source: source, advice: advice)
    }
}
