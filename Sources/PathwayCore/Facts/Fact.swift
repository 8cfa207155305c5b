/// One external fact the program relies on: a date, a figure or a rule's parameter, with where it
/// comes from and when that was last checked.
///
/// Facts live as data in `Facts/*.json` (compiled in by `Facts/embed.sh`) and can be overridden by
/// the person's own files in `$XDG_CONFIG_HOME/imgpath/facts/`. Rules stay code; the numbers and
/// dates they use, and the sources they cite, are facts.
public struct Fact: Equatable, Sendable {
    /// How sure a fact is.
    public enum Kind: String, CaseIterable, Equatable, Sendable, Codable {
        /// Published by the body itself (usmle.org, ecfmg.org, nrmp.org, aamc.org, a state code).
        case published
        /// Found only in a secondary source (a summary, a news page), not confirmed at the body.
        case secondary
        /// Not published yet: worked out from earlier years, as `how` says.
        case estimated
    }

    /// A fact's value: a whole number, a calendar day or a text.
    public enum Value: Equatable, Sendable, CustomStringConvertible {
        case integer(Int)
        case date(CalendarDay)
        case text(String)

        /// The name of the value's type, as an error message says it.
        public var typeName: String {
            switch self {
            case .integer: "a whole number"
            case .date: "a date (YYYY-MM-DD)"
            case .text: "a text"
            }
        }

        /// Whether both values are of the same type (an override must keep the built-in's type).
        public func hasSameType(as other: Value) -> Bool {
            switch (self, other) {
            case (.integer, .integer), (.date, .date), (.text, .text): true
            default: false
            }
        }

        public var description: String {
            switch self {
            case .integer(let number): String(number)
            case .date(let day): day.description
            case .text(let text): text
            }
        }
    }

    /// A stable dotted id, such as `usmle.attemptLimit` or `nrmp.2027.matchDay`.
    public let id: String
    public let value: Value
    /// Where the value comes from: the site and the page, as a person would look it up.
    public let source: String
    /// The page's address, when there is one.
    public let url: String?
    /// The day the value was last checked against its source.
    public let checked: CalendarDay
    public let kind: Kind
    /// The Match cycle (the year of the Match) a season date belongs to.
    public let cycle: Int?
    /// The first day the value applies (an exam date, an application date).
    public let from: CalendarDay?
    /// The last day the value applies, when it has an end.
    public let until: CalendarDay?
    /// For an estimate: how it was made. For other facts: what to keep in mind, if anything.
    public let how: String?
    /// The unit of a figure that needs one: `USD` for a fee (an amount in whole US dollars).
    public let unit: String?
    /// The file the fact came from; nil for a built-in fact.
    public let origin: String?

    public init(
        id: String, value: Value, source: String, url: String? = nil, checked: CalendarDay, kind: Kind,
        cycle: Int? = nil, from: CalendarDay? = nil, until: CalendarDay? = nil, how: String? = nil,
        unit: String? = nil, origin: String? = nil
    ) {
        self.id = id
        self.value = value
        self.source = source
        self.url = url
        self.checked = checked
        self.kind = kind
        self.cycle = cycle
        self.from = from
        self.until = until
        self.how = how
        self.unit = unit
        self.origin = origin
    }

    /// Where the fact came from, as `facts` prints it: "built in" or the override file.
    public var originText: String { origin ?? "built in" }

    /// The value as a whole number, a day or a text; nil when it is of another type.
    public var integer: Int? {
        if case .integer(let number) = value { return number }
        return nil
    }

    public var date: CalendarDay? {
        if case .date(let day) = value { return day }
        return nil
    }

    public var text: String? {
        if case .text(let text) = value { return text }
        return nil
    }

    /// The same fact, given a cycle.
    func inCycle(_ cycle: Int?) -> Fact {
        Fact(
            id: id, value: value, source: source, url: url, checked: checked, kind: kind, cycle: cycle, from: from,
            until: until, how: how, unit: unit, origin: origin)
    }
}
