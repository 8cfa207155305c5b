/// The default dates of each Match cycle, from the season facts (`nrmp.2027.matchDay`), each
/// with its source (PATHWAY.md: editable).
///
/// A published date, or one found in a secondary source, is the cycle's default. An estimate (a
/// date worked out from earlier cycles, saying how) is never used as the date: it is shown beside
/// an event that is not set, as is the latest earlier cycle's date, for orientation only.
public enum SeasonDefaults {
    /// One default: the date an event falls on in one cycle, and where that comes from.
    public struct Entry: Equatable, Sendable {
        public let cycle: Int
        public let event: SeasonEventID
        public let date: CalendarDay
        public let source: SeasonSource
    }

    /// The default for an event in a cycle: the date published (or found in a secondary source)
    /// for that cycle, or the date a standing rule gives; nil when neither exists.
    public static func entry(for event: SeasonEventID, cycle: Int, book: FactBook = .current) -> Entry? {
        if let found = fact(event, cycle: cycle, book: book), found.kind != .estimated {
            return self.entry(found, event: event, cycle: cycle, book: book)
        }
        let rule: FactID
        switch event {
        case .residencyStarts: rule = .trainingStartsJuly1
        case .ecfmgCertificationDeadline: rule = .ecfmgCertificateBeforeResidency
        default: return nil
        }
        guard let day = CalendarDay(year: cycle, month: 7, day: 1), let fact = book[rule] else { return nil }
        return Entry(cycle: cycle, event: event, date: day, source: SeasonSource(fact, book: book, kind: .rule))
    }

    /// This cycle's estimate for an event: the facts' when they hold one; for a cycle later than
    /// every cycle the facts date, the season rules' (`SeasonEstimator`), made from the facts'
    /// published dates and saying how. Earlier cycles get none: their dates were published, and
    /// a guess would only look like one.
    public static func estimate(for event: SeasonEventID, cycle: Int, book: FactBook = .current) -> Entry? {
        if let found = fact(event, cycle: cycle, book: book) {
            return found.kind == .estimated ? entry(found, event: event, cycle: cycle, book: book) : nil
        }
        guard let latest = book.seasonCycles.max(), cycle > latest,
            let ruled = SeasonEstimator.fact(for: event, cycle: cycle, book: book)
        else { return nil }
        return entry(ruled, event: event, cycle: cycle, book: book)
    }

    /// The latest date of an earlier cycle (not an estimate), shown (labelled) when the chosen
    /// cycle has none.
    public static func latestEarlier(for event: SeasonEventID, before cycle: Int, book: FactBook = .current)
        -> Entry?
    {
        guard let earliest = book.seasonCycles.min(), earliest < cycle else { return nil }
        for year in stride(from: cycle - 1, through: earliest, by: -1) {
            if let found = fact(event, cycle: year, book: book), found.kind != .estimated {
                return entry(found, event: event, cycle: year, book: book)
            }
        }
        return nil
    }

    /// Cycles with at least one date that is not an estimate.
    public static var publishedCycles: [Int] {
        let book = FactBook.current
        let cycles = book.seasonCycles.filter { cycle in
            SeasonEventID.allCases.contains { book.seasonDate($0, cycle: cycle).map { $0.kind != .estimated } == true }
        }
        return Array(Set(cycles)).sorted()
    }

    private static func fact(_ event: SeasonEventID, cycle: Int, book: FactBook) -> Fact? {
        book.seasonDate(event, cycle: cycle)
    }

    private static func entry(_ fact: Fact, event: SeasonEventID, cycle: Int, book: FactBook) -> Entry? {
        fact.date.map { Entry(cycle: cycle, event: event, date: $0, source: SeasonSource(fact, book: book)) }
    }
}
