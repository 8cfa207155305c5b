/// Repeated timings of one operation, in nanoseconds, with the statistics the report shows.
struct Samples: Sendable {
    private(set) var values: [UInt64] = []

    var count: Int { values.count }

    mutating func add(_ nanoseconds: UInt64) { values.append(nanoseconds) }

    /// The value below which `fraction` of the samples lie (nearest rank); 0 when empty.
    func percentile(_ fraction: Double) -> UInt64 {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(sorted.count - 1, max(0, rank))]
    }

    var median: UInt64 { percentile(0.5) }
    var p90: UInt64 { percentile(0.9) }

    /// Runs `work` repeatedly: one untimed warm-up, then until both `minimumCount` runs and
    /// `budget` nanoseconds are reached, or `maximumCount` runs. `prepare` runs untimed before
    /// each run (for example to reset a state).
    static func measure(
        minimumCount: Int = 11, maximumCount: Int = 2_000, budget: UInt64 = 1_000_000_000,
        prepare: () throws -> Void, _ work: () throws -> Void
    ) rethrows -> Samples {
        try prepare()
        try work()
        var samples = Samples()
        let start = Stopwatch.now()
        while samples.count < maximumCount && (samples.count < minimumCount || Stopwatch.now() - start < budget) {
            try prepare()
            samples.add(try Stopwatch.time(work))
        }
        return samples
    }

    /// `measure(minimumCount:maximumCount:budget:prepare:_:)` with nothing to prepare.
    static func measure(
        minimumCount: Int = 11, maximumCount: Int = 2_000, budget: UInt64 = 1_000_000_000, _ work: () throws -> Void
    ) rethrows -> Samples {
        try measure(minimumCount: minimumCount, maximumCount: maximumCount, budget: budget, prepare: {}, work)
    }
}
