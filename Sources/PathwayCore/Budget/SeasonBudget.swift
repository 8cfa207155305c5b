/// What the application season costs: the fees paid (the programs' fee field) beside what the
/// season is expected to cost from fee facts, each with its source.
///
/// A fee no fact gives is not guessed: its item has no amount and says "no sourced figure", and
/// the expected total adds only the figures found (saying which are missing).
public struct SeasonBudget: Equatable, Sendable {
    /// One expected cost.
    public struct Item: Equatable, Sendable {
        /// What it is for: "ERAS applications", "NRMP registration".
        public let label: String
        /// The amount in cents; nil when no fact gives the fee.
        public let cents: Int?
        /// How the amount was worked out ("43 programs: 30 × $11 + 13 × $30"), or why there is none.
        public let basis: String
        /// The source of the fees used, as the facts cite it; nil when none was used.
        public let source: String?

        public init(label: String, cents: Int?, basis: String, source: String?) {
            self.label = label
            self.cents = cents
            self.basis = basis
            self.source = source
        }
    }

    /// The Match cycle the budget is for.
    public let cycle: Int
    /// Fees recorded on the programs, in cents.
    public let paidCents: Int
    /// How many programs have a fee recorded.
    public let programsWithFee: Int
    public let items: [Item]

    /// The text of an item without an amount.
    public static let noFigure = "no sourced figure"

    /// The sum of the expected items that have a figure, in cents.
    public var expectedCents: Int { items.compactMap(\.cents).reduce(0, +) }

    /// The items without a sourced figure, by label.
    public var missing: [String] { items.filter { $0.cents == nil }.map(\.label) }

    /// The budget of `pathway`'s season in `cycle`, from the fee facts of `book`.
    public init(pathway: Pathway, cycle: Int, book: FactBook) {
        self.cycle = cycle
        // The glance's counts, so the first screen's ERAS details need only the programs in play.
        let summary = pathway.seasonSummary
        paidCents = summary.feeCents
        programsWithFee = summary.feesRecorded
        var items: [Item] = []
        items.append(Self.eras(pathway.programsBySpecialty, cycle: cycle, book: book))
        items.append(Self.single(.nrmpRegistration, "NRMP registration", basis: "once per Match", book: book))
        items.append(Self.extraRanks(pathway.rankOrder.ranked(pathway.programs).count, book: book))
        for (id, exam, label) in [
            (FeeID.Single.step1, MilestoneID.step1, "USMLE Step 1"), (.step2ck, .step2ck, "USMLE Step 2 CK"),
        ]
        where [.notStarted, .failed].contains(pathway[exam].status) {
            let basis =
                pathway[exam].status == .failed ? "a new attempt, through ECFMG" : "not registered yet, through ECFMG"
            items.append(Self.single(id, label, basis: basis, book: book))
        }
        // The application for ECFMG certification comes before the first exam through ECFMG.
        if pathway[.ecfmg].status == .notStarted, pathway[.step1].status == .notStarted,
            pathway[.step2ck].status == .notStarted
        {
            items.append(
                Self.single(.ecfmgApplication, "Application for ECFMG certification", basis: "once", book: book))
        }
        self.items = items
    }

    /// A fee with one id: its amount, or none.
    private static func single(_ id: FeeID.Single, _ label: String, basis: String, book: FactBook) -> Item {
        guard let fact = book[id.rawValue], let dollars = fact.integer else {
            return Item(label: label, cents: nil, basis: noFigure, source: nil)
        }
        return Item(label: label, cents: dollars * 100, basis: basis, source: book.label(of: fact))
    }

    /// The NRMP fee for ranks over the number the registration includes.
    private static func extraRanks(_ ranked: Int, book: FactBook) -> Item {
        let label = "NRMP ranks over those included"
        guard let included = book[FeeID.nrmpIncludedRanks]?.integer,
            let extra = book[FeeID.Single.nrmpExtraRank.rawValue],
            let each = extra.integer
        else { return Item(label: label, cents: nil, basis: noFigure, source: nil) }
        let over = max(0, ranked - included)
        return Item(
            label: label, cents: over * each * 100,
            basis: "\(ranked) ranked, \(included) included" + (over > 0 ? ": \(over) × \(money(each * 100))" : ""),
            source: book.label(of: extra))
    }

    /// One price tier of ERAS: its fee per program and its last program (nil: no end).
    public struct Tier: Equatable, Sendable {
        public let upTo: Int?
        public let eachCents: Int

        public init(upTo: Int?, eachCents: Int) {
            self.upTo = upTo
            self.eachCents = eachCents
        }
    }

    /// The ERAS tiers of `cycle`, in order, with the fact of the first tier (for its source); nil
    /// when the book has none for that cycle. Tiers stop at the first without a fee or without an
    /// end (that one is the last).
    public static func erasTiers(cycle: Int, book: FactBook) -> (tiers: [Tier], fact: Fact)? {
        var tiers: [Tier] = []
        var first: Fact?
        for tier in 1...FeeID.maximumTiers {
            guard let fact = book[FeeID.erasEach(cycle: cycle, tier: tier)], let each = fact.integer else { break }
            first = first ?? fact
            let upTo = book[FeeID.erasUpTo(cycle: cycle, tier: tier)]?.integer
            tiers.append(Tier(upTo: upTo, eachCents: each * 100))
            if upTo == nil { break }
        }
        return first.map { (tiers, $0) }
    }

    /// The ERAS fee for `count` programs of one specialty, with the sum as a text
    /// ("30 × $11 + 13 × $30"); nil when the tiers end before `count`.
    public static func erasFee(count: Int, tiers: [Tier]) -> (cents: Int, text: String)? {
        var left = count
        var done = 0
        var cents = 0
        var parts: [String] = []
        for tier in tiers where left > 0 {
            let room = tier.upTo.map { max(0, $0 - done) } ?? left
            let here = min(left, room)
            if here > 0 {
                cents += here * tier.eachCents
                parts.append("\(here) × \(money(tier.eachCents))")
            }
            left -= here
            done += here
        }
        guard left == 0 else { return nil }
        return (cents, parts.isEmpty ? "none" : parts.joined(separator: " + "))
    }

    /// The programs ERAS charges for: main-round programs applied to or still considered (a
    /// program withdrawn before applying costs nothing), counted per specialty, since ERAS prices
    /// start again with each specialty.
    public static func programsBySpecialty(_ programs: [Program]) -> [(specialty: String, count: Int)] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        var names: [String: String] = [:]
        // Trimmed and folded once per spelling, not once per program: a season of thousands of
        // programs has a handful of specialties, and every save counts them for the glance.
        var keys: [String: (name: String, key: String)] = [:]
        for program in programs where !program.soap {
            if program.status == .withdrawn, program.date(of: .applied) == nil { continue }
            let spelled =
                keys[program.specialty]
                ?? {
                    let name = String(
                        program.specialty.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
                    keys[program.specialty] = (name, name.lowercased())
                    return (name, name.lowercased())
                }()
            let (name, key) = spelled
            if counts[key] == nil {
                order.append(key)
                names[key] = name.isEmpty ? "specialty not set" : name
            }
            counts[key, default: 0] += 1
        }
        return order.map { (names[$0] ?? $0, counts[$0] ?? 0) }
    }

    /// ERAS application fees for the season, from the cycle's tiers or, when none are known for
    /// it, the previous cycle's, saying so.
    private static func eras(_ groups: [(specialty: String, count: Int)], cycle: Int, book: FactBook) -> Item {
        let label = "ERAS applications"
        let total = groups.map(\.count).reduce(0, +)
        // Last season's fees stand in for a season whose fees are not found yet; older ones do not.
        let found = [cycle, cycle - 1].lazy.compactMap { year in
            erasTiers(cycle: year, book: book).map { (year, $0) }
        }.first
        guard let (year, priced) = found else {
            return Item(label: label, cents: nil, basis: "\(total) programs; " + noFigure, source: nil)
        }
        var cents = 0
        var parts: [String] = []
        for group in groups {
            guard let fee = erasFee(count: group.count, tiers: priced.tiers) else {
                return Item(
                    label: label, cents: nil, basis: "\(total) programs; " + noFigure + " past the last tier",
                    source: book.label(of: priced.fact))
            }
            cents += fee.cents
            parts.append(groups.count == 1 ? fee.text : "\(group.specialty) \(group.count): \(fee.text)")
        }
        var basis = "\(total) \(total == 1 ? "program" : "programs")"
        if year != cycle { basis += " at the \(year) fees (none found for \(cycle))" }
        if !parts.isEmpty { basis += ": " + parts.joined(separator: "; ") }
        return Item(label: label, cents: cents, basis: basis, source: book.label(of: priced.fact))
    }

    /// An amount as people write it: "$1,234" for whole dollars, "$1,234.50" otherwise.
    public static func money(_ cents: Int) -> String {
        let dollars = "$" + (cents / 100).groupedInThousands
        let remainder = cents % 100
        return remainder == 0 ? dollars : dollars + "." + (remainder < 10 ? "0" : "") + String(remainder)
    }
}
