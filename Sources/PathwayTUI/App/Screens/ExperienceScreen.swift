import PathwayCore

/// The US clinical experience: a row per observership, hands-on rotation, research post or US
/// job, with its dates and weeks, and the weeks of each kind.
enum ExperienceScreen: TableFeature {
    static let keyMap = KeyMap(
        "US clinical experience",
        KeyMap.movement()
            + [
                KeyBinding(
                    [.enter], .activate, help: "Open the entry: every field and the letters from it", hint: "open"),
                KeyBinding(
                    [.character("n")], .addItem, help: "Add an entry: its kind, site, start and end dates", hint: "add"
                ),
                KeyBinding([.character("d"), .delete], .deleteItem, help: "Remove the entry (undo brings it back)"),
                KeyBinding([.escape], .back, help: "Back to the main screen", hint: "back"),
            ])

    static var cursor: WritableKeyPath<AppState, ListCursor> { \.letters.experiences }

    static func rowCount(_ state: AppState) -> Int { state.pathway.experiences.count }

    static func visibleRows(_ state: AppState) -> Int { ExperienceView.visibleRows(state) }

    static func reduce(_ state: inout AppState, _ command: Command, now: Timestamp) -> [Effect] {
        if moved(&state, command, count: rowCount(state)) { return [] }
        let selected = LetterBrowser.selectedExperience(state)
        switch command {
        case .activate:
            guard let experience = selected else { return nothingSelected(&state) }
            state.letters.experienceID = experience.id
            state.letters.experienceDetail = ListCursor()
            state.screen = .experienceDetail
        case .addItem:
            state.picker = Picker.experienceKinds(current: nil, purpose: .newExperience)
        case .deleteItem:
            guard let experience = selected else { return nothingSelected(&state) }
            // The machine's refusal names a command; on the screen, say the screen's way.
            if let letter = state.pathway.letters.first(where: { $0.experienceID == experience.id }) {
                state.message = StatusMessage(
                    "Refused: \(letter.id) came from \(experience.id); open \(letter.id) "
                        + "(\(KeyMap.global.key(.showLetters))) and clear \(LetterField.experience.label) first",
                    .error)
                return []
            }
            return removeRows(
                &state, .removeExperience(id: experience.id), what: "\(experience.id) \"\(experience.site)\"", now: now)
        case .back:
            state.screen = .main
        default:
            break
        }
        return []
    }

    /// After the kind of a new entry is chosen: asks for its site.
    static func beginAdd(_ state: inout AppState, _ kind: ExperienceKind) {
        AppReducer.openEditor(&state, .experienceSite(kind), text: "")
        state.message = StatusMessage(
            "The hospital or clinic, e.g. \"Mercy Hospital\"; \(EditorScreen.keyMap.key(.activate)) goes on to "
                + "its dates, \(EditorScreen.keyMap.key(.back)) cancels")
    }

    /// What the editor's text means for the experience targets: the next question of a new
    /// entry, the entry added, or a field changed.
    static func commit(_ state: inout AppState, _ target: EditTarget, text: String, now: Timestamp) -> [Effect] {
        switch target {
        case .experienceSite(let kind):
            var probe = placeholder(kind)
            if let error = ExperienceField.site.set(text, on: &probe) { return typingMistake(&state, error) }
            AppReducer.openEditor(&state, .experienceStart(kind, site: probe.site), text: "")
            state.message = StatusMessage("The first day, YYYY-MM-DD (a planned rotation may be ahead)")
        case .experienceStart(let kind, let site):
            var probe = placeholder(kind)
            if let error = ExperienceField.start.set(text, on: &probe) { return typingMistake(&state, error) }
            AppReducer.openEditor(&state, .experienceEnd(kind, site: site, start: probe.start), text: "")
            state.message = StatusMessage("The last day, YYYY-MM-DD, on or after \(probe.start)")
        case .experienceEnd(let kind, let site, let start):
            var probe = placeholder(kind)
            if let error = ExperienceField.end.set(text, on: &probe) { return typingMistake(&state, error) }
            let experience = ClinicalExperience(id: "", kind: kind, site: site, start: start, end: probe.end)
            // The core refuses an end before the start; said here, the editor stays open to fix it.
            if let refusal = ClinicalExperience.datesRefusal(start: start, end: probe.end) {
                state.message = StatusMessage("Refused: \(refusal)", .error)
                return []
            }
            let id = state.pathway.nextExperienceID
            let effects = AppReducer.record(&state, .addExperience(experience), now: now)
            if !effects.isEmpty, let index = state.pathway.experiences.firstIndex(where: { $0.id == id }) {
                state.letters.experiences = ListCursor(selection: index)
                state.message = StatusMessage(
                    "Added \(id) \"\(site)\"; \(keyMap.key(.activate)) opens it for city, state, specialty, "
                        + "supervisor", .success)
            }
            return effects
        case .experienceField(let id, let field):
            if var probe = state.pathway.experience(id) {
                if let error = field.set(text, on: &probe) { return typingMistake(&state, error) }
                // Said before the core refuses it, so the editor stays open to fix the date.
                if let refusal = ClinicalExperience.datesRefusal(start: probe.start, end: probe.end) {
                    state.message = StatusMessage("Refused: \(refusal)", .error)
                    return []
                }
            }
            return AppReducer.record(&state, .editExperience(id: id, field: field, value: text), now: now)
        default:
            break
        }
        return []
    }

    /// An entry to read typed text into, field by field, before the whole entry exists.
    private static func placeholder(_ kind: ExperienceKind) -> ClinicalExperience {
        let day = CalendarDay.fromDaysSinceEpoch(0)
        return ClinicalExperience(id: "", kind: kind, site: "", start: day, end: day)
    }

    private static func typingMistake(_ state: inout AppState, _ error: ProgramFieldError) -> [Effect] {
        LettersScreen.typingMistake(&state, error)
    }

    private static func nothingSelected(_ state: inout AppState) -> [Effect] {
        state.message = StatusMessage("No US clinical experience yet: \(keyMap.key(.addItem)) adds an entry")
        return []
    }
}
