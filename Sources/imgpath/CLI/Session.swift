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
    static func open(_ options: FileOptions, forWriting: Bool) throws -> Session {
        try open(path: options.file, forWriting: forWriting)
    }

    /// Opens the file named by `--file` (nil: `IMGPATH_FILE` or the default location).
    static func open(path file: String?, forWriting: Bool) throws -> Session {
        // A write past a file size limit then fails with an error imgpath reports (the old file
        // stays), instead of SIGXFSZ killing the process in the middle of a save.
        if forWriting { signal(SIGXFSZ, SIG_IGN) }
        do {
            let path = DataFileLocation.resolve(explicit: file, environment: FileOptions.environment)
            let (store, journal) = try PathwayStore.open(path: path, lock: forWriting)
            return Session(store: store, journal: journal, clock: FileOptions.clock)
        } catch {
            throw Session.fail(error)
        }
    }

    /// Records a change and saves; prints warnings, or the refusal and exits non-zero.
    mutating func perform(_ change: Change) throws {
        switch journal.record(change, clock: clock) {
        case .success(let decision):
            try save()
            Output.line("Saved: \(decision.change.summary)")
            for warning in decision.warnings { Output.error("warning: \(warning)") }
        case .failure(.noChange(let what)):
            Output.error("Nothing changed: \(what)")
        case .failure(let violation):
            Output.error("Refused: \(violation)")
            throw ExitStatus.refused.code
        }
    }

    func save() throws {
        do {
            try store.save(journal)
        } catch {
            throw Session.fail(error)
        }
    }

    /// Prints a store error and gives the exit code for it.
    static func fail(_ error: StoreError) -> ExitCode {
        Output.error("imgpath: \(error)")
        if error.isUnreadableContent, case .some(let path) = error.path,
            (try? PathwayStore.open(path: path + ".bak", lock: false))?.0.fileExists == true
        {
            Output.error("The previous good version is in \(path).bak; `imgpath check --file \(path).bak` shows it.")
        }
        return (error.isUnreadableContent ? ExitStatus.unreadableFile : ExitStatus.fileAccess).code
    }
}
