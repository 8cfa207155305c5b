import ArgumentParser
import PathwayCore

/// Catches a mistyped command name before ArgumentParser sees it.
///
/// `imgpath` opens the screen when no command is given, so ArgumentParser would read
/// `imgpath stauts` as `open` with an unexpected argument and print the usage of `open`; and
/// `imgpath help bogus` would print the general help and exit 0. Both are mistakes in the
/// command line: they get the closest command's name and exit 64.
enum CommandSuggestion {
    /// The message for a command name that does not exist, or nil when the words name commands
    /// (or start with an option, which ArgumentParser then checks).
    static func mistake(in arguments: [String], root: any ParsableCommand.Type = IMGPath.self) -> String? {
        // The screen's own options may come first (`imgpath --file x stauts`); the shell's
        // completion requests (`---completion`) and the rest are ArgumentParser's to read.
        var words = arguments[...]
        while let word = words.first, Self.screenOptions.contains(word) { words = words.dropFirst(2) }
        guard let first = words.first, !first.hasPrefix("-") else { return nil }
        if first == "help" {
            var command: any ParsableCommand.Type = root
            var path = ["imgpath"]
            for word in words.dropFirst() where !word.hasPrefix("-") {
                guard let next = subcommand(named: word, of: command) else {
                    return unknown(word, after: path, in: command)
                }
                command = next
                path.append(word)
            }
            return nil
        }
        guard subcommand(named: first, of: root) == nil else { return nil }
        return unknown(first, after: ["imgpath"], in: root)
    }

    /// The options of a bare `imgpath` (the screen) that take a value.
    static let screenOptions: Set<String> = ["--file", "--theme"]

    /// The names a command's subcommands are called by.
    static func names(of command: any ParsableCommand.Type) -> [String] {
        command.configuration.subcommands.map(name(of:))
    }

    /// The closest name within two edits (or one the word starts), if any.
    static func closest(to word: String, among names: [String]) -> String? {
        let wanted = Array(word.lowercased())
        if let prefixed = names.first(where: { wanted.count >= 2 && $0.hasPrefix(String(wanted)) }) { return prefixed }
        return Spelling.closest(to: word, among: names)
    }

    private static func name(of command: any ParsableCommand.Type) -> String {
        command.configuration.commandName ?? command._commandName
    }

    private static func subcommand(named word: String, of command: any ParsableCommand.Type)
        -> (any ParsableCommand.Type)?
    {
        command.configuration.subcommands.first { name(of: $0) == word }
    }

    private static func unknown(_ word: String, after path: [String], in command: any ParsableCommand.Type) -> String {
        let all = names(of: command)
        let place = path.joined(separator: " ")
        var message = "\(place): there is no command \"\(Output.field(word))\""
        if let guess = closest(to: word, among: all) {
            message += " (did you mean `\(place) \(guess)`?)"
        } else {
            message += "; the commands are " + all.joined(separator: ", ")
        }
        return message + ". `\(place) --help` explains each."
    }
}
