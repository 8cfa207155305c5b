/// Taking and putting back the part of a pathway a change touches.
extension Pathway {
    /// The parts of this pathway a change touches, as they are now.
    func slice(touchedBy change: Change) -> PathwaySlice {
        var slice = PathwaySlice()
        switch change {
        case .mark(let id, _, _, _, _, _), .tick(let id, _, _), .note(let id, _), .detail(let id, _, _),
            .date(let id, _, _), .score(let id, _):
            slice.milestone = id
            slice.record = self[id]
        case .profile:
            slice.profile = profile
        case .addDeadline, .editDeadline, .removeDeadline:
            slice.deadlines = deadlines
            slice.lastDeadlineNumber = lastDeadlineNumber
        case .seasonCycle, .seasonDate:
            slice.season = true
            slice.seasonCycle = season.cycle
            slice.seasonDates = season.entered.map { PathwaySlice.SeasonDate(cycle: $0.cycle, event: $0.event, date: $0.date) }
        }
        return slice
    }

    /// Puts a slice back, leaving every part it does not hold as it is.
    mutating func restore(_ slice: PathwaySlice) {
        if let id = slice.milestone, let record = slice.record { self[id] = record }
        if let profile = slice.profile { self.profile = profile }
        if let deadlines = slice.deadlines { self.deadlines = deadlines }
        if let number = slice.lastDeadlineNumber { lastDeadlineNumber = number }
        if slice.season == true {
            var settings = SeasonSettings()
            settings.cycle = slice.seasonCycle
            for entry in slice.seasonDates ?? [] { settings.set(entry.event, cycle: entry.cycle, to: entry.date) }
            season = settings
        }
    }
}
