/// Programs that shared a status and the day of one status when many were moved at once: what a
/// history line keeps for such a change, a group of ids per distinct state.
///
/// Moving programs to a status changes two things in each: the status, and the day of that one
/// status. So a line needs, per program, only its status and that one day; programs that share
/// both share a group. Marking 3,000 programs then writes a few groups of ids before and one
/// after, instead of 6,000 objects with every day of every program: writing, reading and undoing
/// the line follow the number of ids, not all that the programs hold.
public struct ProgramStatusGroup: Equatable, Sendable, Codable {
    public var ids: [String]
    public var status: ProgramStatus
    /// The status whose day the change sets (its name, as in `Program.dates`).
    public var dayOf: String
    /// That status's day in these programs; nil when they had none.
    public var day: CalendarDay?

    public init(ids: [String], status: ProgramStatus, dayOf: String, day: CalendarDay?) {
        self.ids = ids
        self.status = status
        self.dayOf = dayOf
        self.day = day
    }

    /// The touched programs in their list order, grouped by status and the day of `status`.
    static func groups(of programs: [Program], touched: Set<String>, dayOf status: ProgramStatus)
        -> [ProgramStatusGroup]
    {
        /// What the programs of a group share.
        struct Key: Hashable {
            let status: ProgramStatus
            let day: CalendarDay?
        }
        var groups: [ProgramStatusGroup] = []
        var index: [Key: Int] = [:]
        for program in programs where touched.contains(program.id) {
            let key = Key(status: program.status, day: program.dates[status.rawValue])
            if let at = index[key] {
                groups[at].ids.append(program.id)
            } else {
                index[key] = groups.count
                groups.append(
                    ProgramStatusGroup(ids: [program.id], status: key.status, dayOf: status.rawValue, day: key.day))
            }
        }
        return groups
    }
}
