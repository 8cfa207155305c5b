/// The ids of the fee facts the season budget reads, built and recognised in one place.
///
/// ERAS prices applications per specialty in tiers that change from season to season, so its ids
/// carry the cycle and the tier (`fees.eras.2026.tier1.each`, `fees.eras.2026.tier1.upTo`). The
/// other fees are the latest known figure (`fees.nrmp.registration`); a person who pays another
/// one overrides it.
public enum FeeID {
    /// The fees with one id each, by what they are for.
    public enum Single: String, CaseIterable, Sendable {
        case nrmpRegistration = "fees.nrmp.registration"
        case nrmpExtraRank = "fees.nrmp.extraRank"
        case step1 = "fees.usmle.step1"
        case step2ck = "fees.usmle.step2ck"
        case ecfmgApplication = "fees.ecfmg.application"
    }

    /// The count of ranks the NRMP registration fee includes.
    public static let nrmpIncludedRanks = "fees.nrmp.includedRanks"

    /// The most tiers an ERAS price list may have (the 2024 list had four).
    public static let maximumTiers = 9

    /// The per-program fee of an ERAS tier: `fees.eras.2026.tier1.each`.
    public static func erasEach(cycle: Int, tier: Int) -> String { "fees.eras.\(cycle).tier\(tier).each" }

    /// The last program (per specialty) of an ERAS tier: `fees.eras.2026.tier1.upTo`.
    public static func erasUpTo(cycle: Int, tier: Int) -> String { "fees.eras.\(cycle).tier\(tier).upTo" }

    /// Whether the dotted parts name a fee.
    static func isFee(_ parts: [String]) -> Bool {
        if Single(rawValue: parts.joined(separator: ".")) != nil { return true }
        return isERASTier(parts) && parts[4] == "each"
    }

    /// Whether the dotted parts name a count a fee depends on.
    static func isCount(_ parts: [String]) -> Bool {
        if parts.joined(separator: ".") == nrmpIncludedRanks { return true }
        return isERASTier(parts) && parts[4] == "upTo"
    }

    private static func isERASTier(_ parts: [String]) -> Bool {
        guard parts.count == 5, parts[0] == "fees", parts[1] == "eras", FactFamily.isYear(parts[2]),
            parts[3].hasPrefix("tier"), let tier = Int(parts[3].dropFirst(4))
        else { return false }
        return (1...maximumTiers).contains(tier)
    }
}
