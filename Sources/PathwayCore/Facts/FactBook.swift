import Synchronization

/// Every fact the program uses: the built-in ones from `Facts/`, with the person's overrides.
///
/// The program reads one book, `FactBook.current`, installed once at start-up (built in, or with
/// the override files of the config folder). Tests build their own books.
public struct FactBook: Sendable {
    /// The facts in order: built-in files sorted by name, each file's facts as written, then
    /// facts that only an override file has.
    public private(set) var facts: [Fact]
    private var index: [String: Int]
    /// The position in `facts` of each `FactID`'s fact by the case's number (-1: none), so the
    /// rules find theirs without hashing an id.
    private var positions: [Int]
    /// The season dates by cycle and event, so the calendar finds a date without building its id.
    private var seasonDates: [(cycle: Int, event: SeasonEventID, position: Int)]
    /// Today, for the age of a fact ("checked 2025-06-01; may be out of date"); nil shows no age.
    public var today: CalendarDay?

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
        self.index = index
        self.today = today
        positions = FactID.allCases.map { index[$0.id] ?? -1 }
        seasonDates = kept.indices.compactMap { position in
            FactBook.seasonKey(kept[position]).map { ($0.cycle, $0.event, position) }
        }
    }

    /// The cycle and event of a season date (`nrmp.2027.matchDay`), read from its id; nil for
    /// any other fact. Only facts with a cycle are read, so this stays off most facts.
    private static func seasonKey(_ fact: Fact) -> (cycle: Int, event: SeasonEventID)? {
        guard let cycle = fact.cycle, fact.date != nil else { return nil }
        let id = fact.id.utf8
        guard let first = id.firstIndex(of: UInt8(ascii: ".")), let last = id.lastIndex(of: UInt8(ascii: ".")),
            first < last, let event = SeasonEventID(rawValue: String(Substring(id[id.index(after: last)...]))),
            String(Substring(id[..<first])) == seasonPrefix(of: event),
            Int(String(Substring(id[id.index(after: first)..<last]))) == cycle
        else { return nil }
        return (cycle, event)
    }

    /// The season date of an event in a cycle, if the book has one.
    public func seasonDate(_ event: SeasonEventID, cycle: Int) -> Fact? {
        seasonDates.first { $0.cycle == cycle && $0.event == event }.map { facts[$0.position] }
    }

    /// The cycles the book has season dates for.
    var seasonCycles: [Int] { seasonDates.map(\.cycle) }

    /// The facts compiled in from `Facts/` (see `FactBook+Generated.swift`).
    public static let builtIn = FactBook(builtInFacts)

    private static let installed = Mutex(builtIn)

    /// The book the program reads: the built-in facts unless start-up installed another.
    public static var current: FactBook { installed.withLock { $0 } }

    /// Makes `book` the one every rule and screen reads (at start-up, once overrides are read).
    public static func install(_ book: FactBook) { installed.withLock { $0 = book } }

    public subscript(id: String) -> Fact? { index[id].map { facts[$0] } }

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
