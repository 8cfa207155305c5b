/// Numbers and dates the rules rely on, each with where it comes from.
///
/// These are the facts of PATHWAY.md that the state machine enforces; facts that vary by year or
/// state are milestone fields the person can edit (for example the license state's required years,
/// or the passing score of their exam date).
public enum RuleFacts {
    /// USMLE attempts allowed per Step, incomplete attempts included.
    public static let usmleAttemptLimit = 4
    public static let usmleAttemptLimitSource =
        "usmle.org, Attempt Limit common questions, 2021; ECFMG 2024 Information Booklet"

    /// Retake spacing: at most this many attempts at one Step within 12 months.
    public static let attemptsPerYear = 3
    /// A fourth or later attempt comes at least this many months after the first attempt...
    public static let monthsAfterFirstAttempt = 12
    /// ...and at least this many months after the most recent one.
    public static let monthsAfterLatestAttempt = 6
    public static let retakeSpacingSource = "ECFMG 2024 Information Booklet, Reexamination"

    /// Step 1 exams taken on or after this day report pass/fail only.
    public static let step1PassFailOnlyFrom = CalendarDay(year: 2022, month: 1, day: 26)
    public static let step1PassFailSource = "usmle.org announcement, Sept 2021"

    /// USMLE three-digit scores are reported on this scale.
    public static let scoreRange = 1...300

    /// The earliest day a result can carry: anything older is a typing mistake (1899 for 1999).
    public static let earliestResultDay = CalendarDay(year: 1950, month: 1, day: 1) ?? .epoch
    /// Where the chronology rules (no future results, nothing before what it needs) come from.
    public static let chronologySource = "chronology rule (common sense), 2026"

    /// Years from the first exam passed in which the others needed for certification are
    /// reported to be due (secondary source; a warning, not a block).
    public static let ecfmgWindowYears = 7
    public static let ecfmgWindowSource = "secondary sources (verify with ECFMG)"

    /// Years of US graduate training a state requires of an IMG when the person has not recorded
    /// their state's figure. Every state requires at least one; 12 states two and 25 states three.
    public static let defaultRequiredTrainingYears = 3
    public static let minimumTrainingYearsAnyState = 1
    public static let requiredTrainingYearsSource = "AMA IMG toolkit and FSMB, 2025; varies by state (1 to 3 years)"

    /// A license needs ECFMG certification, alternative state pathways included.
    public static let licenseNeedsECFMGSource =
        "state laws checked (Tennessee, Florida, Arkansas) and FSMB/Intealth/ACGME advisory commission, Feb 2025"

    /// An H-1B for patient care needs USMLE Steps 1 to 3 passed before the petition.
    public static let h1bSource = "HHS notice, 1992"

    /// What the Match needs by the rank order list deadline: ECFMG's verification of the exams
    /// and of the clinical and communication skills requirements, not the certificate itself.
    public static let nrmpVerificationSource = "nrmp.org FAQ, \"Do I need ECFMG certification?\", 2025"

    /// Residency can be entered outside the Match (post-SOAP and off-cycle positions).
    public static let residencyOutsideMatchSource = "nrmp.org FAQs, 2025"

    /// Pathway-based ECFMG certificates are valid for entering residency until a date.
    public static let certificateValiditySource =
        "ecfmg.org, permanent validation of the certificate, 2025 (verify the terms)"

    /// The minimum OET Medicine grades of one sitting for ECFMG's communication skills requirement.
    public static let oetMinimums: [(subtest: String, score: Int)] = [
        ("Listening", 350), ("Reading", 350), ("Writing", 300), ("Speaking", 350),
    ]
    /// OET results count only from this day on for the 2025 Pathways (the person's Pathway year
    /// may set another day).
    public static let oetRecentFrom = CalendarDay(year: 2023, month: 1, day: 1) ?? .epoch
    public static let oetSource = "ECFMG OET Medicine page, 2024 (2025 Pathways); editable per Pathway year"

    /// Where Step 3 during residency comes from.
    public static let step3TimingSource = "IMG pathway overview; secondary sources (verify)"
}
