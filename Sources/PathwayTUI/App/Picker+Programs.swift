import PathwayCore

extension Picker {
    /// The values of a program field that has only a few (visa sponsorship, yes or no), the
    /// current one highlighted; nil for fields that are typed.
    public static func choices(for field: ProgramField, of program: Program) -> Picker? {
        let options: [Option]
        switch field {
        case .visa:
            options = VisaSponsorship.allCases.map { Option(label: $0.label, value: $0.rawValue) }
        case .requiresUSClinicalExperience:
            options = [
                Option(label: "yes, required", value: "yes"), Option(label: "no, not required", value: "no"),
                Option(label: "not known", value: ""),
            ]
        case .soap:
            options = [
                Option(label: "yes, applied in SOAP", value: "yes"), Option(label: "no, the main round", value: "no"),
            ]
        default:
            return nil
        }
        return Picker(
            title: field.label, purpose: .programField(id: program.id, field), options: options,
            current: field.text(of: program))
    }
}
