import PathwayCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every theme the user can pick: the bundled ones (compiled in from `Themes/`) plus the user's
/// own `$XDG_CONFIG_HOME/imgpath/themes/*.json`. A user theme with a bundled theme's name
/// replaces it, so a copied-and-edited `light.json` takes effect without renaming.
///
/// Broken theme files are never silently skipped: `list()` returns them with their error, and
/// `load(_:)` returns a usable theme together with a warning saying what went wrong.
///
/// Bundled themes are Swift values (`BundledThemes`); only a user's file is decoded, and only
/// when it is listed or asked for by name.
public struct ThemeCatalog: Sendable {
    /// One theme in the listing.
    public struct Entry: Equatable, Sendable {
        /// Where a theme comes from.
        public enum Origin: Equatable, Sendable {
            case bundled
            /// A user's file, with its path; `overridesBundled` when it replaces a bundled theme.
            case user(path: String, overridesBundled: Bool)
        }

        public let name: String
        /// The theme's description, or empty when the file is broken.
        public let description: String
        public let origin: Origin
        /// Why the theme cannot be used, or nil when it loads.
        public let problem: ThemeError?
    }

    /// The folder user themes are read from.
    public let userFolder: String

    /// - Parameter environment: the process environment (`XDG_CONFIG_HOME`, `HOME`).
    public init(environment: [String: String]) {
        userFolder = DataFileLocation.configHome(environment: environment) + "/imgpath/themes"
    }

    /// All themes by name, each decoded so that broken ones carry their error.
    public func list() -> [Entry] {
        let userNames = Set(userThemeNames())
        var entries: [Entry] = []
        for theme in BundledThemes.all where !userNames.contains(theme.name) {
            entries.append(entry(name: theme.name, origin: .bundled, result: .success(theme)))
        }
        let bundledNames = Set(BundledThemes.names)
        for name in userNames {
            let path = userPath(name)
            let result = Result { () throws(ThemeError) in try Self.decodeUser(path: path, name: name) }
            let origin = Entry.Origin.user(path: path, overridesBundled: bundledNames.contains(name))
            entries.append(entry(name: name, origin: origin, result: result))
        }
        return entries.sorted { $0.name < $1.name }
    }

    /// The names that `load(_:)` accepts.
    public var names: [String] { list().map(\.name) }

    /// The theme called `name`, or an error saying why it cannot be used.
    public func theme(named name: String) throws(ThemeError) -> Theme {
        if hasUserTheme(named: name) { return try Self.decodeUser(path: userPath(name), name: name) }
        if let theme = BundledThemes.theme(named: name) { return theme }
        throw .notFound(name: name, available: names)
    }

    /// The theme called `name`, always usable: when it cannot be loaded, a broken user override
    /// falls back to the bundled theme of that name, anything else to `default-dark`, and the
    /// warning (`ThemeError.replaced`) says what happened.
    public func load(_ name: String) -> (theme: Theme, warning: ThemeError?) {
        do {
            return (try theme(named: name), nil)
        } catch {
            if let theme = BundledThemes.theme(named: name) {
                return (theme, .replaced(error, by: "bundled " + name))
            }
            if name != Theme.defaultName, let theme = try? self.theme(named: Theme.defaultName) {
                return (theme, .replaced(error, by: Theme.defaultName))
            }
            return (Theme.standard, .replaced(error, by: "built-in " + Theme.standard.name))
        }
    }

    private func entry(name: String, origin: Entry.Origin, result: Result<Theme, ThemeError>) -> Entry {
        switch result {
        case .success(let theme): Entry(name: name, description: theme.description, origin: origin, problem: nil)
        case .failure(let error): Entry(name: name, description: "", origin: origin, problem: error)
        }
    }

    private func userThemeNames() -> [String] {
        ConfigFiles.names(in: userFolder, suffix: ".json").map { String($0.dropLast(".json".count)) }
    }

    /// Whether `userThemeNames()` would list `name`, without reading the whole folder: the
    /// common start with no themes folder then costs one failed `lstat`.
    private func hasUserTheme(named name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix("."), !name.contains("/") else { return false }
        var info = stat()
        return lstat(userPath(name), &info) == 0
    }

    private func userPath(_ name: String) -> String { userFolder + "/" + name + ".json" }

    private static func decodeUser(path: String, name: String) throws(ThemeError) -> Theme {
        switch ConfigFiles.read(path) {
        case .missing: throw .unreadable(file: path, reason: "the file disappeared")
        case .failed(let reason): throw .unreadable(file: path, reason: reason)
        case .contents(let bytes): return try Theme.decode(bytes, file: path, expectedName: name)
        }
    }
}
