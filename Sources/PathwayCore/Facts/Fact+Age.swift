extension Fact {
    /// Rules and figures are checked again once a year.
    public static let reviewMonths = 12

    /// The day after which the fact may be out of date; nil when it cannot go stale.
    ///
    /// A season date can still move until its cycle is over (residency starts on July 1 of the
    /// Match year), so one checked before then needs a new look once the cycle has ended; one
    /// checked after the cycle is history and stays right. Any other fact is checked yearly.
    public var reviewDate: CalendarDay? {
        if let cycle {
            guard let end = CalendarDay(year: cycle, month: 7, day: 1), checked < end else { return nil }
            return end
        }
        return checked.adding(months: Fact.reviewMonths)
    }

    /// Whether the fact is past its review date on `today`.
    public func mayBeOutOfDate(today: CalendarDay) -> Bool {
        reviewDate.map { today > $0 } ?? false
    }

    /// "checked 2025-06-01; may be out of date" when the fact is past its review date, else nil.
    public func ageNote(today: CalendarDay) -> String? {
        mayBeOutOfDate(today: today) ? "checked \(checked); may be out of date" : nil
    }

    /// The source as a rule or a date cites it: the source itself, with the age note when the fact
    /// is past its review date.
    public func label(today: CalendarDay?) -> String {
        guard let today, let note = ageNote(today: today) else { return source }
        return "\(source); \(note)"
    }
}
