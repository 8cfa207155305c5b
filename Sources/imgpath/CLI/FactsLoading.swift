import PathwayCore

/// Reads the person's fact overrides at start-up and installs the book every command reads.
enum FactsLoading {
    /// The built-in facts with today's date (for their age) and the files of the override folder.
    static func load() -> FactBook.OverrideOutcome {
        var book = FactBook.builtIn
        book.today = FileOptions.clock.today
        return book.applyingOverrides(inFolder: folder)
    }

    /// `$XDG_CONFIG_HOME/imgpath/facts`.
    static var folder: String { FactBook.overrideFolder(environment: FileOptions.environment) }

    /// Installs the facts for a command other than `facts`: a broken override file is left out
    /// with one warning on standard error, and the command goes on with the other facts.
    static func install() {
        let outcome = load()
        if !outcome.problems.isEmpty {
            Output.error(
                "imgpath: warning: a facts file was left out, the built-in facts stand in for it "
                    + "(`imgpath facts` says more):\n"
                    + outcome.problems.map { "  " + Output.field($0.description) }.joined(separator: "\n"))
        }
        FactBook.install(outcome.book)
    }
}
