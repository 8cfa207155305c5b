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
            if let status = field.status, let reason = dayRefusal(status, of: current, clearing: value.isEmpty) {
                return .failure(.programRule("\(id) \(current.name): \(reason)"))
            }
            var edited = current
            var value = value
            if field == .interviewTimeZone, !value.trimmingSpaces().isEmpty {
                // A zone typed now is one the database knows, in its spelling (stored ones are
                // read as they are).
                let typed = value.trimmingSpaces()
                if let refusal = TimeZoneNames.refusal(typed) { return .failure(.programRule(refusal)) }
                value = TimeZoneNames.known(typed) ?? typed
            }
            if let error = field.set(value, on: &edited) { return .failure(.programRule(error.reason)) }
            // A thank-you reminder comes after the interview: before it there is none to dismiss.
            if edited.thankYouDismissed == true, current.thankYouDismissed != true, current.status != .interviewed {
                return .failure(
                    .programRule(
                        "\(id) \(current.name): there is no thank-you reminder to dismiss before the interview is held"
                    ))
            }
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
            // The same status again with another day corrects the day (a status key stamps today,
            // and the person knows when it really happened).
            let correcting = current.status == status && date != nil
            if correcting, let date, current.date(of: status) == date {
                return .failure(.noChange("\(id) is already \(status.label) on \(date)"))
            }
            if !correcting, let reason = ProgramTransitions.refusal(from: current.status, to: status) {
                return .failure(.programRule("\(id) \(current.name): \(reason)"))
            }
            let day = date ?? today
            var moved = current
            moved.status = status
            moved.dates[status.rawValue] = day
            if let refusal = refusal(of: moved, in: pathway, today: today) { return .failure(refusal) }
            return .success(
                Decision(
                    change: .markProgram(id: id, status: status, date: day),
                    warnings: status == .applied ? fitWarnings([moved], in: pathway, today: today) : []))
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
        case .markPrograms(let ids, let status, let date):
            if let refusal = listRefusal(ids) { return .failure(refusal) }
            let day = date ?? today
            let positions = pathway.programPositions
            var changed = false
            for id in ids {
                guard let index = positions[id] else {
                    return .failure(.unknownProgram(id, known: pathway.programs.count))
                }
                let current = pathway.programs[index]
                // As for one program: the same status with a day given corrects the day.
                let correcting = current.status == status && date != nil
                if !correcting, let reason = ProgramTransitions.refusal(from: current.status, to: status) {
                    return .failure(.programRule("\(id) \(current.name): \(reason)"))
                }
                var moved = current
                moved.status = status
                moved.dates[status.rawValue] = day
                // A status and a day change nothing that could make a program a duplicate.
                if let refusal = dateRefusal(of: moved, today: today) { return .failure(refusal) }
                changed = changed || moved != current
            }
            guard changed else {
                return .failure(.noChange("every one of them is already \(status.label) on \(day)"))
            }
            let warnings =
                status == .applied
                ? fitWarnings(ids.compactMap { positions[$0].map { pathway.programs[$0] } }, in: pathway, today: today)
                : []
            return .success(
                Decision(change: .markPrograms(ids: ids, status: status, date: day), warnings: warnings))
        case .removePrograms(let ids):
            if let refusal = listRefusal(ids) { return .failure(refusal) }
            let positions = pathway.programPositions
            for id in ids where positions[id] == nil {
                return .failure(.unknownProgram(id, known: pathway.programs.count))
            }
            let gone = Set(ids)
            for letter in pathway.letters {
                if let id = letter.assignments.keys.sorted().first(where: gone.contains) {
                    return .failure(
                        .programRule(
                            "\(letter.id) is assigned to \(id); take it off first (imgpath letter unassign \(letter.id) \(id))"
                        ))
                }
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
                    // A sheet moves a status as a mark does: forward, never back or out of an end.
                    if recorded.status != program.status,
                        ProgramTransitions.refusal(from: recorded.status, to: program.status) != nil
                    {
                        let how =
                            recorded.status.progress == nil
                            ? "a sheet does not reopen it (undo the change that ended it)"
                            : "a status does not move back (correct the row, or undo the change that moved it)"
                        return .failure(
                            .programRule(
                                "the sheet says \(program.name) (\(program.id)) is \(program.status.label), but it is "
                                    + "\(recorded.status.label): \(how)"))
                    }
                    if program.status == recorded.status, recorded.date(of: recorded.status) != nil,
                        program.date(of: program.status) == nil
                    {
                        return .failure(
                            .programRule(
                                "the sheet leaves the \(program.status.dateLabel) day of \(program.name) (\(program.id)) "
                                    + "empty, but it is \(program.status.label), and a status keeps its day"
                                    + (program.status.progress == nil
                                        ? " (a sheet does not reopen it: undo the change that ended it)" : "")))
                    }
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
                let order = moved.ranked(pathway.programs).map(\.id)
                // A place past the end is the last one: the change says where the program went.
                let place = (order.firstIndex(of: id) ?? position - 1) + 1
                guard order != pathway.rankOrder.ranked(pathway.programs).map(\.id) else {
                    return .failure(.noChange("\(id) is already at position \(place)"))
                }
                var warnings: [RuleWarning] = []
                if let certified = pathway.rankOrder.certifiedOn, pathway[.match].status == .ranked {
                    warnings.append(
                        RuleWarning(
                            "the list was certified on \(certified); changed, it counts only once certified again, "
                                + "so the Match is back to registered: certify it again before the deadline "
                                + "(imgpath rank certify, or c on the rank order list)",
                            source: "NRMP: a changed rank order list must be certified again"))
                }
                return .success(Decision(change: .rankMove(id: id, position: place), warnings: warnings))
            }
        case .rankCertify(let day):
            let ranked = pathway.rankOrder.ranked(pathway.programs)
            guard !ranked.isEmpty else {
                return .failure(
                    .programRule("the rank order list is empty: it holds the programs marked interviewed"))
            }
            if day > today { return .failure(.resultDateInFuture(day, today: today)) }
            // A list is certified in the NRMP's system, which only a registered applicant enters
            // (and a Match marked ranked could no longer take the registration).
            if pathway[.match].status == .notStarted {
                return .failure(
                    .programRule(
                        "a rank order list is certified once you are registered for the Match: record the "
                            + "registration first (imgpath mark match registered --date YYYY-MM-DD)"))
            }
            if let registered = pathway[.match].date(of: .registered), day < registered {
                return .failure(
                    .programRule(
                        "the rank order list is certified after registering for the Match (\(registered)), not on \(day)"
                    ))
            }
            // The list certified holds every program on it: none interviewed after that day.
            if let (later, interview) = ranked.lazy.compactMap({ program in
                program.date(of: .interviewed).flatMap { $0 > day ? (program, $0) : nil }
            }).first {
                return .failure(
                    .programRule(
                        "\(later.name) is on the list, interviewed on \(interview): a list certified on \(day) "
                            + "could not hold it; give the day of the last certification, on or after it"))
            }
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

    /// How many programs one fit warning names before it counts the rest.
    static let fitWarningNames = 100

    /// What an application to these programs should know: the fit warnings from the person's
    /// own visa, scores and graduation year, said when applying rather than only as a mark in
    /// the table. One program gets a warning per mismatch; many get one line naming each
    /// program with its marks, so thousands of programs do not give thousands of lines.
    static func fitWarnings(_ programs: [Program], in pathway: Pathway, today: CalendarDay) -> [RuleWarning] {
        let applicant = ProgramFit.Applicant(pathway: pathway, today: today)
        let source = "from your profile and scores against what the program states"
        let unfit = programs.compactMap { program -> (Program, [ProgramFit])? in
            let fits = ProgramFit.warnings(for: program, applicant: applicant)
            return fits.isEmpty ? nil : (program, fits)
        }
        if programs.count == 1, let (program, fits) = unfit.first {
            return fits.map {
                RuleWarning("\(program.id) \(program.name) may not fit you: \($0.message)", source: source)
            }
        }
        guard !unfit.isEmpty else { return [] }
        // Every one is named (the screen's status line shortens it, and `m` shows it whole), up
        // to a bound that keeps a season of thousands to one readable line.
        let shown = fitWarningNames
        let named = unfit.prefix(shown).map { "\($0.0.id) \(String($0.1.map(\.kind.mark)))" }
        let rest = unfit.count > shown ? " and \(unfit.count - shown) more (the table's Fit column marks each)" : ""
        return [
            RuleWarning(
                "\(unfit.count) of the \(programs.count) programs may not fit you: "
                    + named.joined(separator: ", ") + rest
                    + " (V visa, S Step 2 CK score, Y years since graduation, U US clinical experience)",
                source: source)
        ]
    }

    /// Why a list of program ids cannot name the programs of one change, or nil.
    static func listRefusal(_ ids: [String]) -> RuleViolation? {
        guard !ids.isEmpty else { return .noChange("no programs were given") }
        var seen = Set<String>()
        for id in ids where !seen.insert(id).inserted {
            return .programRule("\(id) is given twice")
        }
        return nil
    }

    /// Why the day of a status cannot be set on a program, or nil: a day is kept only for a
    /// status the program reached (its current one, or one it has a day for), and the current
    /// status keeps its day.
    static func dayRefusal(_ status: ProgramStatus, of program: Program, clearing: Bool) -> String? {
        guard reached(status, by: program) else {
            return "it is not \(status.label); its status is \(program.status.label) "
                + "(marking it \(status.label) records the day)"
        }
        if clearing, program.status == status {
            return "it is \(status.label), and the status keeps its day; type another day instead"
        }
        return nil
    }

    /// Whether a program got as far as a status: its current one, one it has a day for, or a
    /// step along the way to where it is (a program marked interviewed at once was applied too).
    private static func reached(_ status: ProgramStatus, by program: Program) -> Bool {
        if program.status == status || program.date(of: status) != nil { return true }
        guard let target = status.progress else { return false }
        // A rejected or withdrawn program may have got to any step before it ended.
        guard let current = program.status.progress else { return true }
        return target <= current
    }

    /// Why a program, as it would be after a change, cannot be recorded, or nil.
    private static func refusal(of program: Program, in pathway: Pathway, today: CalendarDay) -> RuleViolation? {
        refusal(of: program, among: ProgramIndex(pathway.programs), today: today)
    }

    /// Why a program cannot be recorded beside the indexed ones, or nil.
    private static func refusal(of program: Program, among index: ProgramIndex, today: CalendarDay) -> RuleViolation? {
        if let problem = program.problem { return .programRule(problem) }
        if let refusal = dateRefusal(of: program, today: today) { return refusal }
        guard let other = index.duplicate(of: program) else { return nil }
        if let code = program.code, other.code == code {
            return .programRule("\(program.name): the NRMP code \(code) is already \(other.id) \(other.name)")
        }
        return .programRule(
            "\(program.name)\(program.city.isEmpty ? "" : ", \(program.city)") is already recorded as \(other.id); "
                + "change that one, or give each its NRMP code")
    }

    /// Why a program's days cannot be recorded, or nil: none after today but an interview ahead,
    /// each step on or after the one before, its end on or after the steps it got to, the
    /// thank-you note after the interview.
    private static func dateRefusal(of program: Program, today: CalendarDay) -> RuleViolation? {
        for status in ProgramStatus.allCases where status != .interviewScheduled {
            if let day = program.date(of: status), day > today {
                if status == .interviewed {
                    return .programRule(
                        "\(program.name): interviewed on \(day) is after today (\(today)); an interview still ahead is "
                            + "scheduled (interviewScheduled), and marked interviewed once it is held")
                }
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
        // A program ends (rejected, withdrawn) on or after the days of the steps it got to. Not
        // after a scheduled interview's day: an interview still ahead may be called off first.
        for end in [ProgramStatus.rejected, .withdrawn] {
            guard let endDay = program.date(of: end) else { continue }
            for step in [ProgramStatus.applied, .invited, .interviewed] {
                if let day = program.date(of: step), endDay < day {
                    return .programRule(
                        "\(program.name): \(end.dateLabel) \(endDay) is before \(step.dateLabel) \(day)")
                }
            }
        }
        if let sent = program.thankYouSent, let interview = program.interviewDay, sent < interview {
            return .programRule(
                "\(program.name): the thank-you note (\(sent)) is dated before the interview (\(interview))")
        }
        return nil
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
        copy.thankYouDismissed = thankYouDismissed
        copy.soap = soap
        copy.interviewTime = interviewTime
        copy.interviewTimeZone = interviewTimeZone
        copy.interviewFormat = interviewFormat
        copy.interviewPlace = interviewPlace
        copy.interviewer = interviewer
        copy.interviewNotes = interviewNotes
        copy.rating = rating
        return copy
    }
}
