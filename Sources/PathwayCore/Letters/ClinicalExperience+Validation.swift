extension ClinicalExperience {
    /// The number in an id such as `ce-12`, or nil when the text is not an experience id.
    public static func number(in id: String) -> Int? { ItemNumber.number(in: id, prefix: idPrefix) }

    /// What makes this entry one imgpath never records, in words, or nil. Dates may be ahead:
    /// a planned rotation is recorded before it starts.
    public var problem: String? {
        if site.trimmingSpaces().isEmpty { return "an experience needs a site" }
        if !state.isEmpty, USState.code(state) != state { return "\"\(state)\" is not a US state code" }
        if let refusal = ClinicalExperience.datesRefusal(start: start, end: end) { return "\(site): \(refusal)" }
        return nil
    }

    /// The same entry under another id.
    func withID(_ id: String) -> ClinicalExperience {
        var copy = ClinicalExperience(id: id, kind: kind, site: site, start: start, end: end)
        copy.city = city
        copy.state = state
        copy.specialty = specialty
        copy.supervisor = supervisor
        copy.notes = notes
        return copy
    }

    /// Whether the experience is still ahead: it starts after `today`, so it is planned, not done.
    public func isPlanned(today: CalendarDay) -> Bool { start > today }

    /// This entry's weeks served by `today` and those still ahead: all planned before it starts,
    /// all done once it has ended, and while it runs the whole weeks since its start done and the
    /// rest planned (a six-month rotation begun last month is not six months done).
    public func weeks(asOf today: CalendarDay) -> (done: Int, planned: Int) {
        if start > today { return (0, weeks) }
        if end <= today { return (weeks, 0) }
        let done = min(weeks, (start.days(until: today) + 1) / 7)
        return (done, weeks - done)
    }

    /// The weeks of the entries served by `today`, and of those still ahead.
    public static func weeks(_ list: [ClinicalExperience], today: CalendarDay) -> (done: Int, planned: Int) {
        list.reduce(into: (done: 0, planned: 0)) { totals, entry in
            let weeks = entry.weeks(asOf: today)
            totals.done += weeks.done
            totals.planned += weeks.planned
        }
    }

    /// "4 weeks done, 4 planned", or "4 weeks" when nothing is planned.
    public static func weeksText(_ list: [ClinicalExperience], today: CalendarDay) -> String {
        let totals = weeks(list, today: today)
        let done = "\(totals.done) \(totals.done == 1 ? "week" : "weeks")"
        return totals.planned > 0 ? "\(done) done, \(totals.planned) planned" : done
    }

    /// Whole weeks of each kind served by `today`, in the kinds' order, leaving out kinds with no
    /// entry begun (a planned one, not started, is left out; one under way counts its weeks so far).
    public static func weeksByKind(_ list: [ClinicalExperience], today: CalendarDay) -> [(
        kind: ExperienceKind, weeks: Int
    )] {
        let begun = list.filter { !$0.isPlanned(today: today) }
        return ExperienceKind.allCases.compactMap { kind in
            let entries = begun.filter { $0.kind == kind }
            return entries.isEmpty ? nil : (kind, entries.reduce(0) { $0 + $1.weeks(asOf: today).done })
        }
    }

    /// Whole weeks of each kind, in the kinds' order, leaving out kinds with no entry.
    public static func weeksByKind(_ list: [ClinicalExperience]) -> [(kind: ExperienceKind, weeks: Int)] {
        ExperienceKind.allCases.compactMap { kind in
            let entries = list.filter { $0.kind == kind }
            return entries.isEmpty ? nil : (kind, entries.reduce(0) { $0 + $1.weeks })
        }
    }
}
