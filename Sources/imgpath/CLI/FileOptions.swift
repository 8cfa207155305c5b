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

    /// The process environment, read once.
    static let environment: [String: String] = {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            // Split at the first "=" by bytes: a name is ASCII, and Character iteration (grapheme
            // breaking) over every variable was a visible share of start-up.
            let text = String(cString: entry)
            if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
                result[String(text[..<equals])] = String(text[text.utf8.index(after: equals)...])
            }
            pointer += 1
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
