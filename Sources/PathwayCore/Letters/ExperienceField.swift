/// A field of a clinical experience that `usce set` changes, with how its text is read and
/// checked: the one place that knows what each field accepts.
public enum ExperienceField: String, EntryField, Sendable {
    case kind
    case site
    case city
    case state
    case specialty
    case start
    case end
    case supervisor
    case notes

    public var label: String {
        switch self {
        case .kind: "Kind"
        case .site: "Site"
        case .city: "City"
        case .state: "State"
        case .specialty: "Specialty"
        case .start: "Start date"
        case .end: "End date"
        case .supervisor: "Supervisor"
        case .notes: "Notes"
        }
    }

    /// What the field accepts, for help and error messages.
    public var accepts: String {
        switch self {
        case .kind: ExperienceKind.allCases.map(\.rawValue).joined(separator: ", ")
        case .site: "any text (not empty)"
        case .city, .specialty, .supervisor, .notes: "any text"
        case .state: "a US state or territory code such as NY, or empty"
        case .start, .end: "a date YYYY-MM-DD"
        }
    }

    /// Reads a field name leniently ("Start", "supervisor").
    public init?(lenient text: String) {
        let folded = text.lowercased().filter { $0.isLetter }
        guard let field = ExperienceField.allCases.first(where: { $0.rawValue == folded }) else {
            if folded == "note" {
                self = .notes
                return
            }
            return nil
        }
        self = field
    }

    /// The field's current value as text.
    public func text(of experience: ClinicalExperience) -> String {
        switch self {
        case .kind: experience.kind.rawValue
        case .site: experience.site
        case .city: experience.city
        case .state: experience.state
        case .specialty: experience.specialty
        case .start: experience.start.description
        case .end: experience.end.description
        case .supervisor: experience.supervisor
        case .notes: experience.notes
        }
    }

    /// Sets the field from text, or says why the text does not fit.
    public func set(_ text: String, on experience: inout ClinicalExperience) -> ProgramFieldError? {
        let trimmed = text.trimmingSpaces()
        func fail(_ why: String) -> ProgramFieldError {
            ProgramFieldError(field: rawValue, reason: "\(label): \(why); expected \(accepts)")
        }
        switch self {
        case .kind:
            guard let kind = ExperienceKind(lenient: trimmed) else { return fail("\"\(trimmed)\" is not a kind") }
            experience.kind = kind
        case .site:
            guard !trimmed.isEmpty else { return fail("an experience needs a site") }
            experience.site = trimmed
        case .city: experience.city = trimmed
        case .state:
            if trimmed.isEmpty {
                experience.state = ""
            } else {
                guard let code = USState.code(trimmed) else { return fail("\"\(trimmed)\" is not a state code") }
                experience.state = code
            }
        case .specialty: experience.specialty = trimmed
        case .start, .end:
            guard let day = CalendarDay(parsing: trimmed) else { return fail("\"\(trimmed)\" is not a date") }
            if self == .start { experience.start = day } else { experience.end = day }
        case .supervisor: experience.supervisor = trimmed
        case .notes: experience.notes = text
        }
        return nil
    }
}
