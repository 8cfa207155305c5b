import PathwayCore

extension Picker {
    /// The kinds of US clinical experience, the current one highlighted: for a new entry
    /// (`newExperience`) or for changing an entry's kind.
    public static func experienceKinds(current: ExperienceKind?, purpose: Purpose) -> Picker {
        let options = ExperienceKind.allCases.map {
            Option(label: $0.label, value: $0.rawValue, isCurrent: $0 == current)
        }
        let title = purpose == .newExperience ? "New experience, its kind" : ExperienceField.kind.label
        return Picker(
            title: title, purpose: purpose, options: options,
            cursor: ListCursor(selection: options.firstIndex(where: \.isCurrent) ?? 0))
    }

    /// The values of a letter field that has only a few (whether the writer is a US physician,
    /// the experience the letter came from), the current one highlighted; nil for typed fields.
    public static func choices(for field: LetterField, of letter: Letter, experiences: [ClinicalExperience])
        -> Picker?
    {
        let options: [Option]
        switch field {
        case .usPhysician:
            options = [
                Option(label: "yes, a US physician", value: "yes"), Option(label: "no", value: "no"),
            ]
        case .experience:
            options =
                [Option(label: "none", value: "")]
                + experiences.map { experience in
                    Option(
                        label: "\(experience.id) \(experience.site), \(experience.kind.label)", value: experience.id)
                }
        default:
            return nil
        }
        return Picker(
            title: field.label, purpose: .letterField(id: letter.id, field), options: options,
            current: field.text(of: letter))
    }

    /// The programs a letter can be assigned to, the assigned ones marked with their day, each
    /// with its number of letters against the limit (so a full program shows before a fifth letter
    /// is given to it); nil when there are no programs. Choosing an assigned program takes the
    /// letter off it.
    public static func assignments(for letter: Letter, in pathway: Pathway) -> Picker? {
        let programs = pathway.programs
        guard !programs.isEmpty else { return nil }
        let limit = pathway.letterLimit
        let options = programs.map { program in
            let day = letter.assignments[program.id]
            let count = pathway.letters.filter { $0.assignments[program.id] != nil }.count
            let of = "\(count) of \(limit) \(limit == 1 ? "letter" : "letters")"
            let load = count >= limit ? "\(of), full" : of
            return Option(
                label: "\(program.id) \(program.name) (\(load)" + (day.map { "; assigned \($0)" } ?? "") + ")",
                value: program.id, isCurrent: day != nil)
        }
        return Picker(
            title: "\(letter.id) to programs (Enter adds or takes off)", purpose: .letterAssignment(id: letter.id),
            options: options, cursor: ListCursor())
    }
}
