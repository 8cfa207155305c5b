/// The part of a pathway one change touches, as it was before or after it: what a history line
/// keeps so that undo and redo put back one slice instead of replaying the whole history.
///
/// Only the parts a change can touch are present; restoring a slice leaves the others alone.
public struct PathwaySlice: Equatable, Sendable, Codable {
    /// A milestone's record (marks, ticks, notes, fields, dates, scores).
    public var milestone: MilestoneID?
    public var record: MilestoneRecord?
    public var profile: Profile?
    /// The whole deadline list and the highest number given so far: a deadline change can add,
    /// edit or remove one, and the list stays short (it is personal, not per program).
    public var deadlines: [Deadline]?
    public var lastDeadlineNumber: Int?
    public var seasonCycle: Int?
    public var seasonDates: [SeasonDate]?
    /// Set when the slice holds the season settings (the cycle may be nil there).
    public var season: Bool?
    /// The programs a change touches, by id; those of them absent from `programs` did not exist.
    /// Only the touched programs are kept, so a line stays small with hundreds of programs.
    public var programIDs: [String]?
    public var programs: [Program]?
    public var lastProgramNumber: Int?
    public var rankOrder: RankOrderList?

    /// A date the person entered for a season event.
    public struct SeasonDate: Equatable, Sendable, Codable {
        public var cycle: Int
        public var event: SeasonEventID
        public var date: CalendarDay
    }

    init() {}
}

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
        case .addProgram(let program):
            slice.programs(program.id.isEmpty ? [nextProgramID] : [program.id], of: self)
        case .editProgram(let id, _, _), .markProgram(let id, _, _), .removeProgram(let id):
            slice.programs([id], of: self)
        case .importPrograms(let list):
            slice.programs(list.map(\.id), of: self)
        case .rankMove:
            slice.rankOrder = rankOrder
        case .rankCertify:
            // Certifying also moves the Match milestone to ranked.
            slice.rankOrder = rankOrder
            slice.milestone = .match
            slice.record = self[.match]
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
        if let ids = slice.programIDs {
            let touched = Set(ids)
            programs.removeAll { touched.contains($0.id) }
            for program in slice.programs ?? [] { store(program) }
        }
        if let number = slice.lastProgramNumber { lastProgramNumber = number }
        if let order = slice.rankOrder { rankOrder = order }
    }
}

extension PathwaySlice {
    /// Holds the programs with these ids as they are in `pathway` (absent ones stay absent).
    mutating func programs(_ ids: [String], of pathway: Pathway) {
        programIDs = ids
        let touched = Set(ids)
        programs = pathway.programs.filter { touched.contains($0.id) }
        lastProgramNumber = pathway.lastProgramNumber
    }
}
