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
        case .interviewFormat:
            options =
                InterviewFormat.allCases.map { Option(label: $0.label, value: $0.rawValue) }
                + [Option(label: "not recorded", value: "")]
        default:
            return nil
        }
        return Picker(
            title: field.label, purpose: .programField(id: program.id, field), options: options,
            current: field.text(of: program))
    }

    /// The statuses the marked programs can move to together (the day is asked next).
    public static func programsStatus(ids: [String]) -> Picker {
        let options = ProgramStatus.allCases.filter { $0 != .considering }.map {
            Option(label: $0.label, value: $0.rawValue)
        }
        return Picker(
            title: "\(ids.count) marked programs to", purpose: .programsStatus(ids: ids), options: options,
            cursor: ListCursor())
    }

    /// The letters that can go to programs; nil when there are none.
    public static func lettersForPrograms(ids: [String], in pathway: Pathway) -> Picker? {
        guard !pathway.letters.isEmpty else { return nil }
        let options = pathway.letters.map { letter in
            Option(label: "\(letter.id) \(letter.writer) (\(letter.assignments.count) programs)", value: letter.id)
        }
        let what = ids.count == 1 ? ids[0] : "\(ids.count) programs"
        return Picker(
            title: "A letter for \(what)", purpose: .letterForPrograms(ids: ids), options: options,
            cursor: ListCursor())
    }

    /// The programs table's columns, the shown ones marked; choosing one shows or hides it, and
    /// the first choice goes back to what the window's width shows.
    public static func programColumns(chosen: [ProgramTableColumn]?, width: Int) -> Picker {
        let shown = ProgramTableColumn.shown(chosen: chosen, width: width)
        let options =
            [Option(label: "as the window's width gives" + (chosen == nil ? " (now)" : ""), value: "")]
            + ProgramTableColumn.allCases.map { column in
                var option = Option(label: column.title, value: column.rawValue, isCurrent: shown.contains(column))
                if column == .name { option.blocker = "the name is always shown" }
                return option
            }
        return Picker(
            title: "Columns (Enter shows or hides; remembered)", purpose: .programColumns, options: options,
            cursor: ListCursor(selection: 1))
    }
}
