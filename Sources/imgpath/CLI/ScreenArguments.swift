/// The options of the interactive screen (`imgpath`, `imgpath --file PATH --theme NAME`), and a
/// small recogniser that reads them without ArgumentParser.
///
/// Starting the screen is what people do most, and ArgumentParser's root parse costs about as
/// much as drawing the first frame: before parsing it checks for a completion request across
/// every subcommand, through Swift runtime lookups that a static binary pays for on each start.
/// `recognise(_:)` understands only the plain spellings of the screen's own options and declines
/// everything else (other words, `--help`, repeated or unknown options, values that look like
/// options), which then goes through ArgumentParser as before, so its messages and exit codes
/// stay the only ones. A test checks that whatever is recognised parses to the same options.
struct ScreenArguments: Equatable, Sendable {
    /// `--file`: the pathway file; nil means `IMGPATH_FILE` or the default location.
    var file: String?
    /// `--theme`: the colour theme to use and remember.
    var theme: String?

    /// The screen's options from the command line (without the program's name), or nil when the
    /// arguments hold anything this recogniser does not fully understand.
    static func recognise(_ arguments: [String]) -> ScreenArguments? {
        var result = ScreenArguments()
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            let name: Substring
            var value: Substring?
            if let equals = argument.firstIndex(of: "=") {
                name = argument[..<equals]
                value = argument[argument.index(after: equals)...]
            } else {
                name = argument[...]
                if index < arguments.endIndex {
                    value = arguments[index][...]
                    index += 1
                }
            }
            // An empty value or one that starts with a dash is ArgumentParser's to report.
            guard let value, let first = value.utf8.first, first != UInt8(ascii: "-") else { return nil }
            switch name {
            case "--file" where result.file == nil: result.file = String(value)
            case "--theme" where result.theme == nil: result.theme = String(value)
            default: return nil
            }
        }
        return result
    }
}
