/// The person's dated items as of one day: personal deadlines, the season calendar, interviews,
/// thank-you notes and clinical experience merged, with pure queries for what is upcoming, overdue
/// and nearest per milestone.
///
/// It is what the plan is made from (`Plan.agenda`). What to do next is the plan's to say, so
/// there is no second answer here.
///
/// `today` is passed in (the injected clock's local day) so every answer is reproducible.
public struct Agenda: Equatable, Sendable {
    public let today: CalendarDay
    /// The season calendar the agenda follows.
    public let calendar: SeasonCalendar
    /// Every dated item, by date; on the same day personal deadlines come first, then season
    /// events in cycle order. Season events without a date are not items (see `calendar`).
    public let items: [AgendaItem]
    /// The interviews and thank-you notes, with the list of programs they were read from.
    private let interviews: ProgramItems

    /// The agenda of `pathway` on `today`. With `previous` (the agenda before a change, the same
    /// day), its interviews and notes are taken again when the pathway holds the very list of
    /// programs they were read from: a change that leaves the programs alone then reads none of
    /// them, however many the season holds.
    public init(pathway: Pathway, today: CalendarDay, cycle: Int? = nil, previous: Agenda? = nil) {
        self.today = today
        calendar = SeasonCalendar(pathway: pathway, today: today, cycle: cycle)
        let deadlines = pathway.deadlines.map {
            AgendaItem(source: .deadline($0), today: today, milestoneDone: pathway.isDone($0.milestone))
        }
        let events = calendar.events.filter { $0.date != nil }.map {
            AgendaItem(source: .season($0), today: today, milestoneDone: pathway.isDone($0.milestone))
        }
        if let previous, previous.today == today, previous.interviews.wereReadFrom(pathway.programs) {
            interviews = previous.interviews
        } else {
            interviews = ProgramItems(pathway.programs, today: today)
        }
        // Experience not started yet: the agenda shows what is coming, not what is under way.
        let experiences = pathway.experiences.filter { $0.start >= today }.map {
            AgendaItem(source: .experience($0), today: today, milestoneDone: false)
        }
        items = (deadlines + interviews.items + experiences + events).enumerated().sorted { a, b in
            if a.element.date != b.element.date { return a.element.date < b.element.date }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Agendas are equal when they list the same items on the same day; where the interviews were
    /// read from does not count.
    public static func == (lhs: Agenda, rhs: Agenda) -> Bool {
        lhs.today == rhs.today && lhs.calendar == rhs.calendar && lhs.items == rhs.items
    }

    /// Interviews still open, and a thank-you reminder the day after each interview held: it
    /// stays overdue until the note is recorded as sent or the reminder dismissed, however long
    /// ago the interview was.
    private struct ProgramItems: Sendable {
        /// The list read. Keeping it also keeps its storage from being changed in place: a
        /// pathway whose programs are changed gets a new copy, so the same storage means the
        /// same programs.
        let programs: [Program]
        let items: [AgendaItem]

        init(_ programs: [Program], today: CalendarDay) {
            self.programs = programs
            var items: [AgendaItem] = []
            // Through the storage, so only the programs with an interview are copied: a season
            // may hold thousands.
            programs.withUnsafeBufferPointer { list in
                for index in list.indices where list[index].status.isActive && list[index].interviewDay != nil {
                    let program = list[index]
                    items.append(AgendaItem(source: .interview(program), today: today, milestoneDone: false))
                    if program.status == .interviewed, program.thankYouSent == nil, program.thankYouDismissed != true {
                        items.append(AgendaItem(source: .thankYou(program), today: today, milestoneDone: false))
                    }
                }
            }
            self.items = items
        }

        /// Whether `list` is the one these items were read from: the same storage, not only the
        /// same programs (comparing them would read them all).
        func wereReadFrom(_ list: [Program]) -> Bool {
            guard !list.isEmpty, list.count == programs.count else { return false }
            return list.withUnsafeBufferPointer { new in
                programs.withUnsafeBufferPointer { old in new.baseAddress == old.baseAddress }
            }
        }
    }

    /// Items that still need action, from today to `days` days ahead, soonest first.
    public func upcoming(withinDays days: Int) -> [AgendaItem] {
        items.filter { $0.needsAction && $0.daysLeft >= 0 && $0.daysLeft <= days }
    }

    /// Personal deadlines not done whose day has passed, the oldest first.
    public var overdue: [AgendaItem] { items.filter(\.isOverdue) }

    /// The item of a milestone to look at first: its oldest overdue deadline, else its soonest
    /// upcoming deadline or season event that still needs action.
    public func nearest(for milestone: MilestoneID, includeSeason: Bool = true) -> AgendaItem? {
        let mine = items.filter { $0.milestone == milestone && (includeSeason || $0.isDeadline) }
        return mine.first(where: \.isOverdue) ?? mine.first { $0.needsAction && $0.daysLeft >= 0 }
    }

    /// `nearest(for:)` of every milestone that has one.
    public func nearestByMilestone(includeSeason: Bool = true) -> [MilestoneID: AgendaItem] {
        var result: [MilestoneID: AgendaItem] = [:]
        for id in MilestoneID.allCases {
            if let item = nearest(for: id, includeSeason: includeSeason) { result[id] = item }
        }
        return result
    }
}
