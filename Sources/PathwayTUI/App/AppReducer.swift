import PathwayCore

/// The pure heart of the screen: `(state, action) -> (state, effects)`.
///
/// This root reducer keeps what every screen shares (the window size, save and reload results,
/// themes, the global commands) and hands each key to the feature of the screen or overlay in
/// front (`ScreenFeature`): the too-small notice, the editor, the choice list, then the screen.
/// Saving, quitting, themes and the external editor are effects the program performs and
/// reports back as actions.
public enum AppReducer {
    /// Applies an action. `now` is the injected clock's time, used to stamp and date changes.
    public static func reduce(_ state: inout AppState, _ action: Action, now: Timestamp) -> [Effect] {
        state.today = now.localDay
        switch action {
        case .resized(let width, let height):
            state.width = width
            state.height = height
            return []
        case .saveFinished(.success(let written)):
            state.journal.forgetWritten(upTo: written)
            state.unsaved = false
            state.saveError = nil
            return []
        case .savedWithWarning(let written, let warning):
            state.journal.forgetWritten(upTo: written)
            state.unsaved = false
            state.saveError = nil
            state.message = StatusMessage("Saved, but \(warning)", .warning)
            return []
        case .saveFinished(.failure(let failure)):
            state.unsaved = true
            state.saveError = failure.reason
            state.message = StatusMessage(
                "Not saved: \(failure.reason). \(KeyMap.global.key(.reload)) reloads the file; "
                    + "\(KeyMap.global.key(.quit)) twice quits without saving.", .error)
            return []
        case .reloadFinished(.success(let journal)):
            state.journal = journal
            state.unsaved = false
            state.saveError = nil
            state.confirmingQuit = false
            clampSelection(&state)
            state.message = StatusMessage("Reloaded from disk: \(journal.head.seq) history lines", .success)
            return []
        case .allProgramsRead(let journal):
            state.takeAllPrograms(journal)
            clampSelection(&state)
            return []
        case .reloadFinished(.failure(let failure)):
            state.message = StatusMessage("Cannot reload: \(failure.reason)", .error)
            return []
        case .themeChanged(let name, let warning, let colorsOff):
            state.themeName = name
            if let warning {
                state.message = StatusMessage(warning, .warning)
            } else if colorsOff {
                state.message = StatusMessage(
                    "Theme: \(name) (colours are off: NO_COLOR is set or the terminal has none; "
                        + "only bold, underline and reverse show)")
            } else {
                state.message = StatusMessage("Theme: \(name)")
            }
            return []
        case .externalEditFinished(let target, .success(let text)):
            return commit(&state, target, text: text.trimmedLineEnds, now: now)
        case .externalEditFinished(_, .failure(let failure)):
            state.message = StatusMessage("The editor did not save: \(failure.reason)", .error)
            return []
        case .screenSettingSaved:
            return []
        case .key(let key):
            let (screen, message) = (state.screen, state.message)
            let effects = press(&state, key, now: now)
            // A message belongs to the screen it was said on: a key that goes to another screen
            // without saying anything new takes it away (the screen that shows a long message
            // whole, and the way back from it, keep it).
            if state.screen != screen, state.message == message, screen != .message, state.screen != .message {
                state.message = nil
            }
            return effects
        }
    }

    /// The feature that takes keys now, with the map it reads them with.
    static func front(_ state: AppState) -> (feature: any ScreenFeature.Type, keyMap: KeyMap) {
        if state.isTooSmall { return (TooSmallScreen.self, TooSmallScreen.keyMap) }
        if let editor = state.editor {
            return (EditorScreen.self, EditorScreen.keyMap(for: editor, target: state.editTarget))
        }
        if state.picker != nil { return (PickerScreen.self, PickerScreen.keyMap) }
        let feature = state.screen.feature
        return (feature, feature.keyMap(for: state))
    }

    /// The key map in force for the state: what the key bar and messages go by.
    public static func keyMap(for state: AppState) -> KeyMap { front(state).keyMap }

    private static func press(_ state: inout AppState, _ key: Key, now: Timestamp) -> [Effect] {
        if key == .resize { return [] }
        if case .click(let x, let y) = key {
            state.confirmingQuit = false
            return click(&state, x: x, y: y, now: now)
        }
        let (feature, keyMap) = front(state)
        guard let command = keyMap.command(for: key) else {
            state.confirmingQuit = false
            return feature.unbound(&state, key, now: now)
        }
        // Any key but quit takes back a pending "quit anyway?" question.
        defer { if command != .quit { state.confirmingQuit = false } }
        if keyMap.binding(for: key) == nil, let effects = global(&state, command) { return effects }
        return feature.reduce(&state, command, now: now)
    }

    /// The commands of the global key map; nil for anything else.
    private static func global(_ state: inout AppState, _ command: Command) -> [Effect]? {
        switch command {
        case .quit:
            return quit(&state)
        case .reload:
            return [.reload]
        case .undo, .redo:
            let result = command == .undo ? state.journal.undo() : state.journal.redo()
            switch result {
            case .success(let entry):
                state.message = StatusMessage(
                    "\(command == .undo ? "Undone" : "Redone"): \(entry.change.summary)", .success)
                clampSelection(&state)
                return [.save]
            case .failure(let violation):
                state.message = StatusMessage(violation.description.capitalizedFirst)
                return []
            }
        case .showHelp:
            let from = state.screen
            toggleText(&state, .help)
            // Help opens at the keys of the screen it was asked from (the main screen's come
            // right after those of every screen, at the top).
            if state.screen == .help, from != .main, let line = HelpView.firstLine(of: from.feature.keyMap) {
                state.text.scroll = line
            }
        case .showProfile: toggle(&state, .profile)
        case .showHistory: toggleText(&state, .history)
        case .showPrograms: toggle(&state, .programs)
        case .showRankOrder: toggle(&state, .rankOrder)
        case .showLetters: toggle(&state, .letters)
        case .showExperience: toggle(&state, .experiences)
        case .showTimeline:
            toggle(&state, .timeline)
            state.timelineTarget = nil
            state.timelineScroll = ListCursor()
        case .showMessage:
            guard state.message != nil else {
                state.message = StatusMessage("No message to show")
                return []
            }
            toggleText(&state, .message)
        case .cycleTheme:
            return [.cycleTheme]
        default:
            return nil
        }
        return []
    }

    /// Opens a screen, or goes back when it is already open.
    private static func toggle(_ state: inout AppState, _ screen: AppState.Screen) {
        state.screen = state.screen == screen ? .main : screen
        state.text = ListCursor()
    }

    /// Opens a text screen (help, history, a whole message) over the one in view, or closes it,
    /// back to the screen it was opened from.
    private static func toggleText(_ state: inout AppState, _ screen: AppState.Screen) {
        if state.screen == screen {
            state.screen = state.screenBeforeText
        } else {
            if !TextScreen.shows(state.screen) { state.screenBeforeText = state.screen }
            state.screen = screen
        }
        state.text = ListCursor()
    }

    /// Quits, unless changes that could not be saved would be lost: then asks first, and the
    /// same key again quits.
    static func quit(_ state: inout AppState) -> [Effect] {
        if state.unsaved && !state.confirmingQuit {
            state.confirmingQuit = true
            state.message = StatusMessage(
                "Changes are NOT saved (\(state.saveError ?? "the last save failed")). \(KeyMap.global.key(.quit)) "
                    + "again quits and loses them; \(KeyMap.global.key(.reload)) reloads the file; any other key stays.",
                .error)
            return []
        }
        return [.quit]
    }

    static func clampSelection(_ state: inout AppState) {
        state.detail.clamp(count: state.detailRows.count)
        state.letters.letters.clamp(count: state.pathway.letters.count)
        state.letters.experiences.clamp(count: state.pathway.experiences.count)
    }

    // MARK: - Mouse

    private static func click(_ state: inout AppState, x: Int, y: Int, now: Timestamp) -> [Effect] {
        guard state.editor == nil, !state.isTooSmall else { return [] }
        if let picker = state.picker {
            // A choice list is a menu: a click on a choice takes it, as Enter on it would.
            guard let option = PickerView.option(at: x, y, state, picker) else { return [] }
            state.picker?.cursor = ListCursor(selection: option)
            return PickerScreen.reduce(&state, .activate, now: now)
        }
        state.screen.feature.click(&state, x: x, y: y)
        return []
    }
}
