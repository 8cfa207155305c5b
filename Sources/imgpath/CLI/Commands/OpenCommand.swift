import ArgumentParser
import PathwayCore
import PathwayTUI

/// `imgpath` / `imgpath open`: the interactive screen.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open the interactive screen (the default).")

    @OptionGroup var options: FileOptions
    @Option(help: "The colour theme, remembered for next time (see `imgpath themes`).") var theme: String?

    /// The same options as `ScreenArguments.recognise(_:)` reads.
    var arguments: ScreenArguments { ScreenArguments(file: options.file, theme: theme) }

    func run() throws { try Self.run(arguments) }

    /// Runs the screen; `imgpath` with only the screen's options comes here without
    /// ArgumentParser (see `ScreenArguments`).
    static func run(_ arguments: ScreenArguments) throws {
        let environment = FileOptions.environment
        // The first frame is drawn from the programs in play; the loop reads the rest after it.
        let session = try Session.open(path: arguments.file, forWriting: true, allPrograms: false)
        let (chosenTheme, themeName, themeWarning, preferences) = ThemeChoice.resolve(
            requested: arguments.theme, environment: environment)
        let status = MainActor.assumeIsolated {
            AppLoop(
                store: session.store, journal: session.journal, clock: session.clock, environment: environment,
                theme: chosenTheme, themeName: themeName, startMessage: themeWarning,
                programColumns: preferences.programColumns.map { $0.compactMap(ProgramTableColumn.init(rawValue:)) }
            ).run()
        }
        if status != .success { throw status.code }
    }
}

/// Which theme to use: `--theme` (then remembered), else the remembered one, else the default.
enum ThemeChoice {
    /// The theme, its name, a warning to show, and the settings read (the screen takes its other
    /// remembered choices from them, so the file is read once).
    static func resolve(requested: String?, environment: [String: String]) -> (Theme, String, String?, Preferences) {
        let catalog = ThemeCatalog(environment: environment)
        let preferencesPath = Preferences.filePath(environment: environment)
        let (stored, preferencesWarning) = Preferences.load(from: preferencesPath)
        let name = requested ?? stored.themeName ?? Theme.defaultName
        let (theme, warning) = catalog.load(name)
        // Remembered already: no rewrite (and fsync) of the settings on every start.
        if let requested, warning == nil, requested != stored.themeName {
            var preferences = stored
            preferences.themeName = requested
            try? preferences.save(to: preferencesPath)
        }
        let message = warning.map { "\($0)" } ?? preferencesWarning.map { "\($0)" }
        return (theme, theme.name, message, stored)
    }

    /// The theme after `current` in the catalog, for the `t` key; remembered for next time.
    static func next(after current: String, environment: [String: String]) -> (Theme, String?) {
        let catalog = ThemeCatalog(environment: environment)
        let usable = catalog.list().filter { $0.problem == nil }.map(\.name)
        let index = usable.firstIndex(of: current).map { ($0 + 1) % max(1, usable.count) } ?? 0
        let name = usable.isEmpty ? Theme.defaultName : usable[index]
        let (theme, warning) = catalog.load(name)
        let path = Preferences.filePath(environment: environment)
        var preferences = Preferences.load(from: path).preferences
        preferences.themeName = theme.name
        try? preferences.save(to: path)
        return (theme, warning.map { "\($0)" })
    }
}
