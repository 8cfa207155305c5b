/// The part of a pathway one change touches, as it was before or after it: what a history line
/// keeps so that undo and redo put back one slice instead of replaying the whole history.
///
/// Only the parts a change can touch are present; restoring a slice leaves the others alone.
public struct PathwaySlice: Equatable, Sendable, Codable {
    /// The milestone records a change touches (marks, ticks, notes, fields, dates, scores):
    /// usually one, several where one fact is kept in more than one (the Match cycle).
    public var records: [RecordSlice]?
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
    /// The status and days of programs that changed only those (many marked at once), per
    /// program: what lines written before `programStatusGroups` hold; read, no longer written.
    public var programStatuses: [ProgramStatusSlice]?
    /// Programs many of which were moved to a status at once, as groups of ids that shared their
    /// status and the day of the status set: a line's size follows the ids, not the programs.
    public var programStatusGroups: [ProgramStatusGroup]?
    public var rankOrder: RankOrderList?
    /// The experiences a change touches, by id; as with programs, absent ones did not exist.
    public var experienceIDs: [String]?
    public var experiences: [ClinicalExperience]?
    public var lastExperienceNumber: Int?
    /// The letters a change touches, by id; absent ones did not exist.
    public var letterIDs: [String]?
    public var letters: [Letter]?
    public var lastLetterNumber: Int?
    /// Set when the slice holds the letters-per-program setting (nil there is the default).
    public var letterLimitHeld: Bool?
    public var letterLimit: Int?

    /// One milestone's record.
    public struct RecordSlice: Equatable, Sendable, Codable {
        public var milestone: MilestoneID
        public var record: MilestoneRecord
    }

    /// A date the person entered for a season event.
    public struct SeasonDate: Equatable, Sendable, Codable {
        public var cycle: Int
        public var event: SeasonEventID
        public var date: CalendarDay
    }

    init() {}
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

extension PathwaySlice {
    /// Holds the experiences with these ids as they are in `pathway`.
    mutating func experiences(_ ids: [String], of pathway: Pathway) {
        experienceIDs = ids
        let touched = Set(ids)
        experiences = pathway.experiences.filter { touched.contains($0.id) }
        lastExperienceNumber = pathway.lastExperienceNumber
    }

    /// Holds the letters with these ids as they are in `pathway`.
    mutating func letters(_ ids: [String], of pathway: Pathway) {
        letterIDs = ids
        let touched = Set(ids)
        letters = pathway.letters.filter { touched.contains($0.id) }
        lastLetterNumber = pathway.lastLetterNumber
    }
}

extension PathwaySlice {
    /// Holds the season settings as they are in `pathway`.
    mutating func season(of pathway: Pathway) {
        season = true
        seasonCycle = pathway.season.cycle
        seasonDates = pathway.season.entered.map { SeasonDate(cycle: $0.cycle, event: $0.event, date: $0.date) }
    }
}
