/// Everything recorded about one person's pathway: the profile and a record per milestone.
///
/// A value type; the history rebuilds it by applying accepted changes in order.
public struct Pathway: Equatable, Sendable {
    public var profile = Profile()
    /// Personal deadlines, in the order they were added.
    public var deadlines: [Deadline] = []
    /// The season calendar's chosen cycle and the dates the person entered.
    public var season = SeasonSettings()
    /// The highest deadline number given so far; numbers are not reused after a removal.
    var lastDeadlineNumber = 0
    var records: [MilestoneRecord] = Array(repeating: MilestoneRecord(), count: MilestoneID.allCases.count)
    /// The programs of the application season, in the order they were added (by id number).
    public var programs: [Program] = []
    /// The highest program number given so far; numbers are not reused after a removal.
    var lastProgramNumber = 0
    /// The person's order of the interviewed programs, and when it was certified.
    public var rankOrder = RankOrderList()
    /// US clinical experience, in id order.
    public var experiences: [ClinicalExperience] = []
    /// The highest experience number given so far; numbers are not reused after a removal.
    var lastExperienceNumber = 0
    /// Letters of recommendation, in id order.
    public var letters: [Letter] = []
    /// The highest letter number given so far; numbers are not reused after a removal.
    var lastLetterNumber = 0
    /// The letters per program the person set, or nil for ERAS's default.
    public var letterLimitSetting: Int?
    /// Set when `programs` holds only the programs in play, as read for the first screen and the
    /// quick commands: the counts of the whole list. Nil when `programs` is the whole list.
    public internal(set) var programGlance: ProgramGlance?

    public init() {}

    public subscript(id: MilestoneID) -> MilestoneRecord {
        get { records[id.order] }
        set { records[id.order] = newValue }
    }

    /// Whether a milestone counts as done (`status --json`'s `done`).
    public func isDone(_ id: MilestoneID) -> Bool { MilestoneCatalog[id].isDone(self[id].status) }

    /// How many of the eight milestones are done.
    public var doneCount: Int { MilestoneID.allCases.filter(isDone).count }

    /// A Step that has used every attempt without a pass, which ends USMLE eligibility.
    public var stepAtAttemptLimit: MilestoneID? {
        MilestoneID.allCases.first { id in
            id.isExam && self[id].status != .passed && self[id].attemptsUsed >= RuleFacts.usmleAttemptLimit
        }
    }

    /// Attempts left at an exam under the USMLE limit.
    public func attemptsLeft(_ id: MilestoneID) -> Int {
        max(0, RuleFacts.usmleAttemptLimit - self[id].attemptsUsed)
    }

    /// The deadline with an id, if it exists.
    public func deadline(_ id: String) -> Deadline? { deadlines.first { $0.id == id } }

    /// The id the next added deadline gets.
    public var nextDeadlineID: String { Deadline.id(number: lastDeadlineNumber + 1) }

    /// The program with an id, if it exists.
    public func program(_ id: String) -> Program? { programs.first { $0.id == id } }

    /// Each program's place in `programs`, by id, for changes that touch many at once.
    var programPositions: [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(programs.count)
        for (index, program) in programs.enumerated() { positions[program.id] = index }
        return positions
    }

    /// The id the next added program gets.
    public var nextProgramID: String { Program.id(number: lastProgramNumber + 1) }

    /// Puts a program in its place (programs stay in id order), replacing one with the same id.
    mutating func store(_ program: Program) {
        let number = ItemNumber.store(program, in: &programs, id: \.id, number: Program.number(in:))
        lastProgramNumber = max(lastProgramNumber, number)
    }

    /// The experience with an id, if it exists.
    public func experience(_ id: String) -> ClinicalExperience? { experiences.first { $0.id == id } }

    /// The id the next added experience gets.
    public var nextExperienceID: String { ClinicalExperience.id(number: lastExperienceNumber + 1) }

    /// The letter with an id, if it exists.
    public func letter(_ id: String) -> Letter? { letters.first { $0.id == id } }

    /// The id the next added letter gets.
    public var nextLetterID: String { Letter.id(number: lastLetterNumber + 1) }

    /// Letters that can be assigned to one program: the person's number, or ERAS's.
    public var letterLimit: Int { letterLimitSetting ?? LetterRules.defaultPerProgramLimit }

    /// Puts an experience in its place (id order), replacing one with the same id.
    mutating func store(_ experience: ClinicalExperience) {
        let number = ItemNumber.store(experience, in: &experiences, id: \.id, number: ClinicalExperience.number(in:))
        lastExperienceNumber = max(lastExperienceNumber, number)
    }

    /// Puts a letter in its place (id order), replacing one with the same id.
    mutating func store(_ letter: Letter) {
        let number = ItemNumber.store(letter, in: &letters, id: \.id, number: Letter.number(in:))
        lastLetterNumber = max(lastLetterNumber, number)
    }

    /// The warnings about letters as they stand: programs over the limit, letters assigned
    /// before ERAS received them, letters asked for or received before their rotation started.
    public var letterWarnings: [LetterRules.Warning] {
        let named = programGlance?.lettered ?? programs.map { ProgramGlance.Named(id: $0.id, name: $0.name) }
        return LetterRules.warnings(
            letters: letters, programIDs: named.map(\.id), limit: letterLimit, experiences: experiences,
            customLimit: letterLimitSetting != nil,
            programNames: Dictionary(named.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }))
    }

    /// Applies an accepted change without checking rules (the machine checked them already).
    public mutating func apply(_ change: Change) {
        switch change {
        case .mark(let id, let status, let date, let score, let note, let incomplete):
            var record = self[id]
            if isNewMatchRegistration(change) {
                // Registering again after a Match without a position is another cycle: the one
                // recorded (and its calendar) gives way to the one today's date implies.
                record.details["cycle"] = nil
                self[.eras].details["cycle"] = nil
                season.cycle = nil
                // The last cycle's days (its list, its result, SOAP) are its own; the history
                // keeps them, and the new cycle's steps are dated afresh.
                for old in [Status.ranked, .unmatched, .soap, .matched] { record.dates[old.rawValue] = nil }
            }
            record.status = status
            if let date { record.dates[status.rawValue] = date }
            if MilestoneCatalog[id].attemptStatuses.contains(status), let date {
                let result: ExamAttempt.Result =
                    status == .passed ? .passed : (incomplete ? .incomplete : .failed)
                // Attempts stay in date order: an older sitting recorded later goes in its place
                // (after any attempt of the same day, so same-day entries keep their order).
                let index = record.attempts.firstIndex { $0.date > date } ?? record.attempts.endIndex
                record.attempts.insert(ExamAttempt(date: date, result: result, score: score), at: index)
                // The status's date is the latest attempt with that result.
                if let latest = record.attempts.last(where: { ($0.result == .passed) == (status == .passed) }) {
                    record.dates[status.rawValue] = latest.date
                }
            }
            if let note, !note.isEmpty {
                record.notes = record.notes.isEmpty ? note : record.notes + "\n" + note
            }
            if id == .ecfmg, status == .certified {
                // A certificate means every requirement was met; older files ticked one merged
                // "communication" item for what are now two (clinical and communication skills).
                for item in MilestoneCatalog[.ecfmg].items { record.items[item.id] = true }
            }
            if id == .residency, status == .inTraining, let date {
                // One start date: the status's day and the "Start date" field are the same fact.
                record.details["startDate"] = date.description
                if record.details["specialty"] == nil, !profile.targetSpecialty.isEmpty {
                    // The target specialty carries into residency unless the person changes it.
                    record.details["specialty"] = profile.targetSpecialty
                }
            }
            self[id] = record
        case .tick(let id, let item, let done):
            self[id].items[item] = done ? true : nil
        case .note(let id, let text):
            self[id].notes = text
        case .detail(let id, let field, let value):
            self[id].details[field] = value
            switch (id, field) {
            case (.eras, "cycle"), (.match, "cycle"):
                // One Match cycle, shared by ERAS, the Match and the season calendar (older files
                // kept two fields and a separate calendar choice; the latest entry wins).
                self[.eras].details["cycle"] = value
                self[.match].details["cycle"] = value
                season.cycle = value.flatMap { Int($0) }
            case (.residency, "startDate") where self[.residency].status != .notStarted:
                self[.residency].dates[Status.inTraining.rawValue] = value.flatMap(CalendarDay.init(parsing:))
            default:
                break
            }
        case .date(let id, let status, let day):
            self[id].dates[status.rawValue] = day
            // The date of a result is the date of the attempt it recorded (the latest one); the
            // attempts are then put back in date order.
            if MilestoneCatalog[id].attemptStatuses.contains(status), let day,
                let last = self[id].attempts.indices.last
            {
                self[id].attempts[last].date = day
                self[id].attempts = self[id].attempts.enumerated().sorted {
                    ($0.element.date, $0.offset) < ($1.element.date, $1.offset)
                }.map(\.element)
            }
            if id == .residency, status == .inTraining {
                self[id].details["startDate"] = day?.description
            }
        case .score(let id, let score):
            if let last = self[id].attempts.indices.last { self[id].attempts[last].score = score }
        case .profile(let field, let value):
            profile.set(field, to: value)
        case .addDeadline(let id, let milestone, let title, let date, let note):
            let given = id ?? nextDeadlineID
            deadlines.append(Deadline(id: given, milestone: milestone, title: title, date: date, note: note))
            lastDeadlineNumber = max(lastDeadlineNumber, Deadline.number(in: given) ?? 0)
        case .editDeadline(let id, let title, let date, let note, let done):
            guard let index = deadlines.firstIndex(where: { $0.id == id }) else { return }
            if let title { deadlines[index].title = title }
            if let date { deadlines[index].date = date }
            if let note { deadlines[index].note = note.isEmpty ? nil : note }
            if let done { deadlines[index].done = done }
        case .removeDeadline(let id):
            deadlines.removeAll { $0.id == id }
        case .seasonCycle(let cycle):
            season.cycle = cycle
            if let cycle {
                // Choosing the calendar's cycle is choosing the Match cycle: one value.
                self[.eras].details["cycle"] = String(cycle)
                self[.match].details["cycle"] = String(cycle)
            }
        case .seasonDate(let cycle, let event, let date):
            season.set(event, cycle: cycle, to: date)
        case .addProgram(let program):
            store(program)
        case .editProgram(let id, let field, let value):
            guard var program = program(id) else { return }
            _ = field.set(value, on: &program)
            store(program)
        case .markProgram(let id, let status, let date):
            guard var program = program(id) else { return }
            program.status = status
            if let date { program.dates[status.rawValue] = date }
            store(program)
        case .removeProgram(let id):
            programs.removeAll { $0.id == id }
        case .markPrograms(let ids, let status, let date):
            // One look-up table for all of them: a change may mark thousands of programs.
            let positions = programPositions
            for id in ids {
                guard let index = positions[id] else { continue }
                programs[index].status = status
                if let date { programs[index].dates[status.rawValue] = date }
            }
        case .removePrograms(let ids):
            let gone = Set(ids)
            programs.removeAll { gone.contains($0.id) }
        case .importPrograms(let list):
            for program in list { store(program) }
        case .rankMove(let id, let position):
            let wasCertified = rankOrder.certifiedOn != nil
            if case .success(let moved) = rankOrder.moving(id, to: position, in: programs) { rankOrder = moved }
            if wasCertified, self[.match].status == .ranked {
                // A changed list counts only once certified again: the Match is back to
                // registered until then, so nothing says "certified" of a list that is not.
                self[.match].status = .registered
                self[.match].dates[Status.ranked.rawValue] = nil
            }
        case .rankCertify(let day):
            rankOrder = RankOrderList(order: rankOrder.ranked(programs).map(\.id), certifiedOn: day)
            if self[.match].status == .ranked {
                // Certified again: the Match's day is the latest certification, one fact with the list's.
                self[.match].dates[Status.ranked.rawValue] = day
            } else if !isDone(.match) {
                apply(.mark(.match, .ranked, date: day))
            }
        case .addExperience(let experience):
            store(experience)
        case .editExperience(let id, let field, let value):
            guard var experience = experience(id) else { return }
            _ = field.set(value, on: &experience)
            store(experience)
        case .removeExperience(let id):
            experiences.removeAll { $0.id == id }
        case .addLetter(let letter):
            store(letter)
        case .editLetter(let id, let field, let value):
            guard var letter = letter(id) else { return }
            _ = field.set(value, on: &letter)
            store(letter)
        case .removeLetter(let id):
            letters.removeAll { $0.id == id }
        case .assignLetter(let id, let program, let date):
            guard var letter = letter(id), let date else { return }
            letter.assignments[program] = date
            store(letter)
        case .assignLetterToPrograms(let id, let list, let date):
            guard var letter = letter(id), let date else { return }
            for program in list { letter.assignments[program] = date }
            store(letter)
        case .unassignLetter(let id, let program):
            guard var letter = letter(id) else { return }
            letter.assignments[program] = nil
            store(letter)
        case .letterReceived(let id, let date):
            guard var letter = letter(id) else { return }
            letter.received = date
            store(letter)
        case .letterLimit(let limit):
            letterLimitSetting = limit
        }
    }
}

extension Profile {
    /// Sets a field from text the machine already validated; nil clears it.
    mutating func set(_ field: ProfileField, to value: String?) {
        switch field {
        case .name: name = value ?? ""
        case .medicalSchool: medicalSchool = value ?? ""
        case .schoolCountry: schoolCountry = value ?? ""
        case .graduationYear: graduationYear = value.flatMap { Int($0) }
        case .citizenship: citizenship = value.flatMap(Citizenship.init(rawValue:)) ?? .unknown
        case .visaTrack: visaTrack = value.flatMap(VisaTrack.init(rawValue:)) ?? .none
        case .targetSpecialty: targetSpecialty = value ?? ""
        }
    }
}
