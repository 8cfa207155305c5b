import PathwayCore
import PathwayTUI

/// The interactive program: reads keys from the terminal, runs them through the reducer,
/// performs the effects it asks for (save, reload, theme, external editor, quit) and feeds
/// their results back as actions. The state changes only in the reducer.
@MainActor
struct AppLoop {
    let store: PathwayStore
    let journal: Journal
    let clock: Clock
    let environment: [String: String]
    let theme: Theme
    let themeName: String
    let startMessage: String?
    /// The programs table's columns remembered in the settings, if chosen.
    let programColumns: [ProgramTableColumn]?

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
        var dump = ScreenDump(environment: environment)
        // Every frame goes to the dump file too, when one is asked for.
        func draw(_ state: AppState) {
            let canvas = ScreenRenderer.render(state)
            screen.draw(canvas)
            dump?.write(canvas)
        }
        screen.apply(theme: theme)
        var state = AppState(journal: journal, filePath: store.path, themeName: themeName, unicode: screen.isUTF8)
        state.programs.columns = programColumns
        let size = screen.size
        // Through the reducer, so that today's date is set before the first frame.
        if let status = dispatch(.resized(width: size.width, height: size.height), &state, screen) { return status }
        // What the person should know on opening, most pressing first: rules broken by what is
        // stored (a hand-edited file, a rule added since), then the file's own notices (a
        // read-only place, a missing file with a backup, a conversion, a torn history line).
        // (Joined by hand: the standard library's generic `joined` finds its types at run time
        // on its first call, a noticeable part of the first frame in a static executable.)
        var opening = startMessage ?? ""
        let warning = PathwayAudit.openingWarning(PathwayAudit.findings(in: state.pathway, today: state.today))
        for part in [warning].compactMap({ $0 }) + store.notices {
            opening += opening.isEmpty ? part : " " + part
        }
        if !opening.isEmpty { state.message = StatusMessage(opening, .warning) }
        draw(state)
        // The first frame needs only the programs in play; the whole list is read now, before
        // the first key is taken, so every key works on it.
        if !state.journal.pathway.hasAllPrograms {
            var whole = state.journal
            do {
                try store.readAllPrograms(&whole)
            } catch {
                screen.stop()
                Output.error("imgpath: " + Output.field("\(error)"))
                return error.isUnreadableContent ? .unreadableFile : .fileAccess
            }
            if let status = dispatch(.allProgramsRead(whole), &state, screen) { return status }
            draw(state)
        }
        while true {
            guard let key = screen.readKey() else {
                guard screen.isGone else { continue }
                // Every change is already saved; give back what can be, and the lock by exiting.
                screen.stop()
                return state.unsaved ? .fileAccess : .noTerminal
            }
            if key == .resize {
                let size = screen.size
                if let status = dispatch(.resized(width: size.width, height: size.height), &state, screen) {
                    return status
                }
            }
            if let status = dispatch(.key(key), &state, screen) { return status }
            draw(state)
        }
    }

    /// Runs an action through the reducer and performs its effects, feeding each result back
    /// in; returns the exit status once an effect quits.
    private func dispatch(_ action: Action, _ state: inout AppState, _ screen: TerminalScreen) -> ExitStatus? {
        var pending = [action]
        while !pending.isEmpty {
            let effects = AppReducer.reduce(&state, pending.removeFirst(), now: clock.now())
            for effect in effects {
                switch perform(effect, state, screen) {
                case .action(let next): pending.append(next)
                case .exit(let status): return status
                }
            }
        }
        return nil
    }

    /// What performing an effect gave: an action for the reducer, or the end of the program.
    private enum Outcome {
        case action(Action)
        case exit(ExitStatus)
    }

    /// Performs one effect. Every store call of the screen is here.
    private func perform(_ effect: Effect, _ state: AppState, _ screen: TerminalScreen) -> Outcome {
        switch effect {
        case .save:
            do {
                try store.save(state.journal)
                if let warning = store.saveWarning {
                    return .action(.savedWithWarning(written: store.writtenHistoryBytes, warning: warning))
                }
                return .action(.saveFinished(.success(store.writtenHistoryBytes)))
            } catch {
                return .action(.saveFinished(.failure(EffectFailure(error.reason))))
            }
        case .reload:
            do {
                return .action(.reloadFinished(.success(try store.reload())))
            } catch {
                return .action(.reloadFinished(.failure(EffectFailure("\(error)"))))
            }
        case .cycleTheme:
            let (next, warning) = ThemeChoice.next(after: state.themeName, environment: environment)
            screen.apply(theme: next)
            return .action(.themeChanged(name: next.name, warning: warning, colorsOff: screen.colorMode == .none))
        case .rememberProgramColumns(let columns):
            // A setting, not the person's data: a failed write costs only the choice next time.
            let path = Preferences.filePath(environment: environment)
            var preferences = Preferences.load(from: path).preferences
            preferences.programColumns = columns.map { $0.map(\.rawValue) }
            try? preferences.save(to: path)
            return .action(.screenSettingSaved)
        case .editExternally(let text, let target):
            let result = screen.suspended { ExternalEditor(environment: environment).edit(text) }
            return .action(.externalEditFinished(target, result))
        case .quit:
            screen.stop()
            if state.unsaved {
                Output.error(
                    "imgpath: the last changes were not saved: \(Output.field(state.saveError ?? "the save failed")); "
                        + "\(Output.field(store.path)) holds what was saved before them")
                return .exit(.fileAccess)
            }
            return .exit(.success)
        }
    }
}
