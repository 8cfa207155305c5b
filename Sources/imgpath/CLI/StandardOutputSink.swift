import PathwayCore

#if canImport(Glibc)
    import Glibc
#endif

/// An export sink on standard output, buffered so a long export is written in large pieces.
struct StandardOutputSink: ExportSink {
    private var buffer: [UInt8] = []

    mutating func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 64 * 1024 { try flush() }
    }

    mutating func flush() throws {
        // Anything print() buffered goes first, to keep the order.
        fflush(nil)
        var written = 0
        while written < buffer.count {
            let result = buffer.withUnsafeBytes { raw in
                Glibc.write(STDOUT_FILENO, raw.baseAddress.map { $0 + written }, raw.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw ExportError.io(path: "standard output", operation: "write", reason: String(cString: strerror(errno)))
            }
            written += result
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
