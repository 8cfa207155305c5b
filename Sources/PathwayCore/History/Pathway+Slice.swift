/// Taking and putting back the part of a pathway a change touches.
extension Pathway {
    /// The parts of this pathway a change touches, as they are now.
    /// `registeringAgain`: whether the change registers for the Match again after one without a
    /// position (`isNewMatchRegistration`), told by the pathway before it, so the slices before
    /// and after the change have the same parts.
    func slice(touchedBy change: Change, registeringAgain: Bool) -> PathwaySlice {
        var slice = PathwaySlice()
        let records = touchedMilestones(by: change, registeringAgain: registeringAgain)
        if !records.isEmpty {
            slice.records = records.map { PathwaySlice.RecordSlice(milestone: $0, record: self[$0]) }
        }
        switch change {
        case .mark, .tick, .note, .detail, .date, .score:
            break
        case .profile:
            slice.profile = profile
        case .addDeadline, .editDeadline, .removeDeadline:
            slice.deadlines = deadlines
            slice.lastDeadlineNumber = lastDeadlineNumber
        case .seasonCycle, .seasonDate:
            slice.season(of: self)
        case .addProgram(let program):
            slice.programs(program.id.isEmpty ? [nextProgramID] : [program.id], of: self)
        case .editProgram(let id, _, _), .markProgram(let id, _, _), .removeProgram(let id):
            slice.programs([id], of: self)
        case .importPrograms(let list):
            slice.programs(list.map(\.id), of: self)
        case .markPrograms(let ids, let status, _):
            slice.programStatusGroups = ProgramStatusGroup.groups(of: programs, touched: Set(ids), dayOf: status)
        case .removePrograms(let ids):
            slice.programs(ids, of: self)
        case .rankMove, .rankCertify:
            slice.rankOrder = rankOrder
        case .addExperience(let experience):
            slice.experiences(experience.id.isEmpty ? [nextExperienceID] : [experience.id], of: self)
        case .editExperience(let id, _, _), .removeExperience(let id):
            slice.experiences([id], of: self)
        case .addLetter(let letter):
            slice.letters(letter.id.isEmpty ? [nextLetterID] : [letter.id], of: self)
        case .editLetter(let id, _, _), .removeLetter(let id), .assignLetter(let id, _, _),
            .unassignLetter(let id, _), .letterReceived(let id, _), .assignLetterToPrograms(let id, _, _):
            slice.letters([id], of: self)
        case .letterLimit:
            slice.letterLimitHeld = true
            slice.letterLimit = letterLimitSetting
        }
        if isSeasonCycle(change) || registeringAgain { slice.season(of: self) }
        return slice
    }

    /// Whether a change registers for the Match again after one without a position: another
    /// cycle, so the cycle recorded for the last one is cleared with it.
    func isNewMatchRegistration(_ change: Change) -> Bool {
        guard case .mark(.match, .registered, _, _, _, _) = change else { return false }
        return self[.match].status == .unmatched
    }

    /// The milestone records a change writes: its own, and every other record that keeps the
    /// same fact (the Match cycle is one value in ERAS, the Match and the season calendar;
    /// certifying the rank order list moves the Match to ranked, and moving a program on a
    /// certified list moves it back).
    func touchedMilestones(by change: Change, registeringAgain: Bool) -> [MilestoneID] {
        if registeringAgain { return [.eras, .match] }
        return switch change {
        case .detail(let id, "cycle", _) where id == .eras || id == .match: [.eras, .match]
        case .seasonCycle: [.eras, .match]
        case .mark(let id, _, _, _, _, _), .tick(let id, _, _), .note(let id, _), .detail(let id, _, _),
            .date(let id, _, _), .score(let id, _):
            [id]
        case .rankCertify, .rankMove: [.match]
        default: []
        }
    }

    /// Whether a change also sets the season calendar's cycle.
    private func isSeasonCycle(_ change: Change) -> Bool {
        if case .detail(let id, "cycle", _) = change, id == .eras || id == .match { return true }
        return false
    }

    /// Puts a slice back, leaving every part it does not hold as it is.
    mutating func restore(_ slice: PathwaySlice) {
        for entry in slice.records ?? [] { self[entry.milestone] = entry.record }
        if let profile = slice.profile { self.profile = profile }
        if let deadlines = slice.deadlines { self.deadlines = deadlines }
        if let number = slice.lastDeadlineNumber { lastDeadlineNumber = number }
        restorePrograms(slice)
        if let number = slice.lastProgramNumber { lastProgramNumber = number }
        if let order = slice.rankOrder { rankOrder = order }
        if let ids = slice.experienceIDs {
            let touched = Set(ids)
            experiences.removeAll { touched.contains($0.id) }
            for experience in slice.experiences ?? [] { store(experience) }
        }
        if let number = slice.lastExperienceNumber { lastExperienceNumber = number }
        if let ids = slice.letterIDs {
            let touched = Set(ids)
            letters.removeAll { touched.contains($0.id) }
            for letter in slice.letters ?? [] { store(letter) }
        }
        if let number = slice.lastLetterNumber { lastLetterNumber = number }
        if slice.letterLimitHeld == true { letterLimitSetting = slice.letterLimit }
        if slice.season == true {
            var settings = SeasonSettings()
            settings.cycle = slice.seasonCycle
            for entry in slice.seasonDates ?? [] { settings.set(entry.event, cycle: entry.cycle, to: entry.date) }
            season = settings
        }
    }
}

extension Pathway {
    /// Puts back only the programs a slice holds (not the counter of program numbers): what
    /// brings the programs' file up to date with the history lines written after it.
    mutating func restorePrograms(_ slice: PathwaySlice) {
        if let ids = slice.programIDs {
            let touched = Set(ids)
            programs.removeAll { touched.contains($0.id) }
            for program in slice.programs ?? [] { store(program) }
        }
        if let statuses = slice.programStatuses {
            let positions = programPositions
            for entry in statuses {
                guard let index = positions[entry.id] else { continue }
                programs[index].status = entry.status
                programs[index].dates = entry.dates
            }
        }
        if let groups = slice.programStatusGroups {
            let positions = programPositions
            for group in groups {
                for id in group.ids {
                    guard let index = positions[id] else { continue }
                    programs[index].status = group.status
                    programs[index].dates[group.dayOf] = group.day
                }
            }
        }
    }
}

extension PathwaySlice {
    /// Whether the slice holds programs (so the line changed the programs' list).
    var holdsPrograms: Bool { programIDs != nil || programStatuses != nil || programStatusGroups != nil }
    /// Whether the slice holds what the glance at the programs is counted from: the programs,
    /// the letters (assignments) or the rank order list.
    var holdsSeason: Bool { holdsPrograms || letterIDs != nil || rankOrder != nil }
}

extension Pathway {
    /// Whether every part `slice` holds is as it is here: what a history line's "before" must
    /// find when the lines before it are applied in order.
    func holds(_ slice: PathwaySlice) -> Bool {
        var restored = self
        restored.restore(slice)
        return restored.sameParts(as: self, in: slice)
    }

    /// Whether the parts `slice` holds are equal in both pathways, whatever the order of their
    /// lists (restoring a program puts it back in its place by id, not where it was).
    private func sameParts(as other: Pathway, in slice: PathwaySlice) -> Bool {
        for entry in slice.records ?? [] where self[entry.milestone] != other[entry.milestone] { return false }
        guard profile == other.profile, deadlines == other.deadlines, lastDeadlineNumber == other.lastDeadlineNumber,
            season == other.season, rankOrder == other.rankOrder, letterLimitSetting == other.letterLimitSetting,
            lastProgramNumber == other.lastProgramNumber, lastExperienceNumber == other.lastExperienceNumber,
            lastLetterNumber == other.lastLetterNumber
        else { return false }
        func same<Entry: Equatable>(_ ids: [String]?, _ mine: [Entry], _ theirs: [Entry], id: (Entry) -> String) -> Bool
        {
            guard let ids else { return true }
            let touched = Set(ids)
            let left = mine.filter { touched.contains(id($0)) }.sorted { id($0) < id($1) }
            let right = theirs.filter { touched.contains(id($0)) }.sorted { id($0) < id($1) }
            return left == right
        }
        return same(slice.programIDs, programs, other.programs, id: \.id)
            && same(slice.programStatuses?.map(\.id), programs, other.programs, id: \.id)
            && same(slice.programStatusGroups?.flatMap(\.ids), programs, other.programs, id: \.id)
            && same(slice.experienceIDs, experiences, other.experiences, id: \.id)
            && same(slice.letterIDs, letters, other.letters, id: \.id)
    }
}
