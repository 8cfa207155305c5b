extension ClinicalExperience {
    /// The number in an id such as `ce-12`, or nil when the text is not an experience id.
    public static func number(in id: String) -> Int? { ItemNumber.number(in: id, prefix: idPrefix) }

    /// What makes this entry one imgpath never records, in words, or nil. Dates may be ahead:
    /// a planned rotation is recorded before it starts.
    public var problem: String? {
        if site.trimmingSpaces().isEmpty { return "an experience needs a site" }
        if !state.isEmpty, USState.code(state) != state { return "\"\(state)\" is not a US state code" }
        if let refusal = ClinicalExperience.datesRefusal(start: start, end: end) { return "\(site): \(refusal)" }
        return nil
    }

    /// The same entry under another id.
    func withID(_ id: String) -> ClinicalExperience {
        var copy = ClinicalExperience(id: id, kind: kind, site: site, start: start, end: end)
        copy.city = city
        copy.state = state
        copy.specialty = specialty
        copy.supervisor = supervisor
        copy.notes = notes
        return copy
    }

    /// Whole weeks of each kind, in the kinds' order, leaving out kinds with no entry.
    public static func weeksByKind(_ list: [ClinicalExperience]) -> [(kind: ExperienceKind, weeks: Int)] {
        ExperienceKind.allCases.compactMap { kind in
            let entries = list.filter { $0.kind == kind }
            return entries.isEmpty ? nil : (kind, entries.reduce(0) { $0 + $1.weeks })
        }
    }
}
