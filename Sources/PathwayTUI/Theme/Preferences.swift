import PathwayCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The user's remembered settings, kept in `$XDG_CONFIG_HOME/imgpath/config.json`: the chosen
/// theme and the programs table's columns (`{"programColumns": ["id", "name"], "theme": "light"}`).
///
/// Reading never fails: a missing file gives the defaults, a broken one the defaults plus a
/// warning. Keys this version does not know are kept when saving, so a newer imgpath's settings
/// survive a round trip through an older one.
public struct Preferences: Equatable, Sendable {
    /// The chosen theme's name; nil means the default theme.
    public var themeName: String?
    /// The programs table's columns as chosen (`ProgramTableColumn` names); nil for the ones the
    /// window's width gives. Names this version does not know are skipped when read.
    public var programColumns: [String]?
    /// Settings from the file that this version does not use, written back unchanged.
    private var otherKeys: [String: JSONValue] = [:]

    public init(themeName: String? = nil) { self.themeName = themeName }

    /// `$XDG_CONFIG_HOME/imgpath/config.json` (or `~/.config/imgpath/config.json`).
    public static func filePath(environment: [String: String]) -> String {
        DataFileLocation.configHome(environment: environment) + "/imgpath/config.json"
    }

    /// Reads the settings at `path`; never throws, so a bad config cannot stop the program.
    public static func load(from path: String) -> (preferences: Preferences, warning: PreferencesError?) {
        switch read(path) {
        case .success(let preferences): (preferences ?? Preferences(), nil)
        case .failure(let error): (Preferences(), error)
        }
    }

    /// Writes the settings to `path` atomically (temporary file, fsync, rename), creating the
    /// folder if needed.
    ///
    /// - Throws: `PreferencesError.brokenFileKept` when the file there cannot be read as
    ///   settings (saving would destroy what the user wrote), or `.writeFailed`.
    public func save(to path: String) throws(PreferencesError) {
        var fields = otherKeys
        switch Self.read(path) {
        case .success(let existing):
            // Keys another version wrote since this one read the file are kept as well.
            if let existing { fields.merge(existing.otherKeys) { mine, _ in mine } }
        case .failure(.unreadable(_, let reason)):
            throw .writeFailed(file: path, reason: reason)
        case .failure:
            throw .brokenFileKept(file: path)
        }
        fields["theme"] = themeName.map(JSONValue.string)
        fields["programColumns"] = programColumns.map { .array($0.map(JSONValue.string)) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(JSONValue.object(fields)) else {
            throw .writeFailed(file: path, reason: "the settings could not be encoded")
        }
        if let problem = ConfigFiles.writeAtomically(Array(data) + [UInt8(ascii: "\n")], to: path) {
            throw .writeFailed(file: path, reason: problem)
        }
    }

    /// The settings in the file, nil when there is no file.
    private static func read(_ path: String) -> Result<Preferences?, PreferencesError> {
        let bytes: [UInt8]
        switch ConfigFiles.read(path) {
        case .missing: return .success(nil)
        case .failed(let reason): return .failure(.unreadable(file: path, reason: reason))
        case .contents(let contents): bytes = contents
        }
        if let preferences = canonicalForm(bytes) { return .success(preferences) }
        return decode(bytes, file: path).map(Optional.some)
    }

    /// The settings in any JSON text, through the decoder, with a message naming `file` when
    /// the text is not settings.
    static func decode(_ bytes: [UInt8], file path: String) -> Result<Preferences, PreferencesError> {
        guard let document = JSONValue.parse(bytes) else {
            let problem = JSONSyntaxCheck.firstProblem(in: bytes)?.description ?? "the text is not UTF-8 JSON"
            return .failure(.malformedJSON(file: path, problem: problem))
        }
        guard case .object(var fields) = document else {
            return .failure(.wrongType(file: path, key: "(top level)", expected: "an object", found: document.kindName))
        }
        var preferences = Preferences()
        switch fields.removeValue(forKey: "theme") {
        case nil, .null?: break
        case .string(let name)?: preferences.themeName = name
        case let other?:
            return .failure(.wrongType(file: path, key: "theme", expected: "a theme name", found: other.kindName))
        }
        switch fields.removeValue(forKey: "programColumns") {
        case nil, .null?: break
        case .array(let values)?:
            preferences.programColumns = values.compactMap {
                if case .string(let name) = $0 { return name }
                return nil
            }
        case let other?:
            return .failure(
                .wrongType(file: path, key: "programColumns", expected: "a list of column names", found: other.kindName)
            )
        }
        preferences.otherKeys = fields
        return .success(preferences)
    }
}
