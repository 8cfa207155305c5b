/// Where a default season date comes from, with the year of that source, shown beside the date.
public struct SeasonSource: Equatable, Sendable {
    /// How the date was obtained.
    public enum Kind: String, Equatable, Sendable, Codable {
        /// Published by the organisation for that very cycle.
        case published
        /// Follows from a standing rule (residency starts on July 1 in the year of the Match).
        case rule
    }

    public let kind: Kind
    /// The site a person can check, such as `aamc.org`.
    public let site: String
    /// The page or document the date was read from.
    public let document: String
    public let url: String
    /// The year the source was published or read.
    public let year: Int

    public init(_ kind: Kind, site: String, document: String, url: String, year: Int) {
        self.kind = kind
        self.site = site
        self.document = document
        self.url = url
        self.year = year
    }

    /// "nrmp.org, 2025", as shown beside a date.
    public var label: String { "\(site), \(year)" }
}
