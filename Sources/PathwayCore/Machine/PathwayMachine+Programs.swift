/// The rules for the application season's programs and the rank order list: ids must exist,
/// fields must read as `ProgramField` says, statuses move as `ProgramTransitions` says, dates keep
/// their order and stay out of the future (an interview may be ahead), and a program is not
/// recorded twice.
extension PathwayMachine {
    static func evaluateProgram(_ change: Change, in pathway: Pathway, today: CalendarDay) -> Result<
        Decision, RuleViolation
    > {
        let accepted = { (change: Change) in
            Result<Decision, RuleViolation>.success(Decision(change: change, warnings: []))
        }
        func existing(_ id: String) -> Result<Program, RuleViolation> {
            pathway.program(id).map { .success($0) } ?? .failure(.unknownProgram(id, known: pathway.programs.count))
        }
        switch change {
        case .addProgram(var program):
            // The id is the machine's to give, so ids stay unique and replays stay deterministic.
            let given = pathway.nextProgramID
            if !program.id.isEmpty, program.id != given {
                return .failure(.invalidValue(field: "program id", value: program.id, expected: given))
            }
            switch program.withID(given).normalized() {
            case .success(let clean): program = clean
            case .failure(let error): return .failure(.programRule(error.reason))
            }
            if let refusal = refusal(of: program, in: pathway, today: today) { return .failure(refusal) }
            return accepted(.addProgram(program))
        case .editProgram(let id, let field, let value):
            let current: Program
            switch existing(id) {
            case .success(let found): current = found
            case .failure(let violation): return .failure(violation)
            }
            var edited = current
            if let error = field.set(value, on: &edited) { return .failure(.programRule(error.reason)) }
            let normalized = field.text(of: edited)
            guard edited != current else {
                return .failure(
                    .noChange("\(field.label) of \(id) is already \(normalized.isEmpty ? "empty" : normalized)"))
            }
            if let refusal = refusal(of: edited, in: pathway, today: today) { return .failure(refusal) }
            return accepted(.editProgram(id: id, field: field, value: normalized))
        case .markProgram(let id, let status, let date):
            let current: Program
            switch existing(id) {
            case .success(let found): current = found
            case .failure(let violation): return .failure(violation)
            }
            if let reason = ProgramTransitions.refusal(from: current.status, to: status) {
                return .failure(.programRule("\(id) \(current.name): \(reason)"))
            }
            let day = date ?? today
            var moved = current
            moved.status = status
            moved.dates[status.rawValue] = day
            if let refusal = refusal(of: moved, in: pathway, today: today) { return .failure(refusal) }
            return accepted(.markProgram(id: id, status: status, date: day))
        case .removeProgram(let id):
            if case .failure(let violation) = existing(id) { return .failure(violation) }
            // A letter keeps its assignments by program id: removing the program would leave them
            // pointing at nothing.
            if let letter = pathway.letters.first(where: { $0.assignments[id] != nil }) {
                return .failure(
                    .programRule(
                        "\(letter.id) is assigned to \(id); take it off first (imgpath letter unassign \(letter.id) \(id))"
                    ))
            }
            return accepted(change)
        case .importPrograms(let list):
            guard !list.isEmpty else { return .failure(.noChange("the sheet has no programs")) }
            var next = pathway.lastProgramNumber + 1
            var index = ProgramIndex(pathway.programs)
            var changed = false
            for program in list {
                if let recorded = pathway.program(program.id) {
                    changed = changed || recorded != program
                    index.remove(id: program.id)
                } else {
                    // New programs take the next ids in order, as adding them one by one would.
                    guard program.id == Program.id(number: next) else {
                        return .failure(
                            .invalidValue(field: "program id", value: program.id, expected: Program.id(number: next)))
                    }
                    next += 1
                    changed = true
                }
                if let refusal = refusal(of: program, among: index, today: today) { return .failure(refusal) }
                index.insert(program)
            }
            guard changed else {
                return .failure(.noChange("every program in the sheet is already recorded as it is"))
            }
            return accepted(change)
        case .rankMove(let id, let position):
            switch pathway.rankOrder.moving(id, to: position, in: pathway.programs) {
            case .failure(let error): return .failure(.programRule(error.reason))
            case .success(let moved):
                guard moved.ranked(pathway.programs).map(\.id) != pathway.rankOrder.ranked(pathway.programs).map(\.id)
                else {
                    return .failure(.noChange("\(id) is already at position \(position)"))
                }
                return accepted(change)
            }
        case .rankCertify(let day):
            guard !pathway.rankOrder.ranked(pathway.programs).isEmpty else {
                return .failure(
                    .programRule("the rank order list is empty: it holds the programs marked interviewed"))
            }
            if day > today { return .failure(.resultDateInFuture(day, today: today)) }
            // Certifying the list is the Match milestone's `ranked`, under that milestone's rules.
            let advice = rankCertifyWarnings(day: day, in: pathway, today: today)
            let matchStatus = pathway[.match].status
            if matchStatus == .ranked || pathway.isDone(.match) {
                return .success(Decision(change: change, warnings: advice))
            }
            return evaluate(.mark(.match, .ranked, date: day), in: pathway, today: today)
                .map { Decision(change: change, warnings: $0.warnings + advice) }
        default:
            return .failure(.noChange("not a program change"))
        }
    }

    /// Why a program, as it would be after a change, cannot be recorded, or nil.
    private static func refusal(of program: Program, in pathway: Pathway, today: CalendarDay) -> RuleViolation? {
        refusal(of: program, among: ProgramIndex(pathway.programs), today: today)
    }

    /// Why a program cannot be recorded beside the indexed ones, or nil.
    private static func refusal(of program: Program, among index: ProgramIndex, today: CalendarDay) -> RuleViolation? {
        if let problem = program.problem { return .programRule(problem) }
        for status in ProgramStatus.allCases where status != .interviewScheduled {
            if let day = program.date(of: status), day > today {
                return .programRule(
                    "\(program.name): \(status.dateLabel) \(day) is after today (\(today)); only an interview can be ahead"
                )
            }
        }
        if let sent = program.thankYouSent, sent > today {
            return .programRule("\(program.name): a thank-you note sent on \(sent) is after today (\(today))")
        }
        // Each step's day comes on or after the days of the steps before it.
        let steps: [ProgramStatus] = [.applied, .invited, .interviewScheduled, .interviewed]
        var latest: (ProgramStatus, CalendarDay)?
        for status in steps {
            guard let day = program.date(of: status) else { continue }
            if let (earlier, earlierDay) = latest, day < earlierDay,
                !(earlier == .interviewScheduled && status == .interviewed)
            {
                return .programRule(
                    "\(program.name): \(status.dateLabel) \(day) is before \(earlier.dateLabel) \(earlierDay)")
            }
            latest = (status, day)
        }
        if let sent = program.thankYouSent, let interview = program.interviewDay, sent < interview {
            return .programRule(
                "\(program.name): the thank-you note (\(sent)) is dated before the interview (\(interview))")
        }
        guard let other = index.duplicate(of: program) else { return nil }
        if let code = program.code, other.code == code {
            return .programRule("\(program.name): the NRMP code \(code) is already \(other.id) \(other.name)")
        }
        return .programRule(
            "\(program.name)\(program.city.isEmpty ? "" : ", \(program.city)") is already recorded as \(other.id); "
                + "change that one, or give each its NRMP code")
    }
}

extension Program {
    /// The same program under another id.
    func withID(_ id: String) -> Program {
        var copy = Program(id: id, name: name)
        copy.code = code
        copy.specialty = specialty
        copy.city = city
        copy.state = state
        copy.visa = visa
        copy.minimumStep2Score = minimumStep2Score
        copy.maximumYearsSinceGraduation = maximumYearsSinceGraduation
        copy.requiresUSClinicalExperience = requiresUSClinicalExperience
        copy.feeCents = feeCents
        copy.notes = notes
        copy.status = status
        copy.dates = dates
        copy.thankYouSent = thankYouSent
        copy.soap = soap
        return copy
    }
}
