import Synchronization

/// Every fact the program uses: the built-in ones from `Facts/`, with the person's overrides.
///
/// The program reads one book, `FactBook.current`, installed once at start-up (built in, or with
/// the override files of the config folder). Tests build their own books.
public struct FactBook: Sendable {
    /// The facts in order: built-in files sorted by name, each file's facts as written, then
    /// facts that only an override file has.
    public private(set) var facts: [Fact]
    /// The position in `facts` of each `FactID`'s fact by the case's number (-1: none), so the
    /// rules find theirs without looking an id up by its text.
    private var positions: [Int]
    /// The season dates by cycle and event, so the calendar finds a date without building its id.
    private var seasonDates: [SeasonDate]
    /// Today, for the age of a fact ("checked 2025-06-01; may be out of date"); nil shows no age.
    public var today: CalendarDay?

    /// Where a season date is in `facts`.
    public struct SeasonDate: Sendable {
        public let cycle: Int
        public let event: SeasonEventID
        public let position: Int

        public init(cycle: Int, event: SeasonEventID, position: Int) {
            self.cycle = cycle
            self.event = event
            self.position = position
        }
    }

    /// A book of these facts; a later fact with the id of an earlier one takes its place.
    public init(_ facts: [Fact], today: CalendarDay? = nil) {
        var kept: [Fact] = []
        var index: [String: Int] = [:]
        for fact in facts {
            if let at = index[fact.id] {
                kept[at] = fact
            } else {
                index[fact.id] = kept.count
                kept.append(fact)
            }
        }
        self.facts = kept
        self.today = today
        positions = FactID.allCases.map { index[$0.id] ?? -1 }
        seasonDates = kept.indices.compactMap { position in
            let fact = kept[position]
            guard fact.date != nil, let key = FactBook.seasonKey(of: fact.id), key.cycle == fact.cycle else {
                return nil
            }
            return SeasonDate(cycle: key.cycle, event: key.event, position: position)
        }
    }

    private init(facts: [Fact], positions: [Int], seasonDates: [SeasonDate]) {
        self.facts = facts
        self.positions = positions
        self.seasonDates = seasonDates
        today = nil
    }

    /// The built-in book, from the tables the generator wrote beside the facts (so start-up does
    /// not work them out); checked cheaply, and worked out after all if they do not fit.
    static func builtIn(_ facts: [Fact], positions: [Int], seasonDates: [SeasonDate]) -> FactBook {
        let fits =
            positions.count == FactID.allCases.count
            && zip(FactID.allCases, positions).allSatisfy { id, position in
                position < 0 ? true : position < facts.count && facts[position].id == id.id
            }
            && seasonDates.allSatisfy { $0.position < facts.count && facts[$0.position].cycle == $0.cycle }
        guard fits else { return FactBook(facts) }
        return FactBook(facts: facts, positions: positions, seasonDates: seasonDates)
    }

    /// The cycle and event a season date's id names (`nrmp.2027.matchDay`); nil for any other id.
    public static func seasonKey(of id: String) -> (cycle: Int, event: SeasonEventID)? {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let cycle = Int(parts[1]), let event = SeasonEventID(rawValue: String(parts[2])),
            parts[0] == seasonPrefix(of: event)
        else { return nil }
        return (cycle, event)
    }

    /// The season date of an event in a cycle, if the book has one.
    public func seasonDate(_ event: SeasonEventID, cycle: Int) -> Fact? {
        seasonDates.first { $0.cycle == cycle && $0.event == event }.map { facts[$0.position] }
    }

    /// The cycles the book has season dates for.
    var seasonCycles: [Int] { seasonDates.map(\.cycle) }

    /// The positions of the `FactID` facts and the season dates, as the generator writes them.
    public var tables: (positions: [Int], seasonDates: [SeasonDate]) { (positions, seasonDates) }

    /// The facts compiled in from `Facts/` (see `FactBook+Generated.swift`).
    public static let builtIn = FactBook.builtIn(
        builtInFacts, positions: builtInPositions, seasonDates: builtInSeasonDates)

    private static let installed = Mutex(builtIn)

    /// The book the program reads: the built-in facts unless start-up installed another.
    public static var current: FactBook { installed.withLock { $0 } }

    /// Reads one thing from the installed book without copying it (the rules read a fact at a
    /// time, many times per frame).
    public static func read<T: Sendable>(_ body: (borrowing FactBook) -> T) -> T {
        installed.withLock { book in body(book) }
    }

    /// Makes `book` the one every rule and screen reads (at start-up, once overrides are read).
    public static func install(_ book: FactBook) { installed.withLock { $0 = book } }

    /// The fact with this id. A scan: the rules read their facts by `FactID`, the calendar by
    /// cycle and event, so this serves the rarer lookups by text.
    public subscript(id: String) -> Fact? { facts.first { $0.id == id } }

    public subscript(id: FactID) -> Fact? {
        let position = positions[id.rawValue]
        return position < 0 ? nil : facts[position]
    }

    /// A whole-number fact. Every `FactID` is built in with its type (a test checks it, and an
    /// override cannot change a type), so the fallback is never reached.
    public func integer(_ id: FactID) -> Int { self[id]?.integer ?? 0 }

    public func date(_ id: FactID) -> CalendarDay { self[id]?.date ?? .epoch }

    public func text(_ id: FactID) -> String { self[id]?.text ?? "" }

    /// A fact's source as a rule cites it, with "checked ...; may be out of date" when it is old.
    public func label(_ id: FactID) -> String { self[id].map(label(of:)) ?? "" }

    public func label(of fact: Fact) -> String { fact.label(today: today) }

    /// The facts whose id starts with `prefix` (such as `usmle.step2ck.passingScore.`).
    public func facts(withPrefix prefix: String) -> [Fact] { facts.filter { $0.id.hasPrefix(prefix) } }

    /// The id of a season date: `nrmp.2027.matchDay`, `eras.2027.myerasOpens`.
    public static func seasonID(cycle: Int, event: SeasonEventID) -> String {
        "\(seasonPrefix(of: event)).\(cycle).\(event.rawValue)"
    }

    /// The body that publishes an event's date: AAMC's ERAS or the NRMP.
    static func seasonPrefix(of event: SeasonEventID) -> String { event.milestone == .eras ? "eras" : "nrmp" }

    /// The id of a state's figure: `license.TX.trainingYears`.
    public static func stateID(_ state: String, _ family: FactFamily) -> String {
        "license.\(state).\(family.stateSuffix)"
    }

    /// What reads a fact, for `imgpath facts ID`.
    public static func usedBy(_ id: String) -> String {
        if let known = FactID(id: id) { return known.usedBy }
        if let family = FactFamily.of(id) { return family.usedBy }
        return "nothing yet"
    }

    /// Whether an override may name this id: a built-in fact or one of a family the code reads.
    public func knows(_ id: String) -> Bool { self[id] != nil || FactFamily.of(id) != nil }

    /// The value type an override of `id` must have.
    func expectedValue(for id: String) -> Fact.Value? { self[id]?.value ?? FactFamily.of(id)?.sample }

    /// A day written in the generated source; the generator writes only days it has read.
    static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
        CalendarDay(year: year, month: month, day: day) ?? .epoch
    }
}
