extension CalendarDay {
    /// The same day `months` months later (earlier when negative); a day past the end of the
    /// target month becomes its last day (31 Jan + 1 month = 28 or 29 Feb).
    ///
    /// Retake spacing counts in months ("12 months after the first attempt"), not in days.
    public func adding(months: Int) -> CalendarDay {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12
        let newMonth = index % 12 + 1
        let lastDay = CalendarDay.daysIn(month: newMonth, year: newYear)
        return CalendarDay(year: newYear, month: newMonth, day: min(day, lastDay)) ?? self
    }
}
