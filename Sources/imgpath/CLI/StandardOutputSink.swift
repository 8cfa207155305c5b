import PathwayCore

#if canImport(Glibc)
    import Glibc
#endif

/// An export sink on standard output, buffered so a long export is written in large pieces.
///
/// The exports make user text safe themselves (Markdown and CSV show control characters as
/// `TerminalText` does; ICS drops them; JSON escapes them). A reader that goes away ends the
/// export quietly, as for every other output (see `Output`).
struct StandardOutputSink: ExportSink {
    private var buffer: [UInt8] = []

    mutating func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 64 * 1024 { flush() }
    }

    mutating func flush() {
        if let failure = Output.writeAll(buffer, to: STDOUT_FILENO) { Output.standardOutputFailed(errno: failure) }
        buffer.removeAll(keepingCapacity: true)
    }
}
