import PathwayCore

/// A column the programs table can show. The person chooses which (`C` on the table, kept in
/// the settings file); without a choice the window's width decides, showing at 80 columns what
/// tells similar programs apart: the id, the end of a long name, the city.
public enum ProgramTableColumn: String, CaseIterable, Equatable, Sendable {
    case id
    case name
    case specialty
    case city
    case state
    case visa
    case status
    case date
    case fit

    public var title: String {
        switch self {
        case .id: "Id"
        case .name: "Name"
        case .specialty: "Specialty"
        case .city: "City"
        case .state: "State"
        case .visa: "Visa"
        case .status: "Status"
        case .date: "Date"
        case .fit: "Fit"
        }
    }

    /// The column's width in cells; the name has none: it takes what the others leave.
    func width(shortStatus: Bool) -> Int? {
        switch self {
        case .id: 7
        case .name: nil
        case .specialty: 18
        case .city: 11
        case .state: 5
        case .visa: 6
        case .status: shortStatus ? 11 : 20
        case .date: 10
        case .fit: 4
        }
    }

    /// The order in which chosen columns give way when the window leaves the name too little
    /// room: the least telling first; the status and the fit marks last.
    static let givingWay: [ProgramTableColumn] = [.specialty, .state, .city, .date, .visa, .id, .fit, .status]

    /// Windows at least this wide (inside the box) show specialty and state too by default.
    static let wideFrom = 110

    /// The columns shown when the person chose none, for a text width: at 80 columns the id, the
    /// name, the city, visa, status, date and fit, so that fifteen "Brooklyn Medical Center ..."
    /// rows still differ; wide windows add specialty and state; the narrowest keep what fits.
    static func defaults(width: Int) -> [ProgramTableColumn] {
        if width >= wideFrom { return [.id, .name, .specialty, .city, .state, .visa, .status, .date, .fit] }
        if width >= 66 { return [.id, .name, .city, .visa, .status, .date, .fit] }
        return [.id, .name, .city, .status, .fit]
    }

    /// The columns in force: the person's choice (the name always among them, in the order of
    /// this type), or the defaults for the width.
    static func shown(chosen: [ProgramTableColumn]?, width: Int) -> [ProgramTableColumn] {
        guard let chosen else { return defaults(width: width) }
        let set = Set(chosen).union([.name])
        return allCases.filter { set.contains($0) }
    }

    /// The text of this column for a program; `marks` are its fit marks.
    func cell(_ program: Program, marks: String, shortStatus: Bool, unicode: Bool) -> String {
        switch self {
        case .id: program.id
        case .name: TextWidth.visible(program.name, unicode: unicode)
        case .specialty: TextWidth.visible(program.specialty, unicode: unicode)
        case .city: TextWidth.visible(program.city, unicode: unicode)
        case .state: program.state
        case .visa: program.visa.shortLabel
        case .status: shortStatus ? ProgramsView.shortLabel(program.status) : program.status.label
        case .date: ProgramBrowser.shownDate(program)?.description ?? ""
        case .fit: marks
        }
    }
}
