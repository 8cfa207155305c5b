extension Program {
    /// What makes this program one imgpath would never record, in words, or nil when it is sound.
    ///
    /// Every field is checked the way `ProgramField` reads it, so a program that arrives whole
    /// (an import, a history line, a hand-edited snapshot) meets the same rules as one typed in.
    public var problem: String? {
        if !id.isEmpty, Program.number(in: id) == nil { return "\"\(id)\" is not a program id (pg-1, pg-2, ...)" }
        switch normalized() {
        case .failure(let error): return "\(name.isEmpty ? id : name): \(error.reason)"
        case .success(let copy) where copy != self:
            return "\(name): a field is not in the form imgpath stores it (\(id))"
        case .success: break
        }
        for key in dates.keys where ProgramStatus(rawValue: key) == nil {
            return "\(name): \"\(key)\" is not a program status"
        }
        for day in Array(dates.values) + [thankYouSent].compactMap({ $0 }) where !Program.plausibleDays.contains(day) {
            return "\(name): the date \(day) is outside \(Program.plausibleDays.lowerBound) to "
                + "\(Program.plausibleDays.upperBound)"
        }
        return nil
    }

    /// The program with every field read back the way `ProgramField` stores it (codes in capitals,
    /// names trimmed), or the first field that does not read.
    public func normalized() -> Result<Program, ProgramFieldError> {
        ProgramField.copy(of: self, onto: self) { field, text in field != .notes && (field == .name || !text.isEmpty) }
    }

    /// The days an application-season date can fall on (a year typed as 2205 is a mistake).
    public static let plausibleDays: ClosedRange<CalendarDay> = {
        let first = CalendarDay(year: 1990, month: 1, day: 1) ?? .epoch
        let last = CalendarDay(year: 2100, month: 12, day: 31) ?? .epoch
        return first...last
    }()
}
