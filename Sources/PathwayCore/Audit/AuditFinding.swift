/// One rule that a stored pathway breaks: where (milestone and field), which rule, and its source.
///
/// Findings are reported, never fixed behind the person's back: a file written before a rule
/// existed stays readable, and only new changes must pass the rules.
public struct AuditFinding: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The milestone, or nil for the profile and the deadlines.
    public let milestone: MilestoneID?
    /// The field that holds the value: "status", "attempt 2 date", "date of passed", "deadline dl-3".
    public let field: String
    /// The rule, in words: "ECFMG certification needs Step 2 CK passed".
    public let rule: String
    /// Where the rule comes from, with its year.
    public let source: String

    public init(milestone: MilestoneID?, field: String, rule: String, source: String) {
        self.milestone = milestone
        self.field = field
        self.rule = rule
        self.source = source
    }

    /// "Step 1, attempt 5: ... (source)".
    public var description: String {
        let place = milestone.map { MilestoneCatalog[$0].shortName } ?? "Pathway"
        return "\(place), \(field): \(rule) (\(source))"
    }
}
