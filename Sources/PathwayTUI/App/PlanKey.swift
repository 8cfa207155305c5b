import PathwayCore

/// What the screen's plan was made from: the pathway's place in its history and the day.
///
/// Every change, undo and redo adds a history line, and a file read anew has its own history,
/// so the history's id and last sequence number stand for the pathway without comparing it
/// whole (which grows with the number of programs).
struct PlanKey: Equatable, Sendable {
    let log: String
    let seq: Int
    let today: CalendarDay

    init(journal: Journal, today: CalendarDay) {
        log = journal.head.log
        seq = journal.head.seq
        self.today = today
    }
}
