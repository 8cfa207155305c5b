import ArgumentParser
import PathwayCore

#if canImport(Glibc)
    import Glibc
#endif

extension IMGPath {
    /// Parses and runs the command, like ArgumentParser's own `main()`, with three differences:
    /// SIGPIPE is ignored (a closed pipe is then EPIPE, which `Output` treats as a quiet
    /// success), a mistyped command name gets a suggestion and exit 64, and every error message
    /// goes through `TerminalText`, since ArgumentParser echoes the arguments it rejects.
    static func main() {
        main(commandLine: Array(CommandLine.arguments.dropFirst()))
    }

    /// `main()` for a given command line (without the program's name).
    static func main(commandLine arguments: [String]) {
        signal(SIGPIPE, SIG_IGN)
        if let mistake = CommandSuggestion.mistake(in: arguments) {
            Output.error(mistake)
            Glibc.exit(ExitStatus.usage.rawValue)
        }
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            finish(with: error, arguments: arguments)
        }
        // Every command but `facts` itself reads the facts with the person's overrides; a broken
        // override file is a warning there, not a stop.
        if !(command is FactsCommand) { FactsLoading.install() }
        do {
            try command.run()
        } catch {
            finish(with: error, arguments: arguments, from: type(of: command))
        }
    }

    /// Ends the process for an error thrown by parsing or by a command (`from`: the command that
    /// was running).
    private static func finish(
        with error: any Error, arguments: [String], from command: (any ParsableCommand.Type)? = nil
    ) -> Never {
        let code = exitCode(for: error)
        // Help, the version and completion answers: ArgumentParser prints them on stdout.
        if code == .success { exit(withError: error) }
        var message = fullMessage(for: error)
        // A mistake found once a command runs: ArgumentParser would give the usage of imgpath
        // itself; the command's own usage is the one that helps.
        if let command, error is ValidationError {
            message = "Error: \(self.message(for: error))\nUsage: \(usageString(for: command))"
        }
        if !message.isEmpty { Output.error(message + negativeNumberHint(arguments, code: code)) }
        Glibc.exit(code.rawValue)
    }

    /// A value such as `-5` on its own is read as an option: a mistake in a command line that
    /// holds one says how to give it as a value. (After an option's name it is that option's
    /// value, as in `--score -5`, and reads as one.)
    static func negativeNumberHint(_ arguments: [String], code: ExitCode) -> String {
        guard code == .validationFailure else { return "" }
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            let digits = argument.dropFirst()
            guard argument.hasPrefix("-"), !digits.isEmpty, digits.allSatisfy(\.isNumber) else { continue }
            if index > 0, arguments[index - 1].hasPrefix("-") { continue }
            return "\nA value that starts with '-' reads as an option: put -- before it, as in `-- \(argument)`, "
                + "after every option (--file too): everything after -- is a value."
        }
        return ""
    }
}
