/// A field of a letter that `letter set` changes, with how its text is read and checked.
///
/// Assignments and the received day have their own changes (`letter assign`, `letter received`)
/// because each carries a day and its own warnings.
public enum LetterField: String, EntryField, Sendable {
    case writer
    case title
    case specialty
    case institution
    case usPhysician = "us"
    case experience = "usce"
    case requested

    public var label: String {
        switch self {
        case .writer: "Writer"
        case .title: "Title"
        case .specialty: "Specialty"
        case .institution: "Institution"
        case .usPhysician: "US physician"
        case .experience: "From experience"
        case .requested: "Requested on"
        }
    }

    /// What the field accepts, for help and error messages.
    public var accepts: String {
        switch self {
        case .writer: "any text (not empty)"
        case .title, .specialty, .institution: "any text"
        case .usPhysician: "yes or no"
        case .experience: "an experience id such as ce-1, or empty"
        case .requested: "a date YYYY-MM-DD, or empty"
        }
    }

    /// Reads a field name leniently ("US", "usPhysician", "experience").
    public init?(lenient text: String) {
        let folded = text.lowercased().filter { $0.isLetter }
        switch folded {
        case "us", "usphysician": self = .usPhysician
        case "usce", "experience": self = .experience
        default:
            guard let field = LetterField.allCases.first(where: { $0.rawValue == folded }) else { return nil }
            self = field
        }
    }

    /// The field's current value as text.
    public func text(of letter: Letter) -> String {
        switch self {
        case .writer: letter.writer
        case .title: letter.title
        case .specialty: letter.specialty
        case .institution: letter.institution
        case .usPhysician: letter.usPhysician ? "yes" : "no"
        case .experience: letter.experienceID ?? ""
        case .requested: letter.requested?.description ?? ""
        }
    }

    /// Sets the field from text, or says why the text does not fit. Whether an experience id
    /// exists is the machine's question: this only checks its form.
    public func set(_ text: String, on letter: inout Letter) -> ProgramFieldError? {
        let trimmed = text.trimmingSpaces()
        func fail(_ why: String) -> ProgramFieldError {
            ProgramFieldError(field: rawValue, reason: "\(label): \(why); expected \(accepts)")
        }
        switch self {
        case .writer:
            guard !trimmed.isEmpty else { return fail("a letter needs a writer") }
            letter.writer = trimmed
        case .title: letter.title = trimmed
        case .specialty: letter.specialty = trimmed
        case .institution: letter.institution = trimmed
        case .usPhysician:
            switch trimmed.lowercased() {
            case "yes", "y", "true", "1": letter.usPhysician = true
            case "no", "n", "false", "0": letter.usPhysician = false
            default: return fail("\"\(trimmed)\" is not yes or no")
            }
        case .experience:
            if trimmed.isEmpty {
                letter.experienceID = nil
            } else {
                guard ClinicalExperience.number(in: trimmed.lowercased()) != nil else {
                    return fail("\"\(trimmed)\" is not an experience id")
                }
                letter.experienceID = trimmed.lowercased()
            }
        case .requested:
            if trimmed.isEmpty {
                letter.requested = nil
            } else {
                guard let day = CalendarDay(parsing: trimmed) else { return fail("\"\(trimmed)\" is not a date") }
                letter.requested = day
            }
        }
        return nil
    }
}
