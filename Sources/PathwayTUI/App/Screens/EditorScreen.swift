import PathwayCore

/// The text editor on the message line (one line) or over the screen (notes, several lines).
/// Every key not bound here types itself.
enum EditorScreen: ScreenFeature {
    static let keyMap = KeyMap("Editing a field", inheritsGlobal: false, editing(save: [.enter], newLine: []))

    /// The programs' filter, typed on the same line: Enter keeps it, Esc leaves none.
    static let filterKeyMap = KeyMap(
        "Typing a filter", inheritsGlobal: false,
        editing(
            save: [.enter], newLine: [], keep: ("Keep the filter", "keep"),
            cancel: ("Leave no filter (every program shows)", "no filter"))
            + [
                KeyBinding([.up], .moveUp, help: "Move up the programs that match"),
                KeyBinding([.down], .moveDown, help: "Move down the programs that match"),
            ])

    /// The notes editor: Enter makes a new line, Ctrl-S saves.
    static let notesKeyMap = KeyMap(
        "Editing notes", inheritsGlobal: false,
        editing(save: [.control("s")], newLine: [.enter])
            + [
                KeyBinding([.up], .cursorUp, help: "Move the cursor a line up"),
                KeyBinding([.down], .cursorDown, help: "Move the cursor a line down"),
            ])

    /// - Parameters:
    ///   - keep: what keeping the text does (help and hint), when it is not a save.
    ///   - cancel: what Esc does, when it is not a plain cancel.
    private static func editing(
        save: [Key], newLine: [Key], keep: (help: String, hint: String) = ("Save", "save"),
        cancel: (help: String, hint: String) = ("Cancel (nothing typed is kept)", "cancel")
    ) -> [KeyBinding] {
        var bindings = [
            KeyBinding(save, .activate, help: keep.help, hint: keep.hint),
            KeyBinding([.escape], .back, help: cancel.help, hint: cancel.hint),
        ]
        if !newLine.isEmpty { bindings.append(KeyBinding(newLine, .newLine, help: "New line", hint: "new line")) }
        bindings += [
            KeyBinding([.left], .cursorLeft, help: "Move the cursor left", hint: "move", barKeys: "Left/Right"),
            KeyBinding([.right], .cursorRight, help: "Move the cursor right"),
            KeyBinding([.home, .control("a")], .lineStart, help: "Go to the start of the line"),
            KeyBinding([.end, .control("e")], .lineEnd, help: "Go to the end of the line"),
            KeyBinding([.backspace], .deleteBackward, help: "Delete the character before the cursor"),
            KeyBinding([.delete, .control("d")], .deleteForward, help: "Delete the character under the cursor"),
            KeyBinding([.control("u")], .clearToStart, help: "Clear to the start of the line", hint: "clear"),
            KeyBinding([.control("k")], .clearToEnd, help: "Clear to the end of the line"),
            KeyBinding([.control("c")], .quit, help: "Quit (asks first when something was typed)", hint: "quit"),
        ]
        return bindings
    }

    static func reduce(_ state: inout AppState, _ command: Command, now: Timestamp) -> [Effect] {
        guard var editor = state.editor, let target = state.editTarget else { return [] }
        switch command {
        case .back:
            AppReducer.closeEditor(&state)
            // Esc on a filter being typed leaves none, as Esc on the filtered list does.
            state.message = StatusMessage(target == .programFilter ? "Filter cleared" : "Cancelled")
            // Cancelling an assignment's day goes back to the list it was chosen from.
            if case .letterAssignDay(let id, _, let cursor?) = target, let letter = state.pathway.letter(id),
                var again = Picker.assignments(for: letter, in: state.pathway)
            {
                again.cursor = cursor
                state.picker = again
            }
            return []
        case .activate:
            return AppReducer.commit(&state, target, text: editor.text.trimmedSpaces, now: now)
        case .moveUp, .moveDown:
            // Only the filter's map binds these: the table under it moves while it is typed.
            let count = ProgramBrowser.rows(state).count
            state.programs.table.moveInTable(command, count: count, visible: ProgramsScreen.visibleRows(state))
            return []
        case .quit:
            // What was typed is not a change yet: ask before it is lost, as a failed save does.
            if editor.isChanged && !state.confirmingQuit {
                state.confirmingQuit = true
                state.message = StatusMessage(
                    "What you typed is not saved. \(keyMap.key(.quit)) again quits without it; "
                        + "\(keyMap(for: editor, target: target).key(.activate)) saves it.", .warning)
                return []
            }
            return AppReducer.quit(&state)
        default:
            if editor.apply(command) { state.editor = editor }
            return []
        }
    }

    /// Any key the map does not bind types itself, when it is a character.
    static func unbound(_ state: inout AppState, _ key: Key, now: Timestamp) -> [Effect] {
        guard case .character(let character) = key, var editor = state.editor else { return [] }
        editor.insert(character)
        state.editor = editor
        return []
    }

    /// The map for an editor: notes have their own.
    static func keyMap(for editor: TextEditor, target: EditTarget?) -> KeyMap {
        if editor.multiline { return notesKeyMap }
        return target == .programFilter ? filterKeyMap : keyMap
    }
}
