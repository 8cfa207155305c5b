/// A program's status and the days of its statuses: all that moving programs to a status
/// touches. A history line keeps these instead of whole programs when many programs change
/// status in one change, so writing it (and undoing it) stays quick with thousands.
public struct ProgramStatusSlice: Equatable, Sendable, Codable {
    public var id: String
    public var status: ProgramStatus
    public var dates: [String: CalendarDay]

    init(_ program: Program) {
        id = program.id
        status = program.status
        dates = program.dates
    }
}
