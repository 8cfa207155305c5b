import PathwayCore

/// What the letters and experience screens remember between keys: each list's selection and
/// the entry open in detail with its selected field.
public struct LetterBrowser: Equatable, Sendable {
    /// The selected row of the letters list.
    public var letters = ListCursor()
    /// The letter shown on the detail screen, and its selected line.
    public var letterID: String?
    public var letterDetail = ListCursor()
    /// The selected row of the experience list.
    public var experiences = ListCursor()
    /// The experience shown on the detail screen, and its selected line.
    public var experienceID: String?
    public var experienceDetail = ListCursor()

    public init() {}

    /// The selected letter of the list, if there is one.
    public static func selectedLetter(_ state: AppState) -> Letter? {
        let list = state.pathway.letters
        guard !list.isEmpty else { return nil }
        return list[min(max(0, state.letters.letters.selection), list.count - 1)]
    }

    /// The selected experience of the list, if there is one.
    public static func selectedExperience(_ state: AppState) -> ClinicalExperience? {
        let list = state.pathway.experiences
        guard !list.isEmpty else { return nil }
        return list[min(max(0, state.letters.experiences.selection), list.count - 1)]
    }
}
