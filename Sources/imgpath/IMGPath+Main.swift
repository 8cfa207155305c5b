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
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            finish(with: error)
        }
    }

    /// Ends the process for an error thrown by parsing or by a command.
    private static func finish(with error: any Error) -> Never {
        let code = exitCode(for: error)
        // Help, the version and completion answers: ArgumentParser prints them on stdout.
        if code == .success { exit(withError: error) }
        let message = fullMessage(for: error)
        if !message.isEmpty { Output.error(message + negativeNumberHint(message)) }
        Glibc.exit(code.rawValue)
    }

    /// A value such as `-5` is read as an option; the refusal says how to give it as a value.
    static func negativeNumberHint(_ message: String) -> String {
        guard let start = message.firstRange(of: "Unknown option '-")?.upperBound,
            let end = message[start...].firstIndex(of: "'"),
            !message[start..<end].isEmpty, message[start..<end].allSatisfy(\.isNumber)
        else { return "" }
        let value = "-" + message[start..<end]
        return "\nA value that starts with '-' reads as an option: put -- before it, as in `-- \(value)`, "
            + "after every option (--file too): everything after -- is a value."
    }
}
