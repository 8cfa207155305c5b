import ArgumentParser
import PathwayCore

#if canImport(Glibc)
    import Glibc
#endif

/// The options every command shares: which file to use.
struct FileOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The pathway file (default: $IMGPATH_FILE, else $XDG_DATA_HOME/imgpath/pathway.json).",
            valueName: "path"))
    var file: String?

    /// The environment variables imgpath reads. A test checks that the code reads no other.
    static let variableNames = [
        "IMGPATH_FILE", "IMGPATH_NOW", "HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "TERM", "NO_COLOR", "VISUAL",
        "EDITOR", "TMPDIR", "IMGPATH_SCREEN_DUMP",
    ]

    /// Those variables that are set, read once. Only these are read: copying every variable of
    /// the process into a dictionary was a visible share of the start-up.
    static let environment: [String: String] = {
        var result: [String: String] = [:]
        for name in variableNames {
            if let value = getenv(name) { result[name] = String(cString: value) }
        }
        return result
    }()

    var path: String { DataFileLocation.resolve(explicit: file, environment: Self.environment) }

    /// Whether the path was given (`--file` or `IMGPATH_FILE`) rather than the default one.
    var isExplicit: Bool {
        !(file ?? "").isEmpty || !(Self.environment["IMGPATH_FILE"] ?? "").isEmpty
    }

    /// The clock: the system's, or the fixed instant in `IMGPATH_NOW` (for scripts and tests).
    var clock: Clock { Self.clock }

    /// The clock, which depends only on the environment.
    static var clock: Clock {
        if let text = Self.environment["IMGPATH_NOW"], let instant = Timestamp(parsing: text) {
            return .fixed(instant)
        }
        return .system
    }
}
