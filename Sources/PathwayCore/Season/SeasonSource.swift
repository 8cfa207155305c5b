/// Where a default season date comes from, shown beside the date.
public struct SeasonSource: Equatable, Sendable {
    /// How the date was obtained.
    public enum Kind: String, Equatable, Sendable, Codable {
        /// Published by the organisation for that very cycle.
        case published
        /// Found only in a secondary source for that cycle.
        case secondary
        /// Not published yet: worked out from earlier cycles (see `note`).
        case estimated
        /// Follows from a standing rule (residency starts on July 1 in the year of the Match).
        case rule
    }

    public let kind: Kind
    /// The source as written: the site, a comma, then the page ("nrmp.org, Match events").
    private let source: String
    /// The page's address; empty when the source has none.
    public let url: String
    /// The day the date was last checked against its source.
    public let checked: CalendarDay?
    /// For an estimate, how it was made.
    public let note: String?
    /// "checked 2025-06-01; may be out of date" when the fact is past its review date.
    public let ageNote: String?

    /// The source of a season fact. The site and page are split from its text only when asked
    /// for: the calendar makes a source for every event before the first frame.
    public init(_ fact: Fact, book: FactBook, kind: Kind? = nil) {
        let factKind: Kind =
            switch fact.kind {
            case .published: .published
            case .secondary: .secondary
            case .estimated: .estimated
            }
        self.kind = kind ?? factKind
        source = fact.source
        url = fact.url ?? ""
        checked = fact.checked
        note = fact.how
        ageNote = book.today.flatMap(fact.ageNote(today:))
    }

    /// The site a person can check, such as `aamc.org`: the source up to its first comma.
    public var site: String {
        guard let comma = source.firstIndex(of: ",") else { return source }
        return String(source[..<comma])
    }

    /// The page or document the date was read from: the source after its first comma.
    public var document: String {
        guard let comma = source.firstIndex(of: ",") else { return "" }
        return String(source[source.index(after: comma)...].drop { $0 == " " })
    }

    /// The year the source was read (checked).
    public var year: Int { checked?.year ?? 0 }

    /// "nrmp.org, checked 2026-12-06", as shown beside a date; "checked ...; may be out of date"
    /// once the fact is past its review date; "secondary source" or "estimate" when it is one.
    public var label: String {
        let checkedText = ageNote ?? checked.map { "checked \($0)" } ?? String(year)
        switch kind {
        case .published, .rule: return "\(site), \(checkedText)"
        case .secondary: return "secondary source, \(checkedText)"
        case .estimated: return "estimate: \(note ?? document), \(checkedText)"
        }
    }
}
