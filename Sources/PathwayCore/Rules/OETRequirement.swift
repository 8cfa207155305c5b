/// ECFMG's communication skills requirement through OET Medicine: a minimum grade on each of the
/// four sub-tests in one sitting, taken recently enough for the person's Pathway year.
///
/// Both the minimums and the first accepted day change per Pathway year, so the person's entry
/// (`oetRecentFrom`) wins over the default; the default carries its source.
public enum OETRequirement {
    /// The field of each sub-test's grade, with the sub-test's name and minimum.
    public static let subtests: [(field: String, name: String, minimum: Int)] = zip(
        ["oetListening", "oetReading", "oetWriting", "oetSpeaking"], RuleFacts.oetMinimums
    ).map { ($0, $1.subtest, $1.score) }

    /// The first OET day accepted: the person's entry for their Pathway year, else the default.
    public static func recentFrom(in pathway: Pathway) -> CalendarDay {
        pathway[.ecfmg].details["oetRecentFrom"].flatMap(CalendarDay.init(parsing:)) ?? RuleFacts.oetRecentFrom
    }

    /// What the recorded OET result lacks, one line each; empty when nothing recorded falls short.
    public static func shortfalls(in pathway: Pathway) -> [String] {
        let details = pathway[.ecfmg].details
        var lines = subtests.compactMap { subtest -> String? in
            guard let grade = details[subtest.field].flatMap({ Int($0) }), grade < subtest.minimum else { return nil }
            return "OET \(subtest.name) \(grade) is below \(subtest.minimum)"
        }
        let from = recentFrom(in: pathway)
        if let taken = details["oetDate"].flatMap(CalendarDay.init(parsing:)), taken < from {
            lines.append("the OET of \(taken) is older than the first day accepted (\(from))")
        }
        return lines
    }

    /// Advice when the communication skills item is ticked against a recorded OET that falls short.
    public static func warnings(in pathway: Pathway) -> [RuleWarning] {
        let lines = shortfalls(in: pathway)
        guard !lines.isEmpty else { return [] }
        return [
            RuleWarning(
                "The communication skills requirement usually needs OET Medicine of "
                    + subtests.map { "\($0.name) \($0.minimum)" }.joined(separator: ", ")
                    + " in one sitting: " + lines.joined(separator: "; "),
                source: RuleFacts.oetSource)
        ]
    }
}
