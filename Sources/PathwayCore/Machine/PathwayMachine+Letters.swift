/// The rules for US clinical experience and letters: ids are the machine's to give and must
/// exist, an end comes on or after its start, a letter is received on or after it was requested,
/// and days stay out of the future except an experience's (a rotation is planned ahead). Too many
/// letters for a program, or a letter assigned before ERAS received it, only warn: the person
/// may know better than the count.
extension PathwayMachine {
    static func evaluateLetters(_ change: Change, in pathway: Pathway, today: CalendarDay) -> Result<
        Decision, RuleViolation
    > {
        func unknownExperience(_ id: String) -> RuleViolation {
            .unknownEntry(what: "experience", id: id, known: pathway.experiences.count)
        }
        func unknownLetter(_ id: String) -> RuleViolation {
            .unknownEntry(what: "letter", id: id, known: pathway.letters.count)
        }
        /// Accepted, with the letter warnings the change brings that were not there before.
        func accepted(_ change: Change) -> Result<Decision, RuleViolation> {
            var after = pathway
            after.apply(change)
            let before = pathway.letterWarnings.map(\.message)
            let new = after.letterWarnings.filter { !before.contains($0.message) }
            return .success(
                Decision(
                    change: change,
                    warnings: new.map { RuleWarning($0.message, source: LetterRules.source(of: $0)) }))
        }
        switch change {
        case .addExperience(let experience):
            let given = pathway.nextExperienceID
            if !experience.id.isEmpty, experience.id != given {
                return .failure(.invalidValue(field: "experience id", value: experience.id, expected: given))
            }
            let clean: ClinicalExperience
            switch ExperienceField.copy(of: experience, onto: experience.withID(given)) {
            case .success(let copy): clean = copy
            case .failure(let error): return .failure(.letterRule(error.reason))
            }
            if let problem = clean.problem ?? implausibleDates(of: clean) { return .failure(.letterRule(problem)) }
            return accepted(.addExperience(clean))
        case .editExperience(let id, let field, let value):
            guard let current = pathway.experience(id) else { return .failure(unknownExperience(id)) }
            var edited = current
            if let error = field.set(value, on: &edited) { return .failure(.letterRule(error.reason)) }
            let normalized = field.text(of: edited)
            guard edited != current else {
                return .failure(
                    .noChange("\(field.label) of \(id) is already \(normalized.isEmpty ? "empty" : normalized)"))
            }
            if let problem = edited.problem ?? implausibleDates(of: edited) { return .failure(.letterRule(problem)) }
            return accepted(.editExperience(id: id, field: field, value: normalized))
        case .removeExperience(let id):
            guard pathway.experience(id) != nil else { return .failure(unknownExperience(id)) }
            if let letter = pathway.letters.first(where: { $0.experienceID == id }) {
                return .failure(
                    .letterRule(
                        "\(letter.id) came from \(id); take the link off first (imgpath letter set \(letter.id) usce \"\")"
                    ))
            }
            return accepted(change)
        case .addLetter(let letter):
            let given = pathway.nextLetterID
            if !letter.id.isEmpty, letter.id != given {
                return .failure(.invalidValue(field: "letter id", value: letter.id, expected: given))
            }
            var clean: Letter
            switch LetterField.copy(of: letter, onto: letter.withID(given)) {
            case .success(let copy): clean = copy
            case .failure(let error): return .failure(.letterRule(error.reason))
            }
            // A new letter starts unassigned and not received: those are their own changes.
            clean.assignments = [:]
            clean.received = nil
            if let refusal = refusal(of: clean, in: pathway, today: today) { return .failure(refusal) }
            return accepted(.addLetter(clean))
        case .editLetter(let id, let field, let value):
            guard let current = pathway.letter(id) else { return .failure(unknownLetter(id)) }
            var edited = current
            if let error = field.set(value, on: &edited) { return .failure(.letterRule(error.reason)) }
            let normalized = field.text(of: edited)
            guard edited != current else {
                return .failure(
                    .noChange("\(field.label) of \(id) is already \(normalized.isEmpty ? "empty" : normalized)"))
            }
            if let refusal = refusal(of: edited, in: pathway, today: today) { return .failure(refusal) }
            return accepted(.editLetter(id: id, field: field, value: normalized))
        case .removeLetter(let id):
            guard pathway.letter(id) != nil else { return .failure(unknownLetter(id)) }
            return accepted(change)
        case .assignLetter(let id, let program, let date):
            guard var letter = pathway.letter(id) else { return .failure(unknownLetter(id)) }
            guard pathway.program(program) != nil else {
                return .failure(.unknownProgram(program, known: pathway.programs.count))
            }
            // Without a day, an assignment already made keeps its own: only a day given corrects it.
            if date == nil, let assigned = letter.assignments[program] {
                return .failure(
                    .noChange("\(id) is already assigned to \(program) on \(assigned) (give a day to correct it)"))
            }
            let day = date ?? today
            if day > today { return .failure(.letterRule("\(id): an assignment on \(day) is after today (\(today))")) }
            guard letter.assignments[program] != day else {
                return .failure(.noChange("\(id) is already assigned to \(program) on \(day)"))
            }
            letter.assignments[program] = day
            if let refusal = refusal(of: letter, in: pathway, today: today) { return .failure(refusal) }
            return accepted(.assignLetter(id: id, program: program, date: day))
        case .assignLetterToPrograms(let id, let programs, let date):
            guard var letter = pathway.letter(id) else { return .failure(unknownLetter(id)) }
            if let refusal = listRefusal(programs) { return .failure(refusal) }
            let positions = pathway.programPositions
            for program in programs where positions[program] == nil {
                return .failure(.unknownProgram(program, known: pathway.programs.count))
            }
            let day = date ?? today
            if day > today { return .failure(.letterRule("\(id): an assignment on \(day) is after today (\(today))")) }
            // The programs it is assigned to already keep their days: many at once add the letter
            // where it is missing (the screen fills in today), and one at a time corrects a day.
            let changing = programs.filter { letter.assignments[$0] == nil }
            guard !changing.isEmpty else {
                return .failure(
                    .noChange(
                        "\(id) is already assigned to every one of them (assign it to one program with a day to "
                            + "correct that day)"))
            }
            for program in changing { letter.assignments[program] = day }
            if let refusal = refusal(of: letter, in: pathway, today: today) { return .failure(refusal) }
            return accepted(.assignLetterToPrograms(id: id, programs: changing, date: day))
        case .unassignLetter(let id, let program):
            guard let letter = pathway.letter(id) else { return .failure(unknownLetter(id)) }
            // An assignment to a program no longer recorded can still be taken off.
            guard letter.assignments[program] != nil || pathway.program(program) != nil else {
                return .failure(.unknownProgram(program, known: pathway.programs.count))
            }
            guard letter.assignments[program] != nil else {
                return .failure(.noChange("\(id) is not assigned to \(program)"))
            }
            return accepted(change)
        case .letterReceived(let id, let date):
            guard var letter = pathway.letter(id) else { return .failure(unknownLetter(id)) }
            guard letter.received != date else {
                return .failure(.noChange("\(id) is already " + (date.map { "received on \($0)" } ?? "not received")))
            }
            letter.received = date
            if let refusal = refusal(of: letter, in: pathway, today: today) { return .failure(refusal) }
            return accepted(change)
        case .letterLimit(let limit):
            if let limit, !LetterRules.limitRange.contains(limit) {
                return .failure(
                    .invalidValue(
                        field: "letters per program", value: String(limit),
                        expected:
                            "a number from \(LetterRules.limitRange.lowerBound) to \(LetterRules.limitRange.upperBound)"
                    ))
            }
            guard pathway.letterLimitSetting != limit else {
                return .failure(.noChange("letters per program is already \(pathway.letterLimit)"))
            }
            return accepted(change)
        default:
            return .failure(.noChange("not a letters change"))
        }
    }

    /// A rotation dated before 1950 (the earliest result imgpath takes) or past 2100 is a typing
    /// mistake. Checked for new changes only, so a file recorded before this check still opens.
    private static func implausibleDates(of experience: ClinicalExperience) -> String? {
        let latest = CalendarDay(year: 2100, month: 12, day: 31) ?? .epoch
        guard experience.start < RuleFacts.earliestResultDay || experience.end > latest else { return nil }
        return "\(experience.site): \(experience.start) to \(experience.end) is not a plausible date for a rotation "
            + "(from \(RuleFacts.earliestResultDay) to \(latest))"
    }

    /// Why a letter, as it would be after a change, cannot be recorded, or nil.
    private static func refusal(of letter: Letter, in pathway: Pathway, today: CalendarDay) -> RuleViolation? {
        if let problem = letter.problem { return .letterRule(problem) }
        if let requested = letter.requested, requested < RuleFacts.earliestResultDay {
            return .letterRule("\(letter.id): requested on \(requested) is before \(RuleFacts.earliestResultDay)")
        }
        if let experience = letter.experienceID, pathway.experience(experience) == nil {
            return .unknownEntry(what: "experience", id: experience, known: pathway.experiences.count)
        }
        if let requested = letter.requested, requested > today {
            return .letterRule("\(letter.id): requested on \(requested) is after today (\(today))")
        }
        if let received = letter.received, received > today {
            return .letterRule("\(letter.id): received on \(received) is after today (\(today))")
        }
        if let requested = letter.requested,
            let (program, day) = letter.assignments.first(where: { $0.value < requested })
        {
            return .letterRule("\(letter.id): assigned to \(program) on \(day), before it was requested (\(requested))")
        }
        return nil
    }
}
