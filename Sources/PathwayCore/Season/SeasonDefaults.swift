/// The default dates of each Match cycle, each with its source and year (PATHWAY.md: editable).
///
/// Only dates that were found published for a cycle are listed; nothing is extrapolated from the
/// weekday patterns of earlier years. A cycle without a published date shows "not set" and, for
/// orientation only, the latest earlier cycle's date labelled as such.
public enum SeasonDefaults {
    /// One default: the date an event falls on in one cycle, and where that comes from.
    public struct Entry: Equatable, Sendable {
        public let cycle: Int
        public let event: SeasonEventID
        public let date: CalendarDay
        public let source: SeasonSource
    }

    private static let aamcERAS2026 = SeasonSource(
        .published, site: "aamc.org", document: "ERAS 2026 residency applicant timeline",
        url: "https://students-residents.aamc.org/applying-residencies-eras/publication-chapters/eras-timeline",
        year: 2025)
    private static let nrmpSchools2026 = SeasonSource(
        .published, site: "nrmp.org", document: "2026 Main Residency Match, medical school welcome newsletter",
        url: "https://www.nrmp.org/about/news/2025/09/medical-school-welcome-newsletter-2", year: 2025)
    private static let nrmpEvents2026 = SeasonSource(
        .published, site: "nrmp.org", document: "Main Residency Match events (2026 Match calendar)",
        url: "https://www.nrmp.org/residency/main-match-events/", year: 2025)
    private static let nrmpPrograms2026 = SeasonSource(
        .published, site: "nrmp.org", document: "2026 Main Residency Match, residency program welcome newsletter",
        url: "https://nrmp.org/about/news/2025/04/residency-program-welcome-newsletter-2", year: 2025)

    /// Dates published for a particular cycle.
    public static let published: [Entry] = [
        Entry(cycle: 2026, event: .myerasOpens, date: day(2025, 6, 4), source: aamcERAS2026),
        Entry(cycle: 2026, event: .erasSubmissionOpens, date: day(2025, 9, 3), source: aamcERAS2026),
        Entry(cycle: 2026, event: .programsBeginReview, date: day(2025, 9, 24), source: aamcERAS2026),
        Entry(cycle: 2026, event: .nrmpRegistrationOpens, date: day(2025, 9, 15), source: nrmpSchools2026),
        Entry(cycle: 2026, event: .nrmpLateFeeDeadline, date: day(2025, 11, 30), source: nrmpEvents2026),
        Entry(cycle: 2026, event: .rankingOpens, date: day(2026, 1, 15), source: nrmpEvents2026),
        Entry(cycle: 2026, event: .rankOrderListDeadline, date: day(2026, 2, 25), source: nrmpEvents2026),
        Entry(cycle: 2026, event: .matchWeek, date: day(2026, 3, 16), source: nrmpPrograms2026),
        Entry(cycle: 2026, event: .soapEnds, date: day(2026, 3, 19), source: nrmpEvents2026),
        Entry(cycle: 2026, event: .matchDay, date: day(2026, 3, 20), source: nrmpPrograms2026),
    ]

    /// NRMP's eligibility rule: applicants must be able to enter training on July 1 in the year
    /// of the Match, so that is the usual first day of residency in every cycle.
    static let julyFirstRule = SeasonSource(
        .rule, site: "nrmp.org", document: "Match eligibility: enter training on July 1 in the year of the Match",
        url: "https://www.nrmp.org/residency/med-school-official/", year: 2025)

    /// The certificate must be held before training starts (PATHWAY.md: immigration-law handbook
    /// excerpt, 2015), so its deadline is the July 1 start.
    static let ecfmgByStartRule = SeasonSource(
        .rule, site: "nrmp.org",
        document:
            "ECFMG certificate needed before residency starts (immigration-law handbook, 2015); start July 1 in the year of the Match",
        url: "https://www.nrmp.org/residency/med-school-official/", year: 2025)

    /// The default for an event in a cycle: the date published for that cycle, or the date a
    /// standing rule gives; nil when neither exists.
    public static func entry(for event: SeasonEventID, cycle: Int) -> Entry? {
        if let found = published.first(where: { $0.cycle == cycle && $0.event == event }) { return found }
        switch event {
        case .residencyStarts:
            return CalendarDay(year: cycle, month: 7, day: 1).map {
                Entry(cycle: cycle, event: event, date: $0, source: julyFirstRule)
            }
        case .ecfmgCertificationDeadline:
            return CalendarDay(year: cycle, month: 7, day: 1).map {
                Entry(cycle: cycle, event: event, date: $0, source: ecfmgByStartRule)
            }
        default:
            return nil
        }
    }

    /// The latest date published for an earlier cycle, shown (labelled) when the chosen cycle has none.
    public static func latestEarlier(for event: SeasonEventID, before cycle: Int) -> Entry? {
        published.filter { $0.event == event && $0.cycle < cycle }.max { $0.cycle < $1.cycle }
    }

    /// Cycles with at least one published date.
    public static var publishedCycles: [Int] { Array(Set(published.map(\.cycle))).sorted() }

    private static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
        // The table is written by hand; an impossible date here is a programming error that the
        // tests catch, so fall back to the epoch rather than trap.
        CalendarDay(year: year, month: month, day: day) ?? .epoch
    }
}
