#if canImport(Glibc)
    import Glibc
#endif

/// The program's entry point: the interactive screen without ArgumentParser when the command line
/// is only the screen's options (see `ScreenArguments`), every other command line through it.
@main
enum Launcher {
    static func main() {
        if let problem = RawText.firstProblem() {
            Output.error(
                "imgpath: \(problem); imgpath reads names and text as UTF-8. Type the text again with the "
                    + "terminal set to UTF-8; for a file whose name is not UTF-8, rename it or give a link to it "
                    + "whose name is")
            exit(ExitStatus.usage.rawValue)
        }
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let screen = ScreenArguments.recognise(arguments) else {
            IMGPath.main(commandLine: LeadingFileOption.moved(arguments, commands: LeadingFileOption.commandNames))
            return
        }
        // The screen reads the facts with the person's overrides, as every command does.
        FactsLoading.install()
        do {
            try OpenCommand.run(screen)
        } catch {
            // The same exit code and message that ArgumentParser gives when `run()` throws.
            IMGPath.exit(withError: error)
        }
    }
}
