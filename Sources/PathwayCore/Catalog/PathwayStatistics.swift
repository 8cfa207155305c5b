/// Published figures shown beside the person's own, for context, never as a prediction.
public enum PathwayStatistics {
    /// Step 2 CK score the seed text says matched non-US IMGs often have; it gives no year, so it
    /// is shown as the seed text's statement, not as a statistic.
    public static let matchedIMGStep2CK = 245
    public static let step2CKSource = "statement of the seed text, no year given"
    /// Match rates of the 2025 Main Residency Match.
    public static let matchRateNonUSCitizenIMG = "58.0%"
    public static let matchRateUSCitizenIMG = "67.8%"
    public static let matchRateYear = 2025
    public static let source = "2025 Main Match (NRMP), cited 2025"

    /// Lines for the person's situation: their Step 2 CK score beside the seed text's figure, and
    /// the match rate of their group (the NRMP counts permanent residents as non-US-citizen IMGs).
    public static func context(for pathway: Pathway) -> [String] {
        var lines: [String] = []
        if let score = pathway[.step2ck].latestScore {
            lines.append(
                "Your Step 2 CK: \(score). The seed text says matched non-US IMGs often have "
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
