import ArgumentParser

/// The exit codes of the command-line contract, documented in the README.
enum ExitStatus: Int32 {
    case success = 0
    /// The rules refused the change; the file is unchanged.
    case refused = 1
    /// The file could not be read (malformed, truncated, not UTF-8, newer schema); unchanged.
    case unreadableFile = 2
    /// The file is in use, changed on disk, or the system refused to read or write it.
    case fileAccess = 3
    /// The interactive screen cannot run here (not a terminal, `TERM=dumb`).
    case noTerminal = 4
    /// A mistake in the command line: unknown command, option, milestone or status (EX_USAGE).
    case usage = 64

    var code: ExitCode { ExitCode(rawValue) }
}
