/// Published figures shown beside the person's own, for context, never as a prediction.
public enum PathwayStatistics {
    /// The Step 2 CK score often said of matched non-US IMGs: a commonly cited figure without an
    /// official source or year, so it is shown as exactly that.
    public static var matchedIMGStep2CK: Int { FactBook.read { $0.integer(.matchedIMGStep2CK) } }
    public static var step2CKSource: String { FactBook.read { $0.label(.matchedIMGStep2CK) } }
    /// Match rates of the 2025 Main Residency Match, the latest found.
    public static var matchRateNonUSCitizenIMG: String { FactBook.read { $0.text(.matchRateNonUSCitizenIMG) } }
    public static var matchRateUSCitizenIMG: String { FactBook.read { $0.text(.matchRateUSCitizenIMG) } }
    public static var source: String { FactBook.read { $0.label(.matchRateNonUSCitizenIMG) } }

    /// Lines for the person's situation: their Step 2 CK score beside the commonly cited figure,
    /// and the match rate of their group (the NRMP counts permanent residents as non-US-citizen IMGs).
    public static func context(for pathway: Pathway) -> [String] {
        var lines: [String] = []
        if let score = pathway[.step2ck].latestScore {
            lines.append(
                "Your Step 2 CK: \(score). Matched non-US IMGs are often said to have "
                    + "\(matchedIMGStep2CK) or higher (\(step2CKSource)). Context, not a prediction.")
        }
        switch pathway.profile.citizenship {
        case .usCitizen:
            lines.append("Match rate of US-citizen IMGs: \(matchRateUSCitizenIMG) (\(source)).")
        case .permanentResident:
            lines.append(
                "Match rate of non-US-citizen IMGs, the group the NRMP counts permanent residents in: "
                    + "\(matchRateNonUSCitizenIMG) (\(source)).")
        case .other:
            lines.append("Match rate of non-US-citizen IMGs: \(matchRateNonUSCitizenIMG) (\(source)).")
        case .unknown:
            lines.append(
                "Match rates: \(matchRateUSCitizenIMG) US-citizen IMGs, \(matchRateNonUSCitizenIMG) non-US-citizen "
                    + "IMGs, permanent residents included (\(source)).")
        }
        return lines
    }
}
