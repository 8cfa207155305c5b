import PathwayCore
import PathwayTUI

/// What the program holds in memory for a file: opens it as the interactive program does,
/// draws the first screen, handles one key, and reports the process's peak resident size.
/// Run in a fresh process per file so that sizes do not inherit each other's peak.
enum MemoryProbe {
    /// Peak and current resident memory (KiB) after opening `path` (which may not exist yet).
    static func run(path: String) throws -> [Measurement] {
        let before = MemoryUsage.peakResidentKiB()
        let (store, journal) = try PathwayStore.open(path: path, lock: false)
        var state = SizeBenchmark.mainScreen(journal: journal, path: store.path)
        _ = ScreenRenderer.render(state)
        _ = AppReducer.reduce(&state, .key(.character("j")), now: Timestamp(secondsSince1970: 1_700_000_000))
        _ = ScreenRenderer.render(state)
        return [
            Measurement("startPeakKiB", value: before),
            Measurement("peakKiB", value: MemoryUsage.peakResidentKiB()),
            Measurement("residentKiB", value: MemoryUsage.currentResidentKiB()),
            Measurement("events", value: state.journal.head.seq),
        ]
    }
}
