/// ECFMG's communication skills requirement through OET Medicine: a minimum grade on each of the
/// four sub-tests in one sitting, taken recently enough for the person's Pathway year.
///
/// Both the minimums and the first accepted day change per Pathway year, so the person's entry
/// (`oetRecentFrom`) wins over the default; the default carries its source.
public enum OETRequirement {
    /// The field of each sub-test's grade, with the sub-test's name and the default minimum.
    public static var subtests: [(field: String, name: String, minimum: Int)] {
        zip(["oetListening", "oetReading", "oetWriting", "oetSpeaking"], RuleFacts.oetMinimums).map {
            ($0, $1.subtest, $1.score)
        }
    }

    /// The sub-tests with the minimums in force: the person's entry for their Pathway year
    /// (`oetMinimums`, "350/350/300/350"), else the defaults.
    public static func subtests(in pathway: Pathway) -> [(field: String, name: String, minimum: Int)] {
        let own = pathway[.ecfmg].details["oetMinimums"]?.split(separator: "/").compactMap { Int($0) }
        guard let own, own.count == subtests.count else { return subtests }
        return zip(subtests, own).map { ($0.field, $0.name, $1) }
    }

    /// The first OET day accepted: the person's entry for their Pathway year, else the default.
    public static func recentFrom(in pathway: Pathway) -> CalendarDay { recency(in: pathway).day }

    /// The first OET day accepted and where it comes from: the person's own entry; the facts' rule
    /// for the Pathways year in the "Pathway / year" field; else the latest Pathways year the facts
    /// have, labelled as that year's rule and unconfirmed for the person's.
    public static func recency(in pathway: Pathway, book: FactBook = .current) -> (day: CalendarDay, label: String) {
        let details = pathway[.ecfmg].details
        if let own = details["oetRecentFrom"].flatMap(CalendarDay.init(parsing:)) { return (own, "your own date") }
        let year = details["pathway"].flatMap(pathwaysYear)
        let rules = book.facts(withPrefix: recentFromPrefix).compactMap { fact -> (year: Int, fact: Fact)? in
            guard fact.date != nil, let year = Int(fact.id.dropFirst(recentFromPrefix.count)) else { return nil }
            return (year, fact)
        }
        if let year, let rule = rules.first(where: { $0.year == year }), let day = rule.fact.date {
            return (day, "the \(year) Pathways rule, \(book.label(of: rule.fact))")
        }
        guard let latest = rules.max(by: { $0.year < $1.year }), let day = latest.fact.date else {
            return (.epoch, "no rule known")
        }
        let yours =
            year.map { "the rule for your \($0) Pathways is not confirmed" }
            ?? "the rule for your Pathways year is not confirmed"
        return (day, "the \(latest.year) Pathways rule, \(book.label(of: latest.fact)); \(yours)")
    }

    private static let recentFromPrefix = "ecfmg.oet.recentFrom."

    /// A Pathways year written in the "Pathway / year" field ("Pathway 1, 2027"), if any.
    static func pathwaysYear(_ text: String) -> Int? {
        var digits = ""
        for character in text + " " {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            if digits.count == 4, let year = Int(digits), (2000...2100).contains(year) { return year }
            digits = ""
        }
        return nil
    }

    /// What the recorded OET result lacks, one line each; empty when nothing recorded falls short.
    public static func shortfalls(in pathway: Pathway) -> [String] {
        let details = pathway[.ecfmg].details
        var lines = subtests(in: pathway).compactMap { subtest -> String? in
            guard let grade = details[subtest.field].flatMap({ Int($0) }), grade < subtest.minimum else { return nil }
            return "OET \(subtest.name) \(grade) is below \(subtest.minimum)"
        }
        let recency = recency(in: pathway)
        if let taken = details["oetDate"].flatMap(CalendarDay.init(parsing:)), taken < recency.day {
            lines.append("the OET of \(taken) is older than the first day accepted (\(recency.day); \(recency.label))")
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
