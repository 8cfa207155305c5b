import PathwayCore

/// One program in full: every field, editable on the message line, with its dates and fit.
enum ProgramDetailScreen: ScreenFeature {
    static let keyMap = KeyMap(
        "Program",
        KeyMap.movement()
            + [
                KeyBinding(
                    [.enter, .character("e")], .edit, help: "Edit the selected field, or choose from a list",
                    hint: "edit"),
                KeyBinding(
                    [.character("a")], .advance,
                    help: "Next status, asking its day (today filled in)",
                    hint: "next status"),
                KeyBinding(
                    [.character("d")], .dismissReminder,
                    help: "Dismiss the thank-you note reminder without a note (u brings it back)"),
                KeyBinding([.escape], .back, help: "Back to the programs table", hint: "back"),
            ])

    static func reduce(_ state: inout AppState, _ command: Command, now: Timestamp) -> [Effect] {
        let fields = ProgramField.allCases
        if state.programs.detail.apply(
            command, count: fields.count, page: 4, scrollLimit: ProgramDetailView.scrollLimit(state))
        {
            state.programs.detail.keepScroll(within: ProgramDetailView.scrollLimit(state))
            return []
        }
        guard let id = state.programs.detailID, let program = state.pathway.program(id) else {
            // The program is gone (removed, or its adding undone): only going back makes sense.
            if command == .back { state.screen = .programs }
            state.message = StatusMessage("This program no longer exists; \(keyMap.key(.back)) goes back")
            return []
        }
        switch command {
        case .edit:
            let field = fields[min(state.programs.detail.selection, fields.count - 1)]
            // A field with a few values opens a list: moving in it saves nothing, Enter saves.
            if let picker = Picker.choices(for: field, of: program) {
                state.picker = picker
                return []
            }
            AppReducer.openEditor(&state, .programField(id: id, field), text: field.text(of: program))
            let keys = EditorScreen.keyMap
            state.message = StatusMessage(
                "\(field.label): \(field.accepts). \(keys.key(.activate)) saves, \(keys.key(.back)) cancels")
        case .advance:
            return ProgramsScreen.advance(&state, program, now: now)
        case .dismissReminder:
            return dismissThankYou(&state, program, now: now)
        case .back:
            state.screen = .programs
        default:
            break
        }
        return []
    }

    /// Dismisses the program's thank-you reminder, recorded as a change (so undo brings it back),
    /// or says why there is none to dismiss.
    static func dismissThankYou(_ state: inout AppState, _ program: Program, now: Timestamp) -> [Effect] {
        if let sent = program.thankYouSent {
            state.message = StatusMessage("\"\(program.name)\": the thank-you note is recorded as sent on \(sent)")
            return []
        }
        if program.thankYouDismissed == true {
            state.message = StatusMessage(
                "\"\(program.name)\": the thank-you reminder is already dismissed (\(KeyMap.global.key(.undo)) or "
                    + "clearing the thank-you field brings it back)")
            return []
        }
        let effects = AppReducer.record(
            &state, .editProgram(id: program.id, field: .thankYouSent, value: ProgramField.dismissed), now: now)
        if !effects.isEmpty {
            state.message = StatusMessage(
                "Dismissed the thank-you reminder for \"\(program.name)\"; \(KeyMap.global.key(.undo)) brings it back",
                .success)
        }
        return effects
    }
}
