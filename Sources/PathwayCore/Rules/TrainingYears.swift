/// The years of US graduate training a license needs in the person's state, and where that
/// figure comes from: the person's own entry, the state table of the facts, or the usual figure
/// with "check with your board".
public struct TrainingYears: Equatable, Sendable {
    public let years: Int
    /// Where `years` comes from, as a warning cites it.
    public let source: String
    /// The state's code, when the license's state field names one.
    public let state: String?

    /// The figure for the license recorded in `pathway`.
    public init(for pathway: Pathway, book: FactBook = .current) {
        let license = pathway[.license].details
        state = license["state"].flatMap(TrainingYears.stateCode)
        if let own = license["requiredYears"].flatMap({ Int($0) }) {
            years = own
            source = "your own figure"
        } else if let state, let fact = book[FactBook.stateID(state, .stateTrainingYears)],
            let value = fact.integer
        {
            years = value
            source = "\(state): \(book.label(of: fact))"
        } else {
            years = book.integer(.defaultTrainingYears)
            let place = state.map { "for \($0)" } ?? "for your state"
            source =
                "no figure \(place) in imgpath's facts: check with your board; \(years) is the most common "
                + "(\(book.label(.defaultTrainingYears)))"
        }
    }

    /// A state's two-letter code from "TX", "tx" or "Texas".
    static func stateCode(_ text: String) -> String? {
        if let code = USState.code(text) { return code }
        return names[Profile.simplified(text)]
    }

    /// The states by name, in their simplified spelling ("newyork").
    private static let names: [String: String] = [
        "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA", "colorado": "CO",
        "connecticut": "CT", "delaware": "DE", "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID",
        "illinois": "IL", "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA",
        "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI", "minnesota": "MN",
        "mississippi": "MS", "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV",
        "newhampshire": "NH", "newjersey": "NJ", "newmexico": "NM", "newyork": "NY", "northcarolina": "NC",
        "northdakota": "ND", "ohio": "OH", "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA",
        "rhodeisland": "RI", "southcarolina": "SC", "southdakota": "SD", "tennessee": "TN", "texas": "TX",
        "utah": "UT", "vermont": "VT", "virginia": "VA", "washington": "WA", "westvirginia": "WV", "wisconsin": "WI",
        "wyoming": "WY", "districtofcolumbia": "DC", "puertorico": "PR",
    ]
}
