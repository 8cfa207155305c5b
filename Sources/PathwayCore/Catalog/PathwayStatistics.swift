/// Published figures shown beside the person's own, for context, never as a prediction.
public enum PathwayStatistics {
    /// Step 2 CK score often seen among matched non-US IMGs.
    public static let matchedIMGStep2CK = 245
    /// Match rates of a recent cycle.
    public static let matchRateNonUSCitizenIMG = "58.0%"
    public static let matchRateUSCitizenIMG = "67.8%"
    public static let source = "NRMP data for a recent cycle; the source gives no year"

    /// Lines for the person's situation: their Step 2 CK score beside the reported figure, and
    /// the match rate of their group.
    public static func context(for pathway: Pathway) -> [String] {
        var lines: [String] = []
        if let score = pathway[.step2ck].latestScore {
            lines.append(
                "Your Step 2 CK: \(score). Matched non-US IMGs often have \(matchedIMGStep2CK) or higher "
                    + "(\(source)). Context, not a prediction.")
        }
        switch pathway.profile.citizenship {
        case .usCitizen, .permanentResident:
            lines.append("Match rate of US-citizen IMGs: \(matchRateUSCitizenIMG) (\(source)).")
        case .other:
            lines.append("Match rate of non-US-citizen IMGs: \(matchRateNonUSCitizenIMG) (\(source)).")
        case .unknown:
            lines.append(
                "Match rates: \(matchRateUSCitizenIMG) US-citizen IMGs, \(matchRateNonUSCitizenIMG) non-US-citizen "
                    + "IMGs (\(source)).")
        }
        return lines
    }
}
