import PathwayCore

/// The choice list over the screen: statuses, or a profile choice. Moving only highlights;
/// Enter takes the highlighted choice once (a letter's programs: adds or takes off one, and the
/// list stays open for the next).
enum PickerScreen: ScreenFeature {
    static let keyMap = KeyMap(
        "Choice list", inheritsGlobal: false,
        KeyMap.movement(hint: "choose")
            + [
                KeyBinding([.enter], .activate, help: "Take the highlighted choice", hint: "set"),
                KeyBinding(
                    [.escape, .character("s"), .character("q")], .back, help: "Close without choosing", hint: "close"),
                KeyBinding([.control("c")], .quit, help: "Quit"),
            ])

    static func reduce(_ state: inout AppState, _ command: Command, now: Timestamp) -> [Effect] {
        guard var picker = state.picker else { return [] }
        if picker.cursor.apply(command, count: picker.options.count, page: 4) {
            state.picker = picker
            return []
        }
        switch command {
        case .activate:
            guard let option = picker.selected else { return [] }
            if let blocker = option.blocker {
                state.message = StatusMessage("Blocked: \(blocker)", .error)
                return []
            }
            state.picker = nil
            switch picker.purpose {
            case .status(let id):
                guard let status = option.status else { return [] }
                return AppReducer.beginMark(&state, id, status, now: now)
            case .profile(let field):
                return AppReducer.record(&state, .profile(field, value: option.value), now: now)
            case .programField(let id, let field):
                return AppReducer.record(
                    &state, .editProgram(id: id, field: field, value: option.value ?? ""), now: now)
            case .newExperience:
                guard let kind = option.value.flatMap(ExperienceKind.init(rawValue:)) else { return [] }
                ExperienceScreen.beginAdd(&state, kind)
            case .experienceField(let id, let field):
                return AppReducer.record(
                    &state, .editExperience(id: id, field: field, value: option.value ?? ""), now: now)
            case .letterField(let id, let field):
                return AppReducer.record(&state, .editLetter(id: id, field: field, value: option.value ?? ""), now: now)
            case .programsStatus(let ids):
                guard let status = option.value.flatMap(ProgramStatus.init(rawValue:)) else { return [] }
                let programs = ids.compactMap { state.pathway.program($0) }
                ProgramsScreen.askDay(&state, programs, status, now: now)
            case .letterForPrograms(let ids):
                guard let letter = option.value else { return [] }
                AppReducer.openEditor(
                    &state, .letterAssignDay(id: letter, programs: ids, cursor: nil), text: now.localDay.description)
                state.message = LettersScreen.dayQuestion()
            case .programColumns:
                return ProgramsScreen.chooseColumn(&state, option.value ?? "", cursor: picker.cursor)
            case .letterAssignment(let id):
                let effects = LettersScreen.toggleAssignment(
                    &state, id, program: option.value ?? "", cursor: picker.cursor, now: now)
                // A letter goes to many programs: the list stays open, its marks and counts
                // redrawn, until it is closed (an assignment asks its day first).
                if state.editor == nil, let letter = state.pathway.letter(id),
                    var again = Picker.assignments(for: letter, in: state.pathway)
                {
                    again.cursor = picker.cursor
                    state.picker = again
                }
                return effects
            }
        case .back:
            state.picker = nil
            // What the last assignment said (saved, or a warning) stays in view.
            if case .letterAssignment = picker.purpose { return [] }
            state.message = nil
        case .quit:
            return AppReducer.quit(&state)
        default:
            break
        }
        return []
    }

    static func unbound(_ state: inout AppState, _ key: Key, now: Timestamp) -> [Effect] {
        state.message = StatusMessage(
            "\(keyMap.binding(for: .moveDown)?.barKeys ?? "j/k") chooses, \(keyMap.key(.activate)) sets, "
                + "\(keyMap.key(.back)) closes")
        return []
    }
}
