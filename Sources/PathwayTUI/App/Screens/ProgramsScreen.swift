import PathwayCore

/// The programs table of the application season: a row per program, sorted and filtered, with
/// quick keys that move a program along its statuses.
enum ProgramsScreen: MarkableTable {
    static let keyMap = KeyMap(
        "Programs",
        KeyMap.movement()
            + [
                KeyBinding([.enter], .activate, help: "Open the program: every field, its dates and fit", hint: "open"),
                KeyBinding(
                    [.character("a")], .advance,
                    help: "Next status, asking its day (today filled in)",
                    hint: "next status"),
                KeyBinding([.character("x")], .markRejected, help: "Mark it rejected, asking the day"),
                KeyBinding([.character("w")], .markWithdrawn, help: "Mark it withdrawn, asking the day"),
                KeyBinding(
                    [.character("/")], .startFilter,
                    help: "Filter by text and words (status:applied ...)",
                    hint: "filter"),
                KeyBinding([.character("s")], .cycleSort, help: "Sort by the next column", hint: "sort"),
                KeyBinding([.character("C")], .chooseColumns, help: "Choose the columns (remembered)"),
                KeyBinding(
                    [.character(" ")], .toggleMark, help: "Mark or unmark; a x w A d then act on all marked",
                    hint: "mark"),
                KeyBinding([.character("*")], .markAllShown, help: "Mark every row the filter shows (again: unmark)"),
                KeyBinding(
                    [.character("A")], .assignLetterToPrograms, help: "Assign a letter to the marked (or this) program"),
                KeyBinding([.character("n")], .addItem, help: "Add a program", hint: "add"),
                KeyBinding(
                    [.character("d"), .delete], .deleteItem, help: "Remove the program, or the marked ones (u: back)"),
                KeyBinding([.escape], .back, help: "Clear the filter, then the marks, or go back", hint: "back"),
            ])

    static var cursor: WritableKeyPath<AppState, ListCursor> { \.programs.table }

    static var marks: WritableKeyPath<AppState, Set<String>> { \.programs.marked }

    static func rowCount(_ state: AppState) -> Int { ProgramBrowser.rows(state).count }

    static func reduce(_ state: inout AppState, _ command: Command, now: Timestamp) -> [Effect] {
        let rows = ProgramBrowser.rows(state)
        if moved(&state, command, count: rows.count) { return [] }
        let selected = selectedIndex(state, count: rows.count).map { rows[$0] }
        switch command {
        case .activate:
            guard let program = selected else { return nothingSelected(&state) }
            state.programs.detailID = program.id
            state.programs.detail = ListCursor()
            state.screen = .programDetail
        case .toggleMark:
            guard let program = selected else { return nothingSelected(&state) }
            toggleMark(&state, id: program.id, count: rows.count)
            sayMarks(&state)
        case .markAllShown:
            toggleMarks(&state, shown: rows.map(\.id))
            sayMarks(&state)
        case .advance:
            let marked = markedPrograms(state)
            if !marked.isEmpty {
                // Marked programs at one status move on together; otherwise the status is chosen.
                let nexts = Set(marked.map(\.status.next))
                if nexts.count == 1, let next = nexts.first ?? nil {
                    askDay(&state, marked, next, now: now)
                } else {
                    state.picker = Picker.programsStatus(ids: marked.map(\.id))
                }
                return []
            }
            guard let program = selected else { return nothingSelected(&state) }
            return advance(&state, program, now: now)
        case .markRejected, .markWithdrawn:
            let status: ProgramStatus = command == .markRejected ? .rejected : .withdrawn
            let marked = markedPrograms(state)
            if !marked.isEmpty {
                askDay(&state, marked, status, now: now)
                return []
            }
            guard let program = selected else { return nothingSelected(&state) }
            askDay(&state, [program], status, now: now)
        case .assignLetterToPrograms:
            let marked = markedPrograms(state)
            guard let program = selected else { return nothingSelected(&state) }
            let ids = marked.isEmpty ? [program.id] : marked.map(\.id)
            guard let picker = Picker.lettersForPrograms(ids: ids, in: state.pathway) else {
                state.message = StatusMessage(
                    "No letters yet: \(KeyMap.global.key(.showLetters)) opens the letters, where "
                        + "\(LettersScreen.keyMap.key(.addItem)) adds one")
                return []
            }
            state.picker = picker
        case .startFilter:
            AppReducer.openEditor(&state, .programFilter, text: state.programs.filter)
            // The editor holds the filter while it is typed; Esc in it leaves none.
            state.programs.filter = ""
            state.programs.table = ListCursor()
            state.message = StatusMessage(
                "Type to filter, e.g. brooklyn status:applied visa:h1b fit:ok; "
                    + "\(EditorScreen.keyMap.key(.activate)) keeps it, \(EditorScreen.keyMap.key(.back)) clears it")
        case .cycleSort:
            state.programs.sort = state.programs.sort.next
            state.programs.table = ListCursor()
            state.message = StatusMessage("Sorted by \(state.programs.sort.rawValue)")
        case .chooseColumns:
            state.picker = Picker.programColumns(chosen: state.programs.columns, width: tableWidth(state))
        case .addItem:
            AppReducer.openEditor(&state, .programName, text: "")
        case .deleteItem:
            let marked = markedPrograms(state)
            if !marked.isEmpty {
                let effects = removeRows(
                    &state, .removePrograms(ids: marked.map(\.id)), what: "\(marked.count) marked programs", now: now)
                if !effects.isEmpty { state.programs.marked = [] }
                return effects
            }
            guard let program = selected else { return nothingSelected(&state) }
            return removeRows(&state, .removeProgram(id: program.id), what: "\"\(program.name)\"", now: now)
        case .back:
            if !state.programs.filter.isEmpty {
                state.programs.filter = ""
                state.programs.table = ListCursor()
                state.message = StatusMessage("Filter cleared")
            } else if !state.programs.marked.isEmpty {
                state.programs.marked = []
                state.message = StatusMessage("Marks cleared")
            } else {
                state.screen = .main
            }
        default:
            break
        }
        return []
    }

    /// Moves a program to its next status with today's date, or says why there is none.
    static func advance(_ state: inout AppState, _ program: Program, now: Timestamp) -> [Effect] {
        guard let next = program.status.next else {
            state.message = StatusMessage(
                "\"\(program.name)\" is \(program.status.label): there is no next status to move to")
            return []
        }
        // The date kept for "interview scheduled" is the interview's own day, which today
        // rarely is: ask for it.
        if next == .interviewScheduled {
            AppReducer.openEditor(&state, .programInterviewDay(id: program.id), text: "")
            return []
        }
        askDay(&state, [program], next, now: now)
        return []
    }

    /// The marked programs that still exist, in the order they were added.
    static func markedPrograms(_ state: AppState) -> [Program] {
        let marked = state.programs.marked
        guard !marked.isEmpty else { return [] }
        return state.pathway.programs.filter { marked.contains($0.id) }
    }

    /// Says how many programs are marked and what acts on them.
    private static func sayMarks(_ state: inout AppState) {
        let count = state.programs.marked.count
        state.message = StatusMessage(
            count == 0
                ? "No programs marked"
                : "\(count) marked; \(keyMap.key(.advance)), \(keyMap.key(.markRejected)), "
                    + "\(keyMap.key(.markWithdrawn)), \(keyMap.key(.assignLetterToPrograms)) and "
                    + "\(keyMap.key(.deleteItem)) act on all of them; \(keyMap.key(.back)) clears the marks")
    }

    /// Asks for the day the programs reached a status, with today filled in so that Enter keeps
    /// it; a move the rules refuse is said at once instead.
    static func askDay(_ state: inout AppState, _ programs: [Program], _ status: ProgramStatus, now: Timestamp) {
        for program in programs {
            if let reason = ProgramTransitions.refusal(from: program.status, to: status) {
                state.message = StatusMessage("Refused: \(program.id) \(program.name): \(reason)", .error)
                return
            }
        }
        AppReducer.openEditor(
            &state, .programStatusDay(ids: programs.map(\.id), status), text: now.localDay.description)
        let keys = EditorScreen.keyMap
        state.message = StatusMessage(
            "\(keys.key(.activate)) keeps today; \(keys.key(.clearToStart)) clears it to type the day "
                + "(YYYY-MM-DD); \(keys.key(.back)) cancels")
    }

    /// What the editor's text means for the programs' targets.
    static func commit(_ state: inout AppState, _ target: EditTarget, text: String, now: Timestamp) -> [Effect] {
        switch target {
        case .programFilter:
            state.programs.filter = text
            let count = ProgramBrowser.rows(state).count
            // The selection moved while the filter was typed stays on that program.
            state.programs.table.clamp(count: count)
            AppReducer.closeEditor(&state)
            let problems = ProgramQuery(text).problems
            guard problems.isEmpty else {
                state.message = StatusMessage(
                    "\(count) of \(state.pathway.programs.count) programs match; left out of the filter: "
                        + problems.joined(separator: "; "), .warning)
                return []
            }
            state.message = StatusMessage(
                text.isEmpty
                    ? "No filter"
                    : "\(count) of \(state.pathway.programs.count) programs match; \(keyMap.key(.back)) clears the filter"
            )
            return []
        case .programName:
            var probe = Program(id: "", name: "")
            if let error = ProgramField.name.set(text, on: &probe) { return typingMistake(&state, error) }
            let id = state.pathway.nextProgramID
            let effects = AppReducer.record(&state, .addProgram(Program(id: "", name: text)), now: now)
            // The new program becomes the selected row, so the next key acts on it.
            if let index = ProgramBrowser.rows(state).firstIndex(where: { $0.id == id }) {
                state.programs.table = ListCursor(selection: index)
            }
            return effects
        case .programField(let id, let field):
            if var probe = state.pathway.program(id), let error = field.set(text, on: &probe) {
                return typingMistake(&state, error)
            }
            return AppReducer.record(&state, .editProgram(id: id, field: field, value: text), now: now)
        case .programStatusDay(let ids, let status):
            guard let day = AppReducer.typedDay(text, now: now) else { return AppReducer.badDate(&state, text) }
            guard ids.count > 1 else {
                return AppReducer.record(&state, .markProgram(id: ids.first ?? "", status: status, date: day), now: now)
            }
            // The marked programs: one change, one undo; the marks are done with.
            let effects = AppReducer.record(&state, .markPrograms(ids: ids, status: status, date: day), now: now)
            if !effects.isEmpty { state.programs.marked = [] }
            return effects
        case .programInterviewDay(let id):
            guard let day = CalendarDay(parsing: text) else { return AppReducer.badDate(&state, text) }
            return AppReducer.record(&state, .markProgram(id: id, status: .interviewScheduled, date: day), now: now)
        default:
            return []
        }
    }

    /// Text a field cannot take: said, with the editor left open to correct it.
    private static func typingMistake(_ state: inout AppState, _ error: ProgramFieldError) -> [Effect] {
        state.message = StatusMessage("Refused: \(error.reason)", .error)
        return []
    }

    private static func nothingSelected(_ state: inout AppState) -> [Effect] {
        state.message = StatusMessage(
            state.pathway.programs.isEmpty
                ? "No programs yet: \(keyMap.key(.addItem)) adds one"
                : "No program matches the filter; \(keyMap.key(.back)) clears it")
        return []
    }

    /// The text width of the table: the window less the box's borders and margins.
    static func tableWidth(_ state: AppState) -> Int { state.width - 4 }

    /// Shows or hides a column (an empty name goes back to the width's columns), keeps the list
    /// open at `cursor` for the next, and asks for the choice to be remembered.
    static func chooseColumn(_ state: inout AppState, _ name: String, cursor: ListCursor) -> [Effect] {
        let width = tableWidth(state)
        if let column = ProgramTableColumn(rawValue: name) {
            var shown = ProgramTableColumn.shown(chosen: state.programs.columns, width: width)
            if let index = shown.firstIndex(of: column) {
                shown.remove(at: index)
            } else {
                shown.append(column)
            }
            state.programs.columns = ProgramTableColumn.shown(chosen: shown, width: width)
        } else {
            state.programs.columns = nil
        }
        var again = Picker.programColumns(chosen: state.programs.columns, width: width)
        again.cursor = cursor
        state.picker = again
        let shown = ProgramTableColumn.shown(chosen: state.programs.columns, width: width)
        state.message = StatusMessage(
            "Columns: " + shown.map(\.title).joined(separator: ", ")
                + (state.programs.columns == nil ? " (as the width gives)" : "") + "; remembered")
        return [.rememberProgramColumns(state.programs.columns)]
    }

    /// How many table rows the window shows (the box, its header line and the rows).
    static func visibleRows(_ state: AppState) -> Int {
        max(1, Layout(width: state.width, height: state.height).checklist.height - 3)
    }

}
