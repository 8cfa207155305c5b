extension Pathway {
    /// Fields that are counted from the season's programs once any are recorded, instead of typed.
    public static let derivedFields: [(milestone: MilestoneID, field: String)] = [
        (.eras, "programs"), (.eras, "interviews"), (.match, "programsRanked"),
    ]

    /// Whether a field is counted from the programs now (so it is not typed).
    public func isDerived(_ id: MilestoneID, _ field: String) -> Bool {
        !programs.isEmpty && Pathway.derivedFields.contains { $0.milestone == id && $0.field == field }
    }

    /// A field's value: counted from the programs when it is derived, else what was typed.
    public func detail(_ id: MilestoneID, _ field: String) -> String? {
        guard isDerived(id, field) else { return self[id].details[field] }
        let summary = SeasonSummary(programs: programs, rankOrder: rankOrder)
        switch (id, field) {
        case (.eras, "programs"): return String(summary.applied)
        case (.eras, "interviews"): return String(summary.interviews)
        default: return String(summary.ranked)
        }
    }
}
