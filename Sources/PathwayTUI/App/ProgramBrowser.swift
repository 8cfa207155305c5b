import PathwayCore

/// What the programs screens remember between keys: the table's selection, sort and filter, the
/// program open in detail, and the rank order list's selection.
public struct ProgramBrowser: Equatable, Sendable {
    /// The column the table is sorted by; the sort key cycles through them in this order.
    public enum Sort: String, CaseIterable, Equatable, Sendable {
        case added = "order added"
        case name
        case state
        case visa
        case status
        case date

        /// The next column in the cycle.
        public var next: Sort {
            let all = Sort.allCases
            return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
        }
    }

    /// The selected row of the table (of the rows the filter lets through).
    public var table = ListCursor()
    public var sort: Sort = .added
    /// The filter kept after typing it (while it is typed, the editor holds it).
    public var filter = ""
    /// The program shown on the detail screen, and its selected field.
    public var detailID: String?
    public var detail = ListCursor()
    /// The selected line of the rank order list.
    public var rank = ListCursor()
    /// The table's columns as the person chose them (kept in the settings file), or nil for the
    /// ones the window's width gives.
    public var columns: [ProgramTableColumn]?
    /// The marked programs, by id: a status, a letter or a removal then applies to all of them
    /// as one change.
    public var marked: Set<String> = []

    public init() {}

    /// The programs the table shows, filtered and sorted. The filter is a `ProgramQuery`: free
    /// words found in the name, city, state and specialty, and filter words such as
    /// `status:applied`; it is the text being typed while the filter editor is open.
    public static func rows(_ state: AppState) -> [Program] {
        let query = ProgramQuery(filterText(state))
        var programs = state.pathway.programs
        if !query.isEmpty {
            // Fit warnings are worked out only for a filter that asks for them.
            let fits = query.needsFit ? state.pathway.programFits(today: state.today) : [:]
            programs = programs.filter { query.matches($0, fits: fits[$0.id] ?? []) }
        }
        let sort = state.programs.sort
        guard sort != .added else { return programs }
        // A stable sort: programs that tie keep the order they were added in.
        // Each key is made once, not once per comparison.
        let keyed = programs.enumerated().map {
            (key: sortKey($0.element, sort), offset: $0.offset, program: $0.element)
        }
        return keyed.sorted { a, b in a.key == b.key ? a.offset < b.offset : a.key < b.key }.map(\.program)
    }

    /// The filter in force: what is typed in the filter editor, or the one kept.
    public static func filterText(_ state: AppState) -> String {
        if state.editTarget == .programFilter, let editor = state.editor { return editor.text }
        return state.programs.filter
    }

    /// The date the table shows for a program: the interview day when one is set, else the day
    /// the program reached its status.
    public static func shownDate(_ program: Program) -> CalendarDay? {
        switch program.status {
        case .invited, .interviewScheduled, .interviewed: program.interviewDay ?? program.date(of: program.status)
        default: program.date(of: program.status)
        }
    }

    private static func sortKey(_ program: Program, _ sort: Sort) -> String {
        switch sort {
        case .added: ""
        case .name: program.name.lowercased()
        case .state: program.state.isEmpty ? "~" : program.state
        case .visa: program.visa.rawValue
        case .status: String(ProgramStatus.allCases.firstIndex(of: program.status) ?? 0)
        // Undated programs go last.
        case .date: shownDate(program)?.description ?? "~"
        }
    }
}
