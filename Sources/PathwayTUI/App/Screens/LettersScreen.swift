import PathwayCore

/// The letters of recommendation: a row per letter with whether ERAS received it and how many
/// programs it goes to, the totals, and the warnings drawn from `LetterRules`.
enum LettersScreen: TableFeature {
    static let keyMap = KeyMap(
        "Letters",
        KeyMap.movement()
            + [
                KeyBinding(
                    [.enter], .activate, help: "Open the letter: every field, its programs and warnings", hint: "open"),
                KeyBinding([.character("n")], .addItem, help: "Add a letter (its writer first)", hint: "add"),
                KeyBinding(
                    [.character("r"), .character(" ")], .tickReceived,
                    help: "Tick \"received by ERAS\" (asks the day, today filled in), or untick it",
                    hint: "received"),
                KeyBinding(
                    [.character("a")], .assignLetter, help: "Assign the letter to a program, or take it off one",
                    hint: "assign"),
                KeyBinding([.character("d"), .delete], .deleteItem, help: "Remove the letter (undo brings it back)"),
                KeyBinding([.escape], .back, help: "Back to the main screen", hint: "back"),
                // After Esc: on a narrow key bar, the way back is kept and this one left to the
                // help and the totals line, which names its key.
                KeyBinding(
                    [.character("l")], .setLetterLimit,
                    help: "Set the letters per program imgpath warns above (empty: ERAS's)", hint: "limit"),
            ])

    static var cursor: WritableKeyPath<AppState, ListCursor> { \.letters.letters }

    static func rowCount(_ state: AppState) -> Int { state.pathway.letters.count }

    static func visibleRows(_ state: AppState) -> Int { LettersView.visibleRows(state) }

    static func reduce(_ state: inout AppState, _ command: Command, now: Timestamp) -> [Effect] {
        if moved(&state, command, count: rowCount(state)) { return [] }
        let selected = LetterBrowser.selectedLetter(state)
        switch command {
        case .activate:
            guard let letter = selected else { return nothingSelected(&state) }
            state.letters.letterID = letter.id
            state.letters.letterDetail = ListCursor()
            state.screen = .letterDetail
        case .addItem:
            AppReducer.openEditor(&state, .letterWriter, text: "")
            state.message = StatusMessage(
                "Who writes it, e.g. \"Dr. Ana Lee\"; \(EditorScreen.keyMap.key(.activate)) adds it, "
                    + "\(EditorScreen.keyMap.key(.back)) cancels")
        case .tickReceived:
            guard let letter = selected else { return nothingSelected(&state) }
            return tickReceived(&state, letter, now: now)
        case .assignLetter:
            guard let letter = selected else { return nothingSelected(&state) }
            openAssignments(&state, letter)
        case .setLetterLimit:
            // Only a number someone set is put in the editor: empty keeps ERAS's, and follows it.
            AppReducer.openEditor(&state, .letterLimit, text: state.pathway.letterLimitSetting.map(String.init) ?? "")
            state.message = StatusMessage("ERAS: \(LetterRules.perProgramLimitSource). Empty follows ERAS.")
        case .deleteItem:
            guard let letter = selected else { return nothingSelected(&state) }
            return removeRows(
                &state, .removeLetter(id: letter.id), what: "\(letter.id) from \"\(letter.writer)\"", now: now)
        case .back:
            state.screen = .main
        default:
            break
        }
        return []
    }

    /// Ticks "received by ERAS" today, or unticks it, saying which it did and the day it had
    /// (with the warning the change brings, if any).
    static func tickReceived(_ state: inout AppState, _ letter: Letter, now: Timestamp) -> [Effect] {
        // Ticking asks the day (today filled in): ERAS may have shown it days ago.
        if letter.received == nil {
            AppReducer.openEditor(&state, .letterReceived(id: letter.id), text: now.localDay.description)
            state.message = dayQuestion()
            return []
        }
        return recordReceived(&state, letter, day: nil, now: now)
    }

    /// How a day question with today filled in is answered.
    static func dayQuestion() -> StatusMessage {
        let keys = EditorScreen.keyMap
        return StatusMessage(
            "\(keys.key(.activate)) keeps today; \(keys.key(.clearToStart)) clears it to type the day "
                + "(YYYY-MM-DD); \(keys.key(.back)) cancels")
    }

    /// Records the received day (nil unticks), saying which it did and the day it had.
    private static func recordReceived(_ state: inout AppState, _ letter: Letter, day: CalendarDay?, now: Timestamp)
        -> [Effect]
    {
        let effects = AppReducer.record(&state, .letterReceived(id: letter.id, date: day), now: now)
        guard !effects.isEmpty, let message = state.message else { return effects }
        let undo = KeyMap.global.key(.undo)
        let done =
            letter.received.map { "received mark taken off \(letter.id), was \($0); \(undo) undoes" }
            ?? "\(letter.id) received by ERAS on \(day ?? now.localDay); \(keyMap.key(.tickReceived)) again takes it off, "
            + "\(undo) undoes"
        let warningPrefix = "Saved, but note: "
        state.message =
            message.kind == .warning && message.text.hasPrefix(warningPrefix)
            ? StatusMessage(done + "; note: " + message.text.dropFirst(warningPrefix.count), .warning)
            : StatusMessage(done, .success)
        return effects
    }

    /// Opens the list of programs to assign the letter to, or says there are none yet.
    static func openAssignments(_ state: inout AppState, _ letter: Letter) {
        guard let picker = Picker.assignments(for: letter, in: state.pathway) else {
            state.message = StatusMessage(
                "No programs yet: \(KeyMap.global.key(.showPrograms)) opens the programs table, where "
                    + "\(ProgramsScreen.keyMap.key(.addItem)) adds one")
            return
        }
        state.picker = picker
    }

    /// Takes the letter off a program it is assigned to, or asks the day of a new assignment
    /// (today filled in); the list opens again at `cursor` once the day is given.
    static func toggleAssignment(
        _ state: inout AppState, _ id: String, program: String, cursor: ListCursor, now: Timestamp
    ) -> [Effect] {
        if state.pathway.letter(id)?.assignments[program] != nil {
            return AppReducer.record(&state, .unassignLetter(id: id, program: program), now: now)
        }
        state.picker = nil
        AppReducer.openEditor(
            &state, .letterAssignDay(id: id, programs: [program], cursor: cursor), text: now.localDay.description)
        state.message = dayQuestion()
        return []
    }

    /// What the editor's text means for the letters' targets.
    static func commit(_ state: inout AppState, _ target: EditTarget, text: String, now: Timestamp) -> [Effect] {
        switch target {
        case .letterWriter:
            var probe = Letter(id: "", writer: "")
            if let error = LetterField.writer.set(text, on: &probe) { return typingMistake(&state, error) }
            let id = state.pathway.nextLetterID
            let effects = AppReducer.record(&state, .addLetter(probe), now: now)
            // The new letter becomes the selected row, so the next key acts on it.
            if !effects.isEmpty, let index = state.pathway.letters.firstIndex(where: { $0.id == id }) {
                state.letters.letters = ListCursor(selection: index)
                state.message = StatusMessage(
                    "Added \(id) from \"\(probe.writer)\"; \(keyMap.key(.activate)) opens it to fill in the rest",
                    .success)
            }
            return effects
        case .letterField(let id, let field):
            if var probe = state.pathway.letter(id), let error = field.set(text, on: &probe) {
                return typingMistake(&state, error)
            }
            return AppReducer.record(&state, .editLetter(id: id, field: field, value: text), now: now)
        case .letterReceived(let id):
            guard text.isEmpty || CalendarDay(parsing: text) != nil else { return AppReducer.badDate(&state, text) }
            guard let letter = state.pathway.letter(id) else { return [] }
            return recordReceived(&state, letter, day: CalendarDay(parsing: text), now: now)
        case .letterAssignDay(let id, let programs, let cursor):
            guard let day = AppReducer.typedDay(text, now: now) else { return AppReducer.badDate(&state, text) }
            guard programs.count == 1 else {
                // The marked programs of the programs table: one change, and the marks are done.
                let effects = AppReducer.record(
                    &state, .assignLetterToPrograms(id: id, programs: programs, date: day), now: now)
                if !effects.isEmpty { state.programs.marked = [] }
                return effects
            }
            let effects = AppReducer.record(
                &state, .assignLetter(id: id, program: programs.first ?? "", date: day), now: now)
            // A letter goes to many programs: the list opens again where it was, its marks redrawn.
            if state.editor == nil, let cursor, let letter = state.pathway.letter(id),
                var again = Picker.assignments(for: letter, in: state.pathway)
            {
                again.cursor = cursor
                state.picker = again
            }
            return effects
        case .letterLimit:
            // The editor has trimmed the text already.
            if text.isEmpty || text.lowercased() == "default" {
                return AppReducer.record(&state, .letterLimit(nil), now: now)
            }
            guard let limit = Int(text) else {
                state.message = StatusMessage(
                    "Refused: \"\(text)\" is not a number of letters; type a number, or nothing for ERAS's "
                        + "\(LetterRules.defaultPerProgramLimit)", .error)
                return []
            }
            return AppReducer.record(&state, .letterLimit(limit), now: now)
        default:
            return []
        }
    }

    /// Text a field cannot take: said, with the editor left open to correct it.
    static func typingMistake(_ state: inout AppState, _ error: ProgramFieldError) -> [Effect] {
        state.message = StatusMessage("Refused: \(error.reason)", .error)
        return []
    }

    private static func nothingSelected(_ state: inout AppState) -> [Effect] {
        state.message = StatusMessage("No letters yet: \(keyMap.key(.addItem)) adds one")
        return []
    }

    /// A click on a letter selects it.
    static func click(_ state: inout AppState, x: Int, y: Int) {
        if let cursor = ListTable.cursor(
            clickedAt: x, y, inner: Canvas.inner(ListTable.body(state)), cursor: state.letters.letters,
            count: state.pathway.letters.count, visible: LettersView.visibleRows(state))
        {
            state.letters.letters = cursor
        }
    }
}
