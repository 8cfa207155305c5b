import ArgumentParser

/// `imgpath --file p.json status` means `imgpath status --file p.json`: the file option placed
/// before a command is moved after it, where ArgumentParser reads it. Without this, the words
/// after `--file PATH` were taken as options of the screen (`imgpath open`), and a person got
/// "Unknown option '--kind'" with the screen's usage for a correct `usce add`.
enum LeadingFileOption {
    /// The command line with a leading `--file PATH` (or `--file=PATH`) moved after the command
    /// that follows it; unchanged when it does not start so or no known command follows.
    static func moved(_ arguments: [String], commands: Set<String>) -> [String] {
        let width: Int
        if arguments.first == "--file", arguments.count >= 3 {
            width = 2
        } else if let first = arguments.first, first.hasPrefix("--file="), arguments.count >= 2 {
            width = 1
        } else {
            return arguments
        }
        guard commands.contains(arguments[width]) else { return arguments }
        let option = Array(arguments[..<width])
        var rest = Array(arguments[width...])
        // After `--` everything is a value: the option goes before it.
        let end = rest.firstIndex(of: "--") ?? rest.endIndex
        rest.insert(contentsOf: option, at: end)
        return rest
    }

    /// The names of imgpath's commands.
    static var commandNames: Set<String> {
        Set(IMGPath.configuration.subcommands.compactMap { $0.configuration.commandName })
    }
}
