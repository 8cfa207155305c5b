import PathwayCore

/// Builds a realistic, valid history of a given length: every change goes through
/// `Journal.record`, so the rules accept it exactly as they would from a person.
///
/// The mix: status marks (with dates, scores and the odd note), checklist ticks, notes that are
/// rewritten, milestone fields, profile edits and date corrections, at increasing times spread
/// over about eight years. The same seed gives the same history.
struct HistoryGenerator {
    private var random: SeededGenerator
    private var time: Int64
    private let averageGap: Int64

    /// What kind of change to try next, with its weight in the mix.
    private enum Kind: CaseIterable {
        case mark, tick, note, detail, profile, date

        var weight: Int {
            switch self {
            case .mark: 10
            case .tick: 20
            case .note: 20
            case .detail: 35
            case .profile: 10
            case .date: 5
            }
        }
    }

    private static let words = [
        "called", "ECFMG", "about", "the", "transcript", "again", "waiting", "for", "letter", "from",
        "Dr.", "Müller", "in", "clinic", "rotation", "internal", "medicine", "observership", "Chicago",
        "visa", "appointment", "moved", "to", "next", "week", "study", "plan", "UWorld", "block", "done",
        "72%", "NBME", "form", "practice", "score", "interview", "invite", "program", "director", "thanked",
        "São", "Paulo", "Cairo", "Lahore", "Manila", "東京", "paid", "fee", "$", "uploaded", "PDF", "scan",
        "notarized", "copy", "mailed", "asked", "mentor", "review", "personal", "statement", "draft", "v3",
    ]
    private static let specialties = [
        "Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "Pathology",
        "General Surgery", "Anesthesiology",
    ]
    private static let states = ["NY", "TX", "CA", "FL", "IL", "PA", "MI", "OH", "NJ", "MA"]
    private static let schools = [
        "Cairo University", "Aga Khan University", "University of the Philippines", "Universidade de São Paulo",
        "King Edward Medical University", "Charité Berlin",
    ]

    /// A generator for histories that start on 2017-01-01 and span about eight years.
    init(seed: UInt64, events: Int) {
        random = SeededGenerator(seed: seed)
        time = 1_483_264_800  // 2017-01-01T10:00:00Z
        let eightYears: Int64 = 8 * 365 * 86_400
        averageGap = max(600, eightYears / Int64(max(1, events)))
    }

    /// A journal of exactly `events` accepted changes.
    mutating func journal(events: Int) -> Journal {
        var journal = Journal()
        var attemptsWithoutProgress = 0
        while journal.head.seq < events {
            time += Int64.random(in: 1...(2 * averageGap), using: &random)
            let clock = Clock.fixed(Timestamp(secondsSince1970: time))
            let today = clock.today
            guard let change = proposal(in: journal.pathway, today: today) else { continue }
            if case .success = journal.record(change, clock: clock) {
                attemptsWithoutProgress = 0
            } else {
                // A refused proposal (a value that did not change, a date the rules refuse) is
                // simply dropped; the mix is chosen so that this stays rare.
                attemptsWithoutProgress += 1
                precondition(attemptsWithoutProgress < 10_000, "the generator cannot find an accepted change")
            }
        }
        return journal
    }

    // MARK: - Proposals

    private mutating func proposal(in pathway: Pathway, today: CalendarDay) -> Change? {
        switch pickKind() {
        case .mark: return mark(in: pathway, today: today)
        case .tick: return tick(in: pathway)
        case .note: return note(in: pathway)
        case .detail: return detail()
        case .profile: return profile()
        case .date: return date(in: pathway, today: today)
        }
    }

    private mutating func pickKind() -> Kind {
        let total = Kind.allCases.reduce(0) { $0 + $1.weight }
        var roll = Int.random(in: 0..<total, using: &random)
        for kind in Kind.allCases {
            if roll < kind.weight { return kind }
            roll -= kind.weight
        }
        return .detail
    }

    /// A status the rules allow now, mostly a good outcome; nil when every milestone is stuck
    /// or done (then another kind of change is tried).
    private mutating func mark(in pathway: Pathway, today: CalendarDay) -> Change? {
        let candidates = MilestoneID.allCases.flatMap { id in
            PathwayMachine.options(for: id, in: pathway, today: today)
                .filter { $0.blockers.isEmpty && $0.status != .notStarted }
                .map { (id, $0.status) }
        }
        let hopeful = candidates.filter { $0.1 != .failed && $0.1 != .unmatched }
        let pool = hopeful.isEmpty || Int.random(in: 0..<10, using: &random) == 0 ? candidates : hopeful
        guard let (id, status) = pool.randomElement(using: &random) else { return nil }
        let isResult = MilestoneCatalog[id].attemptStatuses.contains(status)
        let day =
            status == .scheduled
            ? today.adding(days: Int.random(in: 14...120, using: &random))
            : today.adding(days: -Int.random(in: 0...20, using: &random))
        var score: Int?
        if isResult, id != .step1 || day < (RuleFacts.step1PassFailOnlyFrom ?? day) {
            score =
                status == .passed
                ? Int.random(in: 215...275, using: &random) : Int.random(in: 170...205, using: &random)
        }
        let note = Int.random(in: 0..<4, using: &random) == 0 ? sentence(words: 4...14) : nil
        return .mark(id, status, date: day, score: score, note: note, incomplete: false)
    }

    private mutating func tick(in pathway: Pathway) -> Change? {
        let withItems = MilestoneCatalog.all.filter { !$0.items.isEmpty }
        guard let info = withItems.randomElement(using: &random), let item = info.items.randomElement(using: &random)
        else { return nil }
        return .tick(info.id, item: item.id, done: !pathway[info.id].isTicked(item.id))
    }

    private mutating func note(in pathway: Pathway) -> Change? {
        guard let id = MilestoneID.allCases.randomElement(using: &random) else { return nil }
        // Notes grow and get rewritten: keep part of the old text now and then.
        let old = pathway[id].notes
        let fresh = sentence(words: 3...40)
        let text = !old.isEmpty && old.count < 600 && Bool.random(using: &random) ? old + "\n" + fresh : fresh
        return .note(id, text: text)
    }

    private mutating func detail() -> Change? {
        guard let info = MilestoneCatalog.all.filter({ !$0.fields.isEmpty }).randomElement(using: &random),
            let field = info.fields.randomElement(using: &random)
        else { return nil }
        let value: String
        switch field.kind {
        case .number(let range):
            value = String(Int.random(in: range, using: &random))
        case .date:
            value = CalendarDay.fromDaysSinceEpoch(Int.random(in: 16_000...20_500, using: &random)).description
        case .numbers(let count, let range):
            value = (0..<count).map { _ in String(Int.random(in: range, using: &random)) }.joined(separator: "/")
        case .usState:
            value = Self.states.randomElement(using: &random) ?? "NY"
        case .text:
            switch field.id {
            case "specialty": value = Self.specialties.randomElement(using: &random) ?? "Internal Medicine"
            case "usmleId", "licenseNumber": value = String(Int.random(in: 1_000_000...9_999_999, using: &random))
            default: value = sentence(words: 1...5)
            }
        }
        // Now and then a field is cleared.
        return .detail(info.id, field: field.id, value: Int.random(in: 0..<20, using: &random) == 0 ? nil : value)
    }

    private mutating func profile() -> Change? {
        guard let field = ProfileField.allCases.randomElement(using: &random) else { return nil }
        let value: String
        switch field {
        case .name:
            value =
                ["Amira Haddad", "Rahul Verma", "María José Pérez", "Chen Wei", "Oluwaseun Adeyemi"]
                .randomElement(using: &random) ?? "A. Person"
        case .medicalSchool: value = Self.schools.randomElement(using: &random) ?? "Cairo University"
        case .schoolCountry:
            value =
                ["Egypt", "Pakistan", "Philippines", "Brazil", "Germany", "India"]
                .randomElement(using: &random) ?? "India"
        case .graduationYear: value = String(Int.random(in: 2008...2020, using: &random))
        case .citizenship: value = Citizenship.allCases.randomElement(using: &random)?.rawValue ?? "other"
        case .visaTrack: value = VisaTrack.allCases.randomElement(using: &random)?.rawValue ?? "j1"
        case .targetSpecialty: value = Self.specialties.randomElement(using: &random) ?? "Pediatrics"
        }
        return .profile(field, value: value)
    }

    /// A correction of the date of the milestone's current status.
    private mutating func date(in pathway: Pathway, today: CalendarDay) -> Change? {
        let started = MilestoneID.allCases.filter { pathway[$0].status != .notStarted }
        guard let id = started.randomElement(using: &random) else { return nil }
        let status = pathway[id].status
        let offset = Int.random(in: 1...40, using: &random)
        return .date(id, status, status == .scheduled ? today.adding(days: offset) : today.adding(days: -offset))
    }

    private mutating func sentence(words range: ClosedRange<Int>) -> String {
        let count = Int.random(in: range, using: &random)
        var text = ""
        for index in 0..<count {
            if index > 0 { text += " " }
            text += Self.words.randomElement(using: &random) ?? "note"
        }
        return text
    }
}
