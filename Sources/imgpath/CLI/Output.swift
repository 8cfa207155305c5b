#if canImport(Glibc)
    import Glibc
#endif

/// Writing to standard output and standard error without Foundation.
enum Output {
    static func line(_ text: String) {
        print(text)
        // Keep the order of stdout and stderr lines when both go to one place.
        fflush(nil)
    }

    static func error(_ text: String) {
        var message = text
        if !message.hasSuffix("\n") { message += "\n" }
        // write(2) on the descriptor: the C `stderr` global is not concurrency-safe in Swift 6.
        let bytes = Array(message.utf8)
        _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
