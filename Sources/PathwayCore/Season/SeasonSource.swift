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
    /// The site a person can check, such as `aamc.org`.
    public let site: String
    /// The page or document the date was read from.
    public let document: String
    /// The page's address; empty when the source has none.
    public let url: String
    /// The year the source was read (checked).
    public let year: Int
    /// The day the date was last checked against its source.
    public let checked: CalendarDay?
    /// For an estimate, how it was made.
    public let note: String?
    /// "checked 2025-06-01; may be out of date" when the fact is past its review date.
    public let ageNote: String?

    public init(
        _ kind: Kind, site: String, document: String, url: String, year: Int, checked: CalendarDay? = nil,
        note: String? = nil, ageNote: String? = nil
    ) {
        self.kind = kind
        self.site = site
        self.document = document
        self.url = url
        self.year = year
        self.checked = checked
        self.note = note
        self.ageNote = ageNote
    }

    /// The source of a season fact: its site (the source up to the first comma) and page.
    public init(_ fact: Fact, book: FactBook, kind: Kind? = nil) {
        // Split on the bytes: this runs for every event of the calendar before the first frame,
        // and walking the text by characters cost more than the rest of the frame.
        let source = fact.source.utf8
        let comma = source.firstIndex(of: UInt8(ascii: ","))
        let site = comma.map { String(Substring(source[..<$0])) } ?? fact.source
        var rest = comma.map { source[source.index(after: $0)...] } ?? source[source.endIndex...]
        while rest.first == UInt8(ascii: " ") { rest = rest.dropFirst() }
        let factKind: Kind =
            switch fact.kind {
            case .published: .published
            case .secondary: .secondary
            case .estimated: .estimated
            }
        self.init(
            kind ?? factKind, site: site, document: String(Substring(rest)),
            url: fact.url ?? "", year: fact.checked.year, checked: fact.checked, note: fact.how,
            ageNote: book.today.flatMap(fact.ageNote(today:)))
    }

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
