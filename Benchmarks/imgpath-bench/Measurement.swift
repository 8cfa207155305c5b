/// One measured figure of one history size, as a child process reports it to the parent: a
/// timing (median, p90 and run count, in nanoseconds) or a plain value (bytes, KiB).
struct Measurement: Sendable {
    let name: String
    let median: UInt64
    let p90: UInt64
    let count: Int

    init(name: String, median: UInt64, p90: UInt64, count: Int) {
        self.name = name
        self.median = median
        self.p90 = p90
        self.count = count
    }

    /// A timing from samples.
    init(_ name: String, _ samples: Samples) {
        self.init(name: name, median: samples.median, p90: samples.p90, count: samples.count)
    }

    /// A single value (count 1, median and p90 equal).
    init(_ name: String, value: Int) {
        self.init(name: name, median: UInt64(max(0, value)), p90: UInt64(max(0, value)), count: 1)
    }

    /// The line a child prints: `M<TAB>name<TAB>median<TAB>p90<TAB>count`.
    var line: String { "M\t\(name)\t\(median)\t\(p90)\t\(count)" }

    /// Reads a line printed by `line`; nil for any other line.
    init?(line: Substring) {
        let parts = line.split(separator: "\t")
        guard parts.count == 5, parts[0] == "M", let median = UInt64(parts[2]), let p90 = UInt64(parts[3]),
            let count = Int(parts[4])
        else { return nil }
        self.init(name: String(parts[1]), median: median, p90: p90, count: count)
    }
}
