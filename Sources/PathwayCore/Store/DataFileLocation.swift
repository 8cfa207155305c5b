/// Where the pathway file lives: `--file`, then `IMGPATH_FILE`, then the XDG data folder.
public enum DataFileLocation {
    /// The path to use, following the contract's order of precedence.
    public static func resolve(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["IMGPATH_FILE"], !fromEnvironment.isEmpty { return fromEnvironment }
        return dataHome(environment: environment) + "/imgpath/pathway.json"
    }

    /// `$XDG_DATA_HOME`, or `~/.local/share` when it is unset or not absolute (as the spec says).
    public static func dataHome(environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg }
        return home(environment) + "/.local/share"
    }

    /// `$XDG_CONFIG_HOME`, or `~/.config`.
    public static func configHome(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg }
        return home(environment) + "/.config"
    }

    private static func home(_ environment: [String: String]) -> String {
        environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
    }
}
