/// Reads the dates people's spreadsheets hold: `2025-09-15`, `15 Sep 2025`, `Sep 15, 2025`,
/// `15-Sep-2025`, and numeric `9/15/2025` or `15/09/2025`.
///
/// Numeric dates are ambiguous (3/4/2025 is 3 April in most of the world and March 4 in the US),
/// so the order is decided once for a whole file from the dates that can only be read one way;
/// when no date settles it and one is ambiguous, the import says so instead of guessing.
public enum SheetDate {
    /// Day-month or month-day order of numeric dates in one file.
    public enum Order: Sendable, Equatable {
        case dayFirst
        case monthFirst
    }

    /// The order a file's numeric dates imply, nil when none settles it; an error when they
    /// contradict each other (one can only be day-first, another only month-first).
    public static func order(of texts: [String]) -> Result<Order?, SheetDateError> {
        var dayFirstOnly: String?
        var monthFirstOnly: String?
        for text in texts {
            guard let (first, second, _) = numericParts(text) else { continue }
            if first > 12 && second <= 12 { dayFirstOnly = dayFirstOnly ?? text }
            if second > 12 && first <= 12 { monthFirstOnly = monthFirstOnly ?? text }
        }
        switch (dayFirstOnly, monthFirstOnly) {
        case (.some(let day), .some(let month)):
            return .failure(
                SheetDateError(
                    reason: "the file mixes day-first (\(day)) and month-first (\(month)) dates; "
                        + "write dates as YYYY-MM-DD"))
        case (.some, nil): return .success(.dayFirst)
        case (nil, .some): return .success(.monthFirst)
        case (nil, nil): return .success(nil)
        }
    }

    /// The day a cell names; empty text is nil with no error.
    public static func parse(_ raw: String, order: Order?) -> Result<CalendarDay?, SheetDateError> {
        let text = raw.trimmingSpaces()
        if text.isEmpty { return .success(nil) }
        if let day = CalendarDay(parsing: text) { return .success(day) }
        if let (first, second, year) = numericParts(text) {
            let resolved: Order
            if first == second || (first > 12) {
                resolved = .dayFirst
            } else if second > 12 {
                resolved = .monthFirst
            } else if let order {
                resolved = order
            } else {
                return .failure(
                    SheetDateError(
                        reason: "\"\(text)\" could be day-first or month-first and no other date in the file "
                            + "settles it; write it as YYYY-MM-DD"))
            }
            let (day, month) = resolved == .dayFirst ? (first, second) : (second, first)
            guard let date = CalendarDay(year: year, month: month, day: day) else {
                return .failure(SheetDateError(reason: "\"\(text)\" is not a day of the calendar"))
            }
            return .success(date)
        }
        if let date = named(text) { return .success(date) }
        return .failure(SheetDateError(reason: "\"\(text)\" is not a date; write it as YYYY-MM-DD"))
    }

    /// `a/b/yyyy`, `a.b.yyyy` or `a/b/yy` as numbers, or nil.
    static func numericParts(_ text: String) -> (Int, Int, Int)? {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "." }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
            parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 || parts[2].count == 2,
            let first = Int(parts[0]), let second = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        return (first, second, parts[2].count == 2 ? 2000 + year : year)
    }

    private static let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    /// Dates with the month as a word, in either order: `15 Sep 2025`, `Sep 15, 2025`, `15-Sep-25`.
    static func named(_ text: String) -> CalendarDay? {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," }).map(String.init)
        guard words.count == 3 else { return nil }
        func month(_ word: String) -> Int? {
            guard word.count >= 3, word.allSatisfy(\.isLetter) else { return nil }
            return months.firstIndex { word.hasPrefix($0) && ($0.count == word.count || monthNames.contains(word)) }
                .map { $0 + 1 }
        }
        func number(_ word: String) -> Int? { word.allSatisfy(\.isASCIIDigit) ? Int(word) : nil }
        let year: Int? = number(words[2]).map { words[2].count == 2 ? 2000 + $0 : $0 }
        guard let year, words[2].count == 4 || words[2].count == 2 else { return nil }
        if let month = month(words[1]), let day = number(words[0]) {
            return CalendarDay(year: year, month: month, day: day)
        }
        if let month = month(words[0]), let day = number(words[1]) {
            return CalendarDay(year: year, month: month, day: day)
        }
        return nil
    }

    private static let monthNames: Set<String> = [
        "january", "february", "march", "april", "june", "july", "august", "september", "sept", "october",
        "november", "december",
    ]
}
