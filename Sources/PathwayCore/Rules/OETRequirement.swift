/// ECFMG's communication skills requirement through OET Medicine: a minimum grade on each of the
/// four sub-tests in one sitting, taken recently enough for the person's Pathway year.
///
/// Both the minimums and the first accepted day change per Pathway year, so the person's entry
/// (`oetRecentFrom`) wins over the default; the default carries its source.
public enum OETRequirement {
    /// The field of each sub-test's grade, with the sub-test's name and the default minimum.
    public static let subtests: [(field: String, name: String, minimum: Int)] = zip(
        ["oetListening", "oetReading", "oetWriting", "oetSpeaking"], RuleFacts.oetMinimums
    ).map { ($0, $1.subtest, $1.score) }

    /// The sub-tests with the minimums in force: the person's entry for their Pathway year
    /// (`oetMinimums`, "350/350/300/350"), else the defaults.
    public static func subtests(in pathway: Pathway) -> [(field: String, name: String, minimum: Int)] {
        let own = pathway[.ecfmg].details["oetMinimums"]?.split(separator: "/").compactMap { Int($0) }
        guard let own, own.count == subtests.count else { return subtests }
        return zip(subtests, own).map { ($0.field, $0.name, $1) }
    }

    /// The first OET day accepted: the person's entry for their Pathway year, else the default.
    public static func recentFrom(in pathway: Pathway) -> CalendarDay {
        pathway[.ecfmg].details["oetRecentFrom"].flatMap(CalendarDay.init(parsing:)) ?? RuleFacts.oetRecentFrom
    }

    /// What the recorded OET result lacks, one line each; empty when nothing recorded falls short.
    public static func shortfalls(in pathway: Pathway) -> [String] {
        let details = pathway[.ecfmg].details
        var lines = subtests(in: pathway).compactMap { subtest -> String? in
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
                    + subtests(in: pathway).map { "\($0.name) \($0.minimum)" }.joined(separator: ", ")
                    + " in one sitting: " + lines.joined(separator: "; "),
                source: RuleFacts.oetSource)
        ]
    }
}
