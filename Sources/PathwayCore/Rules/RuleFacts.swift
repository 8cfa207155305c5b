/// The numbers and dates the rules rely on, each with where it comes from.
///
/// The values are facts (`FactBook.current`, from `Facts/` and the person's override files); this
/// type gives them the names the rules use. Facts that vary by year or state can also be entered
/// by the person as milestone fields (the license state's required years, the passing score of
/// their exam), which win over these.
public enum RuleFacts {
    private static var book: FactBook { FactBook.current }

    /// USMLE attempts allowed per Step, incomplete attempts included.
    public static var usmleAttemptLimit: Int { FactBook.read { $0.integer(.usmleAttemptLimit) } }
    public static var usmleAttemptLimitSource: String { FactBook.read { $0.label(.usmleAttemptLimit) } }

    /// Retake spacing: at most this many attempts at one Step within 12 months.
    public static var attemptsPerYear: Int { FactBook.read { $0.integer(.retakeAttemptsWithin12Months) } }
    /// A fourth or later attempt comes at least this many months after the first attempt...
    public static var monthsAfterFirstAttempt: Int { FactBook.read { $0.integer(.retakeMonthsAfterFirst) } }
    /// ...and at least this many months after the most recent one.
    public static var monthsAfterLatestAttempt: Int { FactBook.read { $0.integer(.retakeMonthsAfterLatest) } }
    public static var retakeSpacingSource: String { FactBook.read { $0.label(.retakeAttemptsWithin12Months) } }

    /// Step 1 exams taken on or after this day report pass/fail only.
    public static var step1PassFailOnlyFrom: CalendarDay? { FactBook.read { $0[.step1PassFailOnlyFrom]?.date } }
    public static var step1PassFailSource: String { FactBook.read { $0.label(.step1PassFailOnlyFrom) } }

    /// USMLE three-digit scores are reported on this scale (a check against typing mistakes).
    public static let scoreRange = 1...300

    /// The earliest day a result can carry: anything older is a typing mistake (1899 for 1999).
    public static let earliestResultDay = CalendarDay(year: 1950, month: 1, day: 1) ?? .epoch
    /// Where the chronology rules (no future results, nothing before what it needs) come from:
    /// imgpath's own check, not an external fact.
    public static let chronologySource = "dates must be in order"

    /// Years from the first exam passed in which the others needed for certification are due
    /// (ECFMG policy; a warning, not a block).
    public static var ecfmgWindowYears: Int { FactBook.read { $0.integer(.ecfmgExamWindowYears) } }
    public static var ecfmgWindowSource: String { FactBook.read { $0.label(.ecfmgExamWindowYears) } }

    /// Years of US graduate training a state requires of an IMG when neither the person nor the
    /// state table gives a figure (the most common figure), and the least any state requires.
    public static var defaultRequiredTrainingYears: Int { FactBook.read { $0.integer(.defaultTrainingYears) } }
    public static var minimumTrainingYearsAnyState: Int { FactBook.read { $0.integer(.minimumTrainingYears) } }
    public static var requiredTrainingYearsSource: String {
        "\(book.label(.minimumTrainingYears)); per state where a source gives the figure, "
            + "else check with your board"
    }

    /// A license needs ECFMG certification, alternative state pathways included.
    public static var licenseNeedsECFMGSource: String { FactBook.read { $0.label(.licenseNeedsECFMG) } }

    /// An H-1B for patient care needs USMLE Steps 1 to 3 passed before the petition.
    public static var h1bSource: String { FactBook.read { $0.label(.h1bExamsRequired) } }

    /// What the Match needs by the rank order list deadline: ECFMG's verification of the exams
    /// and of the clinical and communication skills requirements, not the certificate itself.
    public static var nrmpVerificationSource: String { FactBook.read { $0.label(.nrmpVerification) } }

    /// Residency can be entered outside the Match (post-SOAP and off-cycle positions).
    public static var residencyOutsideMatchSource: String { FactBook.read { $0.label(.residencyOutsideMatch) } }

    /// Pathway-based ECFMG certificates are valid for entering residency until a date.
    public static var certificateValiditySource: String { FactBook.read { $0.label(.ecfmgCertificateValidity) } }

    /// The minimum OET Medicine grades of one sitting for ECFMG's communication skills requirement.
    public static var oetMinimums: [(subtest: String, score: Int)] {
        [
            ("Listening", book.integer(.oetListening)), ("Reading", book.integer(.oetReading)),
            ("Writing", book.integer(.oetWriting)), ("Speaking", book.integer(.oetSpeaking)),
        ]
    }
    public static var oetSource: String { FactBook.read { $0.label(.oetListening) } }

    /// Where Step 3 during residency comes from.
    public static var step3TimingSource: String { FactBook.read { $0.label(.step3Timing) } }
}
