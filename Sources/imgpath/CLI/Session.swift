import ArgumentParser
import PathwayCore

#if canImport(Glibc)
    import Glibc
#endif

/// One command's use of the file: open (and lock when changing), apply, save, report.
struct Session {
    let store: PathwayStore
    var journal: Journal
    let clock: Clock

    /// Opens the file, turning a failure into the contract's message and exit code.
    ///
    /// With `allPrograms` false, the pathway may hold only the programs in play and the glance at
    /// the rest (`Pathway.hasAllPrograms`), read in the same time however many programs there
    /// are: for commands that show counts and the plan, and milestone changes. A change that
    /// needs every program reads them first (`perform`).
    static func open(_ options: FileOptions, forWriting: Bool, allPrograms: Bool = true) throws -> Session {
        try open(path: options.file, forWriting: forWriting, allPrograms: allPrograms)
    }

    /// Opens the file named by `--file` (nil: `IMGPATH_FILE` or the default location).
    static func open(path file: String?, forWriting: Bool, allPrograms: Bool = true) throws -> Session {
        // A write past a file size limit then fails with an error imgpath reports (the old file
        // stays), instead of SIGXFSZ killing the process in the middle of a save.
        if forWriting {
            signal(SIGXFSZ, SIG_IGN)
            // A quit ends the command at once instead of in the runtime's backtracer, which
            // would keep the lock for up to 30 s.
            signal(SIGQUIT) { _ in endLikeTerminate() }
        }
        let path = DataFileLocation.resolve(explicit: file, environment: FileOptions.environment)
        let explicit = !(file ?? "").isEmpty || !(FileOptions.environment["IMGPATH_FILE"] ?? "").isEmpty
        try checkPlace(of: path, explicit: explicit, forWriting: forWriting)
        do {
            let (store, journal) = try PathwayStore.open(path: path, lock: forWriting, allPrograms: allPrograms)
            for notice in store.notices where !(forWriting && notice.hasPrefix("Read-only")) {
                Output.error("imgpath: " + Output.field(notice))
            }
            return Session(store: store, journal: journal, clock: FileOptions.clock)
        } catch {
            throw Session.fail(error)
        }
    }

    /// Refuses a folder given as the file (exit 2: it cannot be read as a pathway), and, before a
    /// change, a given path whose folder does not exist (exit 3): only the default folder is
    /// created, so a mistyped `--file` never quietly starts a new pathway somewhere else.
    private static func checkPlace(of path: String, explicit: Bool, forWriting: Bool) throws {
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            Output.error(
                "imgpath: " + Output.field(path) + " is a folder, not a pathway file; "
                    + "give the file itself, such as " + Output.field(path) + "/pathway.json")
            throw ExitStatus.unreadableFile.code
        }
        guard forWriting, explicit else { return }
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        if !folder.isEmpty, stat(folder, &info) != 0, errno == ENOENT {
            Output.error(
                "imgpath: the folder " + Output.field(folder) + " does not exist (only the default folder "
                    + "is created); create it first, or check the path given with --file or IMGPATH_FILE")
            throw ExitStatus.fileAccess.code
        }
    }

    /// Records a change and saves; prints warnings, or the refusal and exits non-zero.
    mutating func perform(_ change: Change) throws {
        if !change.needsOnlyProgramsInPlay {
            do {
                try store.readAllPrograms(&journal)
            } catch {
                throw Session.fail(error)
            }
        }
        switch journal.record(change, clock: clock) {
        case .success(let decision):
            try save()
            Output.line("Saved: " + Output.field(decision.change.summary))
            for warning in decision.warnings { Output.error("warning: " + Output.field("\(warning)")) }
        case .failure(.noChange(let what)):
            Output.error("Nothing changed: " + Output.field("\(what)"))
        case .failure(let violation):
            Output.error("Refused: " + Output.field("\(violation)"))
            // A field or checklist item a milestone does not have is a mistake in the command
            // line, as an unknown milestone or status is (exit 64, as for a program's fields).
            switch violation {
            case .unknownField, .unknownItem: throw ExitStatus.usage.code
            default: throw ExitStatus.refused.code
            }
        }
    }

    func save() throws {
        do {
            try store.save(journal)
        } catch {
            let code = Session.fail(error)
            Output.error("Nothing was saved: the files are as they were before this command.")
            throw code
        }
        if let warning = store.saveWarning { Output.error("warning: " + Output.field(warning)) }
    }

    /// Prints a store error and gives the exit code for it.
    static func fail(_ error: StoreError) -> ExitCode {
        Output.error("imgpath: " + Output.field("\(error)"))
        if error.isUnreadableContent, case .some(let path) = error.path,
            access(path + ".bak", F_OK) == 0
        {
            let shown = Output.field(path)
            Output.error("The previous good version is in \(shown).bak; `imgpath check --file \(shown).bak` shows it.")
        }
        return (error.isUnreadableContent ? ExitStatus.unreadableFile : ExitStatus.fileAccess).code
    }
}
