/// What the first screen and the quick commands need of the programs without reading them all:
/// how many there are, the season's counts, and the names of the programs letters are assigned
/// to. The snapshot keeps it beside the programs in play (`ProgramGlance.inPlay`), so a season of
/// thousands of programs costs the first frame, `status` and a milestone change no more than a
/// season of ten.
public struct ProgramGlance: Equatable, Sendable, Codable {
    /// How many programs are recorded.
    public var count: Int
    /// The season's counts, as `SeasonSummary` gives them from the whole list.
    public var summary: SeasonSummary
    /// The programs with a letter assigned, in list order: the letter warnings name them.
    public var lettered: [Named]
    /// The programs ERAS charges for, per specialty (`SeasonBudget.programsBySpecialty`).
    public var bySpecialty: [SpecialtyCount]

    /// How many programs of one specialty.
    public struct SpecialtyCount: Equatable, Sendable, Codable {
        public var specialty: String
        public var count: Int
    }

    /// A program by id and name.
    public struct Named: Equatable, Sendable, Codable {
        public var id: String
        public var name: String
    }

    /// The glance at a whole list of programs.
    public init(programs: [Program], rankOrder: RankOrderList, letters: [Letter]) {
        count = programs.count
        summary = SeasonSummary(programs: programs, rankOrder: rankOrder)
        let assigned = Set(letters.flatMap(\.assignments.keys))
        lettered = programs.filter { assigned.contains($0.id) }.map { Named(id: $0.id, name: $0.name) }
        bySpecialty = SeasonBudget.programsBySpecialty(programs).map {
            SpecialtyCount(specialty: $0.specialty, count: $0.count)
        }
    }

    /// The programs whose every field the first screen, the plan and the rules of a milestone
    /// change may read: those invited, interviewing or interviewed (interviews, thank-you notes,
    /// Match Week), and those on the rank order list. A season has tens of them however many
    /// programs it tracks.
    public static func inPlay(_ programs: [Program], rankOrder: RankOrderList) -> [Program] {
        let listed = Set(rankOrder.order)
        return programs.filter { program in
            switch program.status {
            case .invited, .interviewScheduled, .interviewed: return true
            case .considering, .applied, .rejected, .withdrawn:
                return program.interviewDay != nil || program.date(of: .invited) != nil || listed.contains(program.id)
            }
        }
    }
}
