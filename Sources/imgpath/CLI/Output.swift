import PathwayCore

#if canImport(Glibc)
    import Glibc
#endif

/// Writing to standard output and standard error without Foundation.
///
/// Everything a person reads goes through `TerminalText`, so text from the file, the command
/// line or a lock file can never send raw control characters to the terminal. Writes go
/// straight to the descriptors, so a reader that goes away (`imgpath history | head -1`) is
/// seen at once, as EPIPE (SIGPIPE is ignored at start-up), and ends the command quietly and
/// successfully: the reader had what it wanted, and nothing imgpath prints changes the file.
enum Output {
    /// Lines for a person: each line made safe, the line breaks between them kept.
    static func line(_ text: String) {
        write(TerminalText.safeLines(text, unicode: unicode) + "\n", to: STDOUT_FILENO)
    }

    /// One field of user text (a name, site, writer, note or argument) for a line of output: made
    /// safe with `TerminalText.safe`, so a line break it holds shows as `⏎` (`\n` when the
    /// locale is not UTF-8) and cannot start a line of its own that looks like another entry.
    static func field(_ text: String) -> String {
        TerminalText.safe(text, unicode: unicode)
    }

    /// Whether the locale's character set is UTF-8: the first of `LC_ALL`, `LC_CTYPE` and
    /// `LANG` that is set and not empty names it, as `setlocale` would read them; none is the C
    /// locale, which is ASCII.
    static let unicode: Bool = {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            guard let pointer = getenv(name) else { continue }
            let value = String(cString: pointer).lowercased()
            if value.isEmpty { continue }
            return value.contains("utf-8") || value.contains("utf8")
        }
        return false
    }()

    /// JSON from `JSONEncoder`, with DEL, C1 and bidi controls escaped as well as C0.
    static func json(_ text: String) {
        write(TerminalText.escapingJSON(text) + "\n", to: STDOUT_FILENO)
    }

    /// A message on standard error, made safe (it may echo arguments, paths or a lock's content).
    static func error(_ text: String) {
        var message = TerminalText.safeLines(text, unicode: unicode)
        if !message.hasSuffix("\n") { message += "\n" }
        write(message, to: STDERR_FILENO)
    }

    /// Writes all of `text`, retrying after a signal. A closed standard output ends the process
    /// with status 0; any other failure to write standard output ends it with status 3.
    static func write(_ text: String, to descriptor: Int32) {
        let bytes = Array(text.utf8)
        if let failure = writeAll(bytes, to: descriptor), descriptor == STDOUT_FILENO {
            standardOutputFailed(errno: failure)
        }
    }

    /// Writes every byte; returns the `errno` of a failed write, or nil.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        FileDescriptor.writeAll(bytes, to: descriptor)
    }

    /// What a failed write to standard output means: the reader left (quiet success), or the
    /// output cannot be written (a message on standard error, exit 3).
    static func standardOutputFailed(errno code: Int32) -> Never {
        if code == EPIPE { exit(ExitStatus.success.rawValue) }
        let reason = String(cString: strerror(code))
        let message = Array("imgpath: cannot write to standard output: \(reason)\n".utf8)
        _ = writeAll(message, to: STDERR_FILENO)
        exit(ExitStatus.fileAccess.rawValue)
    }
}
