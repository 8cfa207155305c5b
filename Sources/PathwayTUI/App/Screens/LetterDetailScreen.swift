import PathwayCore

/// One letter in full: its fields, the day ERAS received it and the programs it goes to, each
/// line editable; the letter's warnings under them.
enum LetterDetailScreen: ScreenFeature {
    static let keyMap = KeyMap(
        "Letter",
        KeyMap.movement()
            + [
                KeyBinding(
                    [.enter, .character("e")], .edit, help: "Edit the selected line, or choose from a list",
                    hint: "edit"),
                KeyBinding(
                    [.character("r"), .character(" ")], .tickReceived,
                    help: "Tick \"received by ERAS\" (asks the day, today filled in), or untick it",
                    hint: "received"),
                KeyBinding(
                    [.character("a")], .assignLetter, help: "Assign the letter to a program, or take it off one",
                    hint: "assign"),
                KeyBinding([.escape], .back, help: "Back to the letters", hint: "back"),
            ])

    /// The selectable lines: each field, then the received day, then the programs.
    enum Line: Equatable {
        case field(LetterField)
        case received
        case programs
    }

    static let lines: [Line] = LetterField.allCases.map(Line.field) + [.received, .programs]

    static func reduce(_ state: inout AppState, _ command: Command, now: Timestamp) -> [Effect] {
        if state.letters.letterDetail.apply(
            command, count: lines.count, page: 4, scrollLimit: LetterDetailView.scrollLimit(state))
        {
            state.letters.letterDetail.keepScroll(within: LetterDetailView.scrollLimit(state))
            return []
        }
        guard let id = state.letters.letterID, let letter = state.pathway.letter(id) else {
            // The letter is gone (removed, or its adding undone): only going back makes sense.
            if command == .back { state.screen = .letters }
            state.message = StatusMessage("This letter no longer exists; \(keyMap.key(.back)) goes back")
            return []
        }
        switch command {
        case .edit:
            switch lines[min(state.letters.letterDetail.selection, lines.count - 1)] {
            case .field(let field):
                // A field with a few values opens a list: moving in it saves nothing, Enter saves.
                if let picker = Picker.choices(for: field, of: letter, experiences: state.pathway.experiences) {
                    state.picker = picker
                    return []
                }
                AppReducer.openEditor(&state, .letterField(id: id, field), text: field.text(of: letter))
                let keys = EditorScreen.keyMap
                state.message = StatusMessage(
                    "\(field.label): \(field.accepts). \(keys.key(.activate)) saves, \(keys.key(.back)) cancels")
            case .received:
                AppReducer.openEditor(&state, .letterReceived(id: id), text: letter.received?.description ?? "")
                state.message = StatusMessage(
                    "The day ERAS showed it received, YYYY-MM-DD; empty: not received. "
                        + "\(EditorScreen.keyMap.key(.activate)) saves")
            case .programs:
                LettersScreen.openAssignments(&state, letter)
            }
        case .tickReceived:
            return LettersScreen.tickReceived(&state, letter, now: now)
        case .assignLetter:
            LettersScreen.openAssignments(&state, letter)
        case .back:
            state.screen = .letters
        default:
            break
        }
        return []
    }
}
