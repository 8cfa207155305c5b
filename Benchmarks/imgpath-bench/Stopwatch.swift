#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The monotonic clock in nanoseconds, and timing of one piece of work.
enum Stopwatch {
    /// Nanoseconds on the monotonic clock (unaffected by changes of the wall clock).
    static func now() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    /// Runs `work` once and returns how long it took, in nanoseconds.
    static func time(_ work: () throws -> Void) rethrows -> UInt64 {
        let start = now()
        try work()
        return now() - start
    }
}
