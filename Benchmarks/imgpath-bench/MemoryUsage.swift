#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's memory high-water mark, as the kernel counts it.
enum MemoryUsage {
    /// Peak resident set size in KiB: `VmHWM` from /proc/self/status where it exists, else
    /// `getrusage`'s `ru_maxrss` (KiB on Linux).
    static func peakResidentKiB() -> Int {
        if let line = statusLine("VmHWM:") { return line }
        var usage = rusage()
        #if canImport(Glibc)
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        return Int(usage.ru_maxrss)
    }

    /// Current resident set size in KiB (`VmRSS`), or 0 when /proc is not there.
    static func currentResidentKiB() -> Int { statusLine("VmRSS:") ?? 0 }

    /// The number in KiB on the /proc/self/status line that starts with `prefix`.
    private static func statusLine(_ prefix: String) -> Int? {
        guard let file = fopen("/proc/self/status", "r") else { return nil }
        defer { fclose(file) }
        var buffer = [CChar](repeating: 0, count: 512)
        while fgets(&buffer, Int32(buffer.count), file) != nil {
            let line = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard line.hasPrefix(prefix) else { continue }
            let digits = line.dropFirst(prefix.count).filter(\.isNumber)
            return Int(digits)
        }
        return nil
    }
}
