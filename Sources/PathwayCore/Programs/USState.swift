/// The two-letter postal codes of the US states, the District of Columbia and the territories
/// with ACGME-accredited training (USPS Publication 28 codes).
public enum USState {
    public static let codes: Set<String> = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
        "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
        "DC", "PR", "GU", "VI", "AS", "MP",
    ]

    /// The code for text such as "ny", " NY ", or nil when it is not a state or territory code.
    public static func code(_ text: String) -> String? {
        let code = String(text.filter { !$0.isWhitespace }).uppercased()
        return codes.contains(code) ? code : nil
    }
}
