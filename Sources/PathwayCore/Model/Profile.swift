/// Who is walking the pathway. The citizenship and visa track drive what the rules say about visas.
public struct Profile: Equatable, Sendable, Codable {
    public var name: String = ""
    public var medicalSchool: String = ""
    public var schoolCountry: String = ""
    public var graduationYear: Int?
    public var citizenship: Citizenship = .unknown
    public var visaTrack: VisaTrack = .none
    public var targetSpecialty: String = ""

    public init() {}

    /// Whether a visa is needed to train in the US: non-citizens without a green card, and a
    /// person who chose a visa track without recording a citizenship (the track says it).
    public var needsVisa: Bool { citizenship == .other || (citizenship == .unknown && visaTrack != .none) }

    /// The current text of a field, as `profile` prints and the editor starts from.
    public func value(of field: ProfileField) -> String {
        switch field {
        case .name: name
        case .medicalSchool: medicalSchool
        case .schoolCountry: schoolCountry
        case .graduationYear: graduationYear.map(String.init) ?? ""
        case .citizenship: citizenship.rawValue
        case .visaTrack: visaTrack.rawValue
        case .targetSpecialty: targetSpecialty
        }
    }
}

/// Citizenship or residency status, as it matters for a visa.
public enum Citizenship: String, CaseIterable, Codable, Sendable {
    case unknown
    case usCitizen
    case permanentResident
    case other

    public var label: String {
        switch self {
        case .unknown: "not recorded"
        case .usCitizen: "US citizen"
        case .permanentResident: "US permanent resident (green card)"
        case .other: "other (needs a visa)"
        }
    }
}

/// The visa an IMG plans to train on.
public enum VisaTrack: String, CaseIterable, Codable, Sendable {
    case none
    case j1
    case h1b
    /// Either one: a program that sponsors J-1 or H-1B will do.
    case either

    public var label: String {
        switch self {
        case .none: "none"
        case .j1: "J-1 (sponsored by ECFMG)"
        case .h1b: "H-1B (sponsored by the program)"
        case .either: "either J-1 or H-1B"
        }
    }
}

/// The editable fields of the profile, by their command-line names.
public enum ProfileField: String, CaseIterable, Codable, Sendable {
    case name
    case medicalSchool
    case schoolCountry
    case graduationYear
    case citizenship
    case visaTrack
    case targetSpecialty

    public var label: String {
        switch self {
        case .name: "Name"
        case .medicalSchool: "Medical school"
        case .schoolCountry: "School country"
        case .graduationYear: "Graduation year"
        case .citizenship: "Citizenship"
        case .visaTrack: "Visa track"
        case .targetSpecialty: "Target specialty"
        }
    }

    /// What the field accepts, for help text and error messages.
    public var accepts: String {
        switch self {
        case .graduationYear: "a year such as 2019"
        case .citizenship: "usCitizen (US citizen), permanentResident (green card), other"
        case .visaTrack: "none, j1 (J-1), h1b (H-1B), either (J-1 or H-1B)"
        default: "any text"
        }
    }
}

extension Citizenship {
    /// Reads what a person is likely to type: "US citizen", "green card", "other", or the id.
    public init?(lenient text: String) {
        switch Profile.simplified(text) {
        case "uscitizen", "citizen", "us": self = .usCitizen
        case "permanentresident", "greencard", "pr", "lpr", "resident": self = .permanentResident
        case "other", "noncitizen", "needsavisa", "otherneedsavisa": self = .other
        case "unknown", "notrecorded": self = .unknown
        default: return nil
        }
    }
}

extension VisaTrack {
    /// Reads "J-1", "j1", "H-1B", "h1b", "none".
    public init?(lenient text: String) {
        switch Profile.simplified(text) {
        case "none", "no", "novisa": self = .none
        case "j1", "jone": self = .j1
        case "h1b", "honeb": self = .h1b
        case "either", "j1orh1b", "h1borj1", "eitherj1orh1b", "any", "both": self = .either
        default: return nil
        }
    }
}

extension Profile {
    /// Lowercase letters and digits only, so "J-1", "j 1" and "J1" read the same.
    static func simplified(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
