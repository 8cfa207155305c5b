/// Numbers and dates the rules rely on, each with where it comes from.
///
/// These are the facts of PATHWAY.md that the state machine enforces; facts that vary by year or
/// state are milestone fields the person can edit (for example the license state's required years).
public enum RuleFacts {
    /// USMLE attempts allowed per Step, incomplete attempts included.
    public static let usmleAttemptLimit = 4
    public static let usmleAttemptLimitSource = "usmle.org, Attempt Limit common questions, 2021"

    /// Step 1 exams taken on or after this day report pass/fail only.
    public static let step1PassFailOnlyFrom = CalendarDay(year: 2022, month: 1, day: 26)
    public static let step1PassFailSource = "usmle.org announcement, Sept 2021"

    /// USMLE three-digit scores are reported on this scale.
    public static let scoreRange = 1...300

    /// Years from the first exam passed in which the others needed for certification are
    /// reported to be due (secondary source; a warning, not a block).
    public static let ecfmgWindowYears = 7
    public static let ecfmgWindowSource = "secondary sources (verify with ECFMG)"

    /// Years of US graduate training a state requires of an IMG when the person has not recorded
    /// their state's figure ("at least two, usually three").
    public static let defaultRequiredTrainingYears = 3
    public static let requiredTrainingYearsSource = "immigration-law handbook excerpt, 2019; varies by state"
}
