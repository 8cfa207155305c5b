/// Facts derived from what is recorded, each read from one place so that every screen, command
/// and rule agrees (one fact, one field).
extension Pathway {
    /// The day an exam was passed: the passing attempt's day, else the recorded status date.
    public func passDate(_ id: MilestoneID) -> CalendarDay? {
        self[id].attempts.last(where: { $0.result == .passed })?.date ?? self[id].date(of: .passed)
    }

    /// The day a milestone reached a status, if recorded (a pass is the passing attempt's day;
    /// the start of residency is its one start date).
    public func day(_ id: MilestoneID, reached status: Status) -> CalendarDay? {
        switch (id, status) {
        case (_, .passed) where id.isExam: passDate(id)
        case (.residency, .inTraining): residencyStart
        default: self[id].date(of: status)
        }
    }

    /// The residency start date: the "Start date" field, else the day "in training" was recorded.
    /// Both are kept equal by `apply`; older files may hold only one of them.
    public var residencyStart: CalendarDay? {
        self[.residency].details["startDate"].flatMap(CalendarDay.init(parsing:))
            ?? self[.residency].date(of: .inTraining)
    }

    /// The residency specialty: the one recorded on the residency, else the profile's target.
    public var residencySpecialty: String? {
        if let own = self[.residency].details["specialty"], !own.isEmpty { return own }
        return profile.targetSpecialty.isEmpty ? nil : profile.targetSpecialty
    }

    /// The program's length in years, if recorded.
    public var programYears: Int? { self[.residency].details["lengthYears"].flatMap { Int($0) } }

    /// The day the program's length is served (start plus length), if both are recorded.
    public var programEnd: CalendarDay? {
        guard let start = residencyStart, let years = programYears else { return nil }
        return start.adding(months: 12 * years)
    }

    /// Whether a Match cycle is recorded on ERAS or the Match (`calendar cycle YEAR` records it
    /// there too).
    public var recordsMatchCycle: Bool {
        self[.match].details["cycle"] != nil || self[.eras].details["cycle"] != nil
    }

    /// The person's Match cycle (the year of the Match): the one value ERAS and the Match share;
    /// once matched without a recorded cycle, the year of the match.
    public var matchCycle: Int? {
        for id in [MilestoneID.match, .eras] {
            if let text = self[id].details["cycle"], let year = Int(text) { return year }
        }
        if self[.match].status == .matched, let day = self[.match].date(of: .matched) {
            // Matches happen in March (SOAP included), so the year of the match is its cycle.
            return day.year
        }
        return nil
    }

    /// The day the ECFMG certificate stops being valid for entering residency, if recorded
    /// (Pathway-based certificates).
    public var certificateValidThrough: CalendarDay? {
        self[.ecfmg].details["validThrough"].flatMap(CalendarDay.init(parsing:))
    }
}
