import PathwayCore
import PathwayTUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// imgpath-bench: load, save, key handling and memory at history sizes of 10 to 100,000 events.
///
///     imgpath-bench [--sizes 10,1000,10000,100000] [--budget-ms 1500]   the report (Markdown)
///     imgpath-bench make-file EVENTS PATH                                 a generated pathway file
///     imgpath-bench profile OPERATION EVENTS [RUNS]                       one operation, for callgrind
///     imgpath-bench season [BUDGET-MS]                                    600-program import, table, filter
///     imgpath-bench marks [BUDGET-MS]                                     3,000 programs marked, then undone
///     imgpath-bench make-season-file PATH                                 600 programs, 60 letters, 20,000 changes
///     imgpath-bench season-scale FOLDER [BUDGET-MS]                       3,000 programs: import, undo, filter, open
///
/// The report runs every size in a fresh child process (`measure`, `memory`), so one size's
/// allocations do not raise another's peak memory.

/// Writes to standard error, for progress and usage.
func note(_ text: String) {
    var line = Array((text + "\n").utf8)
    _ = line.withUnsafeMutableBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
}

/// The report: every size measured in child processes, then the tables.
func report(sizes: [Int], budgetMilliseconds: Int) throws -> String {
    guard let folder = TemporaryFolder() else {
        throw ChildProcess.Failure(description: "cannot create a temporary folder")
    }
    defer { folder.remove() }
    var figures: [Int: [String: Measurement]] = [:]
    func collect(_ output: String) -> [String: Measurement] {
        var found: [String: Measurement] = [:]
        for line in output.split(separator: "\n") {
            if let measurement = Measurement(line: line) { found[measurement.name] = measurement }
        }
        return found
    }
    // The floor: a pathway file with no changes yet, read, drawn and changed by the same code
    // as the others (no file at all skips the decoding, and is given for comparison).
    let emptyPath = folder.path + "/empty.json"
    _ = try SizeBenchmark.fixture(events: 0, path: emptyPath)
    let baseline = collect(try ChildProcess.run(["memory", emptyPath]))["peakKiB"]?.median ?? 0
    let noFile = collect(try ChildProcess.run(["memory", folder.path + "/none.json"]))["peakKiB"]?.median ?? 0
    let floor = DiskFloor.measure(folder: folder.path, budget: UInt64(budgetMilliseconds) * 1_000_000)
    for size in sizes {
        note("imgpath-bench: measuring \(size) events...")
        var found = collect(try ChildProcess.run(["measure", String(size), folder.path, String(budgetMilliseconds)]))
        let memory = collect(try ChildProcess.run(["memory", folder.path + "/pathway-\(size).json"]))
        for (name, measurement) in memory { found[name] = measurement }
        figures[size] = found
    }
    return Report(figures: figures, baselineKiB: Int(baseline), noFileKiB: Int(noFile), diskFloor: floor).text
}

/// Runs one operation many times and nothing else, so a profiler sees only it.
func profile(operation: String, events: Int, runs: Int) throws {
    guard let folder = TemporaryFolder() else {
        throw ChildProcess.Failure(description: "cannot create a temporary folder")
    }
    defer { folder.remove() }
    let path = folder.path + "/pathway.json"
    _ = try SizeBenchmark.fixture(events: events, path: path)
    let (store, journal) = try PathwayStore.open(path: path, lock: false)
    var state = SizeBenchmark.mainScreen(journal: journal, path: path)
    let now = Timestamp(secondsSince1970: 1_700_000_000)
    for _ in 0..<runs {
        switch operation {
        case "open": _ = try PathwayStore.open(path: path, lock: false)
        case "undo":
            _ = AppReducer.reduce(&state, .key(.character(state.journal.canRedo ? "U" : "u")), now: now)
            try store.save(state.journal)
        case "key":
            if state.selected == .license { state.selected = .step1 }
            _ = AppReducer.reduce(&state, .key(.character("j")), now: now)
            _ = ScreenRenderer.render(state)
        default: throw ChildProcess.Failure(description: "unknown operation \(operation) (open, undo, key)")
        }
    }
}

func main() -> Int32 {
    var arguments = Array(CommandLine.arguments.dropFirst())
    do {
        switch arguments.first {
        case "measure":
            guard arguments.count == 4, let events = Int(arguments[1]), let budget = UInt64(arguments[3]) else { break }
            let results = try SizeBenchmark(events: events, folder: arguments[2], budget: budget * 1_000_000).run()
            print(results.map(\.line).joined(separator: "\n"))
            return 0
        case "memory":
            guard arguments.count == 2 else { break }
            print(try MemoryProbe.run(path: arguments[1]).map(\.line).joined(separator: "\n"))
            return 0
        case "season", "marks":
            let budget = UInt64(arguments.count > 1 ? Int(arguments[1]) ?? 1_500 : 1_500) * 1_000_000
            // `marks` runs only the 3,000-program marks and their undo, for a profiler.
            let clock = Clock.fixed(Timestamp(secondsSince1970: 1_800_000_000))
            let benchmark = SeasonBenchmark(budget: budget)
            let measurements = arguments[0] == "marks" ? try benchmark.marks(clock: clock) : try benchmark.run()
            for measurement in measurements {
                let unit = Double(measurement.median) / 1_000_000
                let p90 = Double(measurement.p90) / 1_000_000
                print("\(measurement.name): median \(unit) ms, p90 \(p90) ms, \(measurement.count) runs")
            }
            return 0
        case "season-scale":
            guard arguments.count >= 2 else { break }
            let budget = UInt64(arguments.count > 2 ? Int(arguments[2]) ?? 1_500 : 1_500) * 1_000_000
            for measurement in try SeasonScaleBenchmark(budget: budget, folder: arguments[1]).run() {
                let unit = Double(measurement.median) / 1_000_000
                let p90 = Double(measurement.p90) / 1_000_000
                print("\(measurement.name): median \(unit) ms, p90 \(p90) ms, \(measurement.count) runs")
            }
            return 0
        case "make-season-file":
            guard arguments.count == 2 else { break }
            try SeasonBenchmark.fixture(path: arguments[1])
            return 0
        case "make-file":
            guard arguments.count == 3, let events = Int(arguments[1]) else { break }
            _ = try SizeBenchmark.fixture(events: events, path: arguments[2])
            return 0
        case "profile":
            guard arguments.count >= 3, let events = Int(arguments[2]) else { break }
            try profile(operation: arguments[1], events: events, runs: arguments.count > 3 ? Int(arguments[3]) ?? 1 : 1)
            return 0
        default:
            var sizes = [10, 1_000, 10_000, 100_000]
            var budget = 1_500
            while let option = arguments.first {
                arguments.removeFirst()
                guard let value = arguments.first else { return usage() }
                arguments.removeFirst()
                switch option {
                case "--sizes": sizes = value.split(separator: ",").compactMap { Int($0) }
                case "--budget-ms": budget = Int(value) ?? budget
                default: return usage()
                }
            }
            print(try report(sizes: sizes, budgetMilliseconds: budget), terminator: "")
            return 0
        }
    } catch {
        note("imgpath-bench: \(error)")
        return 1
    }
    return usage()
}

func usage() -> Int32 {
    note(
        """
        usage: imgpath-bench [--sizes 10,1000,10000,100000] [--budget-ms 1500]
               imgpath-bench make-file EVENTS PATH
               imgpath-bench profile load|replay|encode|save|key EVENTS [RUNS]
               imgpath-bench season [BUDGET-MS]
               imgpath-bench make-season-file PATH
               imgpath-bench season-scale FOLDER [BUDGET-MS]
        """)
    return 64
}

exit(main())
