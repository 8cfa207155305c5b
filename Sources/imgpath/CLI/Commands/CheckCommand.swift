import ArgumentParser
import PathwayCore

#if canImport(Glibc)
    import Glibc
#endif

/// `imgpath check`: validates the file, and runs the rules over what it holds, without changing it.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that the pathway file can be read and that what it holds keeps the rules; never changes it.",
        discussion: "Exit 1 when a rule is broken (each one is listed with the milestone, the field and the rule).")

    @OptionGroup var options: FileOptions

    func run() throws {
        let session: Session
        do {
            session = try Session.open(options, forWriting: false)
        } catch {
            Self.sayHistoryGap(
                of: DataFileLocation.resolve(explicit: options.file, environment: FileOptions.environment))
            throw error
        }
        let store = session.store
        let journal = session.journal
        if let problem = HistoryAudit.firstProblem(in: journal) {
            Output.line(
                "\(Output.field(store.historyPath)): \(Output.field(problem)); `history`, `undo` and `redo` "
                    + "stop there. The files were left unchanged.")
            throw ExitStatus.unreadableFile.code
        }
        guard store.fileExists else {
            if let found = store.missingFound {
                Output.line(Output.field("\(StoreError.missingWithBackup(path: store.path, found: found))."))
                throw ExitStatus.unreadableFile.code
            }
            if let lines = store.rebuiltFromHistory {
                Output.line(
                    "\(Output.field(store.path)): missing, but its history (\(lines) "
                        + "\(lines == 1 ? "line" : "lines")) holds all of it; the next change or opening the screen "
                        + "writes it back.")
                throw ExitStatus.refused.code
            }
            Output.line("\(Output.field(store.path)): no file yet; it is created on the first change.")
            return
        }
        if store.programsRebuilt {
            Output.line(
                "\(Output.field(store.programsPath)): missing, but the history holds every change to the "
                    + "\(journal.pathway.programs.count) programs, which were rebuilt from it; the next change "
                    + "writes the file back.")
            throw ExitStatus.refused.code
        }
        if !store.programListProblems.isEmpty {
            for problem in store.programListProblems { Output.line(Output.field(problem)) }
            throw ExitStatus.refused.code
        }
        let findings = PathwayAudit.findings(in: journal.pathway, today: session.clock.today)
        guard findings.isEmpty else {
            Output.line(
                "\(Output.field(session.store.path)): readable, but \(findings.count) "
                    + "\(findings.count == 1 ? "rule is" : "rules are") broken (the file is unchanged; "
                    + "new changes must keep the rules):")
            for finding in findings { Output.line("  " + Output.field("\(finding)")) }
            throw ExitStatus.refused.code
        }
        let count = journal.pathway.programs.count
        let programs = count == 1 ? "1 program" : "\(count) programs"
        // Say what is on disk: a file an older imgpath wrote is read converted in memory, and
        // stays as it is (history inside it, no history file) until the first change.
        if Self.isSchema1(store.path) {
            Output.line(
                "\(Output.field(store.path)): OK (schemaVersion 1, as an older imgpath wrote it: "
                    + "\(journal.head.seq) changes inside the file, no history file yet; "
                    + "\(journal.pathway.doneCount) of 8 milestones done). The first change converts it to "
                    + "schemaVersion \(PathwayDocument.currentSchemaVersion), keeping the original as "
                    + "\(Output.field(store.path + ".v1.bak")).")
        } else if store.layoutOnDisk == .inline {
            Output.line(
                "\(Output.field(store.path)): OK (schemaVersion 2, \(journal.head.seq) history lines in "
                    + "\(Output.field(store.historyPath)), \(programs), \(journal.pathway.doneCount) of 8 milestones "
                    + "done). The first change moves the programs to \(Output.field(store.programsPath)) "
                    + "(schemaVersion \(PathwayDocument.currentSchemaVersion)), keeping the original as "
                    + "\(Output.field(store.path + ".v2.bak")).")
        } else {
            Output.line(
                "\(Output.field(store.path)): OK (schemaVersion \(PathwayDocument.currentSchemaVersion), "
                    + "\(journal.head.seq) history lines in \(Output.field(store.historyPath)), \(programs)"
                    + (journal.pathway.programs.isEmpty ? "" : " in \(Output.field(store.programsPath))")
                    + ", \(journal.pathway.doneCount) of 8 milestones done)")
        }
        if access(store.backupPath, F_OK) == 0 { Output.line("Previous version: " + Output.field(store.backupPath)) }
    }

    /// After a history that cannot be read with its snapshot (shorter than it says, another
    /// line where it points): where its sequence first skips a number, when it does, so a line
    /// removed or added by hand is named by its place rather than by its effect.
    static func sayHistoryGap(of path: String) {
        let history = PathwayStore.historyPath(for: path)
        var info = stat()
        guard stat(history, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
            let gap = HistoryLog(path: history).firstGap(to: Int64(info.st_size))
        else { return }
        Output.error(
            Output.field(history) + ": line \(gap.line) (byte \(gap.offset)) is change \(gap.found), where change "
                + "\(gap.expected) should come: a line is missing before it, or was added by hand. The files were "
                + "left unchanged.")
    }

    /// Whether the file on disk is in the first format (read again: the session holds it
    /// converted). A file that cannot be read again counts as not. The session has already
    /// read it within the size limit, so no limit is asked again here.
    static func isSchema1(_ path: String) -> Bool {
        guard let bytes = try? ReadOnlyFile.contents(of: path, limit: .max),
            case .legacy? = try? PathwayDocument.decode(bytes, path: path)
        else { return false }
        return true
    }
}
