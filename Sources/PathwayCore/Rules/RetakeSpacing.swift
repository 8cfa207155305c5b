/// ECFMG's spacing of USMLE retakes: at most three attempts at a Step within 12 months; a fourth
/// and later attempt at least 12 months after the first and 6 months after the most recent.
public enum RetakeSpacing {
    /// Whether attempts on these days keep the spacing (in any order; they are sorted here).
    public static func holds(_ days: [CalendarDay]) -> Bool { firstBreak(days) == nil }

    /// The first attempt, in date order, that comes too soon, with the earliest day it could have
    /// been taken; nil when the spacing holds.
    public static func firstBreak(_ days: [CalendarDay]) -> (day: CalendarDay, earliest: CalendarDay)? {
        let sorted = days.sorted()
        for index in sorted.indices where index >= RuleFacts.attemptsPerYear {
            let earliest = earliestAttempt(after: Array(sorted[..<index]))
            if let earliest, sorted[index] < earliest { return (sorted[index], earliest) }
        }
        return nil
    }

    /// The earliest day of another attempt after the given ones; nil when none is needed to wait for.
    public static func earliestAttempt(after days: [CalendarDay]) -> CalendarDay? {
        let sorted = days.sorted()
        guard sorted.count >= RuleFacts.attemptsPerYear, let first = sorted.first, let latest = sorted.last else {
            return nil
        }
        // Three in a row within 12 months: the next one waits until 12 months after the third-last.
        let window = sorted[sorted.count - RuleFacts.attemptsPerYear].adding(months: 12)
        return [
            first.adding(months: RuleFacts.monthsAfterFirstAttempt),
            latest.adding(months: RuleFacts.monthsAfterLatestAttempt),
            window,
        ].max()
    }
}
