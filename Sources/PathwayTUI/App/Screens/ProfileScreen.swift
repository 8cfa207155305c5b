import PathwayCore

/// The profile: who the person is, and what it means for visas.
enum ProfileScreen: ScreenFeature {
    static let keyMap = KeyMap(
        "Profile",
        KeyMap.movement()
            + [
                KeyBinding(
                    [.enter, .character("e")], .edit, help: "Edit the field, or choose from a list", hint: "edit"),
                KeyBinding([.escape], .back, help: "Back to the main screen", hint: "back"),
            ])

    static func reduce(_ state: inout AppState, _ command: Command, now: Timestamp) -> [Effect] {
        let fields = ProfileField.allCases
        if state.profile.apply(command, count: fields.count, page: 3, scrollLimit: ProfileView.scrollLimit(state)) {
            state.profile.keepScroll(within: ProfileView.scrollLimit(state))
            return []
        }
        switch command {
        case .edit:
            let field = fields[min(state.profile.selection, fields.count - 1)]
            // A choice opens a list: moving in it saves nothing, Enter saves the one chosen.
            if let picker = Picker.choices(for: field, in: state.pathway.profile) {
                state.picker = picker
            } else {
                AppReducer.openEditor(&state, .profile(field), text: state.pathway.profile.value(of: field))
            }
        case .back:
            state.screen = .main
        default:
            break
        }
        return []
    }
}
