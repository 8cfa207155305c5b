/// A value the person records for a milestone, such as the residency specialty.
public struct DetailField: Equatable, Sendable {
    /// What a field holds; it decides how a typed value is checked.
    public enum Kind: Equatable, Sendable {
        case text
        /// A whole number in a range, such as a count of letters or a PGY year.
        case number(ClosedRange<Int>)
        case date
        /// A fixed number of whole numbers in a range, written "350/350/300/350" (per-subtest minimums).
        case numbers(count: Int, ClosedRange<Int>)
        /// A US state or territory, stored as its two-letter code (the licensing board's state).
        case usState
    }

    /// Stable id used in the file and on the command line (`imgpath set residency specialty ...`).
    public let id: String
    public let label: String
    public let kind: Kind

    public init(_ id: String, _ label: String, _ kind: Kind = .text) {
        self.id = id
        self.label = label
        self.kind = kind
    }

    /// The value as it will be stored, or a message saying what is wrong with it.
    public func normalize(_ raw: String) -> Result<String, RuleViolation> {
        let text = raw.trimmingSpaces()
        switch kind {
        case .text:
            return .success(text)
        case .number(let range):
            guard let number = Int(text), range.contains(number) else {
                return .failure(
                    .invalidValue(
                        field: label, value: raw,
                        expected: "a whole number from \(range.lowerBound) to \(range.upperBound)"))
            }
            return .success(String(number))
        case .numbers(let count, let range):
            let parts = text.split(whereSeparator: { $0 == "/" || $0 == " " || $0 == "," }).map { Int($0) }
            guard parts.count == count, parts.allSatisfy({ $0.map(range.contains) == true }) else {
                return .failure(
                    .invalidValue(
                        field: label, value: raw,
                        expected: "\(count) whole numbers from \(range.lowerBound) to \(range.upperBound), "
                            + "separated by /"))
            }
            return .success(parts.compactMap { $0.map(String.init) }.joined(separator: "/"))
        case .usState:
            guard let code = USState.code(text) else {
                return .failure(
                    .invalidValue(field: label, value: raw, expected: "a US state or territory code, such as NY or CA"))
            }
            return .success(code)
        case .date:
            guard let day = CalendarDay(parsing: text) else {
                return .failure(.invalidValue(field: label, value: raw, expected: "a date as YYYY-MM-DD"))
            }
            return .success(day.description)
        }
    }
}

extension String {
    /// The text with its first letter in capitals ("in 3 days" -> "In 3 days").
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }

    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingSpaces() -> String {
        // Most text has nothing to trim: its first and last bytes say so without walking it.
        let isSpaceByte: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if let first = utf8.first, let last = utf8.last, !isSpaceByte(first), !isSpaceByte(last) { return self }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }),
            let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
