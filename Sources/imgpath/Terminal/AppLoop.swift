import PathwayCore
import PathwayTUI

/// The interactive program: reads keys from the terminal, runs them through the reducer,
/// performs the effects (save, theme, quit) and draws the result.
@MainActor
struct AppLoop {
    let store: PathwayStore
    let journal: Journal
    let clock: Clock
    let environment: [String: String]
    let theme: Theme
    let themeName: String
    let startMessage: String?

    /// Runs until the person quits; returns the exit status.
    func run() -> ExitStatus {
        let screen: TerminalScreen
        do {
            screen = try TerminalScreen(environment: environment)
        } catch {
            Output.error("\(error)")
            return .noTerminal
        }
        defer { screen.stop() }
        screen.apply(theme: theme)
        var state = AppState(journal: journal, filePath: store.path, themeName: themeName, unicode: screen.isUTF8)
        if let startMessage { state.message = StatusMessage(startMessage, .warning) }
        // A read-only place, a missing file with a backup, a conversion or a torn history line.
        if let notice = store.notices.first { state.message = StatusMessage(notice, .warning) }
        let size = screen.size
        // Through the reducer, so that today's date is set before the first frame.
        _ = AppReducer.reduce(&state, .resized(width: size.width, height: size.height), now: clock.now())
        screen.draw(ScreenRenderer.render(state))
        while true {
            guard let key = screen.readKey() else { continue }
            if key == .resize {
                let size = screen.size
                _ = AppReducer.reduce(&state, .resized(width: size.width, height: size.height), now: clock.now())
            }
            let effects = AppReducer.reduce(&state, .key(key), now: clock.now())
            for effect in effects {
                switch effect {
                case .save:
                    do {
                        try store.save(state.journal)
                        state.journal.forgetWritten(by: store)
                        _ = AppReducer.reduce(&state, .saved, now: clock.now())
                    } catch {
                        _ = AppReducer.reduce(&state, .saveFailed(error.reason), now: clock.now())
                    }
                case .cycleTheme:
                    let (next, warning) = ThemeChoice.next(after: state.themeName, environment: environment)
                    screen.apply(theme: next)
                    _ = AppReducer.reduce(&state, .themeChanged(next.name), now: clock.now())
                    if let warning {
                        state.message = StatusMessage(warning, .warning)
                    } else if screen.colorMode == .none {
                        state.message = StatusMessage(
                            "Theme: \(next.name) (colours are off: NO_COLOR is set or the terminal has none; "
                                + "only bold, underline and reverse show)")
                    }
                case .reload:
                    do {
                        _ = AppReducer.reduce(&state, .reloaded(try store.reload()), now: clock.now())
                    } catch {
                        _ = AppReducer.reduce(&state, .reloadFailed("\(error)"), now: clock.now())
                    }
                case .quit:
                    screen.stop()
                    if state.unsaved {
                        Output.error(
                            "imgpath: the last changes were not saved: \(state.saveError ?? "the save failed"); "
                                + "\(store.path) holds what was saved before them")
                        return .fileAccess
                    }
                    return .success
                }
            }
            screen.draw(ScreenRenderer.render(state))
        }
    }
}
