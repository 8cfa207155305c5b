extension Pathway {
    /// Fields that are counted from the season's programs once any are recorded, instead of typed.
    public static let derivedFields: [(milestone: MilestoneID, field: String)] = [
        (.eras, "programs"), (.eras, "interviews"), (.match, "programsRanked"),
    ]

    /// Fields that are counted from the letters once any are recorded.
    public static let letterDerivedFields: [(milestone: MilestoneID, field: String)] = [
        (.eras, "letterCount"), (.eras, "usLetters"),
    ]

    /// Whether a field is counted from the programs or the letters now (so it is not typed).
    public func isDerived(_ id: MilestoneID, _ field: String) -> Bool {
        (programCount > 0 && Pathway.derivedFields.contains { $0.milestone == id && $0.field == field })
            || (!letters.isEmpty && Pathway.letterDerivedFields.contains { $0.milestone == id && $0.field == field })
    }

    /// The list a derived field is counted from, for the message refusing to type it.
    public func derivedSource(_ id: MilestoneID, _ field: String) -> String {
        Pathway.letterDerivedFields.contains { $0.milestone == id && $0.field == field }
            ? "your letters (imgpath letter list)" : "your programs (imgpath program list)"
    }

    /// A field's value: counted from the programs or letters when it is derived, else what was typed.
    public func detail(_ id: MilestoneID, _ field: String) -> String? {
        guard isDerived(id, field) else { return self[id].details[field] }
        switch (id, field) {
        case (.eras, "letterCount"): return String(letters.count)
        case (.eras, "usLetters"): return String(letters.filter(\.usPhysician).count)
        default: break
        }
        let summary = seasonSummary
        switch (id, field) {
        case (.eras, "programs"): return String(summary.applied)
        case (.eras, "interviews"): return String(summary.interviews)
        default: return String(summary.ranked)
        }
    }

    /// How many programs are recorded (also when only those in play are read).
    public var programCount: Int { programGlance?.count ?? programs.count }

    /// Whether a program with this id is recorded. With only the programs in play read, those
    /// with a letter assigned are known too (the glance names them).
    public func isRecorded(program id: String) -> Bool {
        program(id) != nil || (programGlance?.lettered.contains { $0.id == id } ?? false)
    }

    /// Whether `programs` is the whole list (not only the programs in play).
    public var hasAllPrograms: Bool { programGlance == nil }

    /// The season in numbers, from the whole list of programs.
    public var seasonSummary: SeasonSummary {
        programGlance?.summary ?? SeasonSummary(programs: programs, rankOrder: rankOrder)
    }

    /// The programs ERAS charges for, per specialty, from the whole list.
    public var programsBySpecialty: [(specialty: String, count: Int)] {
        programGlance?.bySpecialty.map { ($0.specialty, $0.count) } ?? SeasonBudget.programsBySpecialty(programs)
    }

    /// Whether a checklist item is ticked from the letters instead of by hand: the ERAS letters
    /// item, once letters are recorded.
    public func isDerivedItem(_ id: MilestoneID, _ item: String) -> Bool {
        !letters.isEmpty && id == .eras && item == "letters"
    }

    /// Whether a checklist item is done: ticked by hand, or, for the ERAS letters item once
    /// letters are recorded, every letter received by ERAS.
    public func isTicked(_ id: MilestoneID, _ item: String) -> Bool {
        guard isDerivedItem(id, item) else { return self[id].isTicked(item) }
        return letters.allSatisfy { $0.received != nil }
    }
}
