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

    /// Whether a visa is needed to train in the US (non-citizens without a green card).
    public var needsVisa: Bool { citizenship == .other }

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

    public var label: String {
        switch self {
        case .none: "none"
        case .j1: "J-1 (sponsored by ECFMG)"
        case .h1b: "H-1B (sponsored by the program)"
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
        case .citizenship: Citizenship.allCases.map(\.rawValue).joined(separator: ", ")
        case .visaTrack: VisaTrack.allCases.map(\.rawValue).joined(separator: ", ")
        default: "any text"
        }
    }
}
