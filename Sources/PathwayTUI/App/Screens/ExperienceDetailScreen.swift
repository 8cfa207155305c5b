import PathwayCore

/// One entry of US clinical experience in full: every field, editable (the kind from a list),
/// with its weeks and the letters that came from it.
enum ExperienceDetailScreen: ScreenFeature {
    static let keyMap = KeyMap(
        "Experience",
        KeyMap.movement()
            + [
                KeyBinding(
                    [.enter, .character("e")], .edit, help: "Edit the selected field, or choose from a list",
                    hint: "edit"),
                KeyBinding([.escape], .back, help: "Back to the experience list", hint: "back"),
            ])

    static func reduce(_ state: inout AppState, _ command: Command, now: Timestamp) -> [Effect] {
        let fields = ExperienceField.allCases
        if state.letters.experienceDetail.apply(
            command, count: fields.count, page: 4, scrollLimit: ExperienceDetailView.scrollLimit(state))
        {
            state.letters.experienceDetail.keepScroll(within: ExperienceDetailView.scrollLimit(state))
            return []
        }
        guard let id = state.letters.experienceID, let experience = state.pathway.experience(id) else {
            if command == .back { state.screen = .experiences }
            state.message = StatusMessage("This entry no longer exists; \(keyMap.key(.back)) goes back")
            return []
        }
        switch command {
        case .edit:
            let field = fields[min(state.letters.experienceDetail.selection, fields.count - 1)]
            if field == .kind {
                state.picker = Picker.experienceKinds(
                    current: experience.kind, purpose: .experienceField(id: id, .kind))
                return []
            }
            AppReducer.openEditor(&state, .experienceField(id: id, field), text: field.text(of: experience))
            let keys = EditorScreen.keyMap
            state.message = StatusMessage(
                "\(field.label): \(field.accepts). \(keys.key(.activate)) saves, \(keys.key(.back)) cancels")
        case .back:
            state.screen = .experiences
        default:
            break
        }
        return []
    }
}
