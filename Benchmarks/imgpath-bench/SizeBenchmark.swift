import PathwayCore
import PathwayTUI

#if canImport(Glibc)
    import Glibc
#endif

/// Measures one history size in this process: load, save, the pieces of both, and keys handled
/// and drawn in memory, as the interactive program does them (without ncurses).
struct SizeBenchmark {
    let events: Int
    /// Where the pathway file for the save timings is written (fsync included, so it should be
    /// on a real disk, not tmpfs).
    let folder: String
    /// Nanoseconds each timing runs for at least (after a warm-up run).
    let budget: UInt64

    /// The seed of the generated histories; fixed, so every run measures the same data.
    static let seed: UInt64 = 20_261_126

    /// Writes the generated history of `events` changes to `path` (snapshot and history file)
    /// and returns the number of bytes written.
    static func fixture(events: Int, path: String) throws -> Int {
        var generator = HistoryGenerator(seed: seed, events: events)
        let journal = generator.journal(events: events)
        let (store, _) = try PathwayStore.open(path: path, lock: false)
        try store.save(journal)
        return fileSize(path) + fileSize(store.historyPath)
    }

    static func fileSize(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// Every figure for this size, in report order.
    func run() throws -> [Measurement] {
        let path = folder + "/pathway-\(events).json"
        let generated = Stopwatch.now()
        let bytes = try Self.fixture(events: events, path: path)
        var results = [Measurement("generate", value: Int(Stopwatch.now() - generated))]
        results.append(Measurement("fileBytes", value: bytes))

        // Opening: read the snapshot, check the history line it names, roll nothing forward.
        results.append(Measurement("open", try measure { _ = try PathwayStore.open(path: path, lock: false) }))
        let (store, journal) = try PathwayStore.open(path: path, lock: false)
        results.append(
            Measurement(
                "encode",
                measure {
                    _ = PathwayDocument.encode(journal.pathway, head: journal.head, historyFile: "h", programFile: "p")
                }))
        results += try keyMeasurements(journal: journal, store: store)
        results.append(Measurement("benchPeakKiB", value: MemoryUsage.peakResidentKiB()))
        return results
    }

    /// Keys as the app loop handles them: reduce, perform the effects, render the 80x24 screen.
    private func keyMeasurements(journal: Journal, store: PathwayStore) throws -> [Measurement] {
        var results: [Measurement] = []
        let now = journal.head.lastAt ?? Timestamp(secondsSince1970: 1_700_000_000)
        var state = Self.mainScreen(journal: journal, path: store.path)
        let down = Action.key(.character("j"))
        // `j` moves down the checklist; back at the top once it reaches the last milestone so
        // every timed press moves the selection and changes the screen.
        let rewind = { (state: inout AppState) in
            if state.selected == .license { state.selected = .step1 }
        }
        results.append(
            Measurement(
                "keyJ",
                measure(prepare: { rewind(&state) }) {
                    _ = AppReducer.reduce(&state, down, now: now)
                    _ = ScreenRenderer.render(state)
                }))
        results.append(
            Measurement(
                "reduceJ", measure(prepare: { rewind(&state) }) { _ = AppReducer.reduce(&state, down, now: now) }))
        results.append(Measurement("render", measure { _ = ScreenRenderer.render(state) }))

        // A key that changes the record: Space ticks (or unticks) an ERAS document; the app then
        // appends the history line, replaces the snapshot (fsyncs included) and draws.
        var ticking = Self.mainScreen(journal: journal, path: store.path)
        ticking.selected = .eras
        ticking.pane = .detail
        ticking.detailIndex = ticking.detailRows.firstIndex { if case .item = $0 { true } else { false } } ?? 0
        let space = Action.key(.character(" "))
        var saveFailures = 0
        results.append(
            Measurement(
                "keyTickSave",
                measure {
                    let effects = AppReducer.reduce(&ticking, space, now: now)
                    if effects.contains(.save) {
                        do { try store.save(ticking.journal) } catch { saveFailures += 1 }
                    }
                    _ = ScreenRenderer.render(ticking)
                }))
        precondition(saveFailures == 0, "saving after a tick failed")

        // `u` undoes the last change: one history line is read by its offset, its slice put
        // back, the undo line appended and the snapshot replaced; redone, untimed, before each.
        var undoing = ticking
        let undo = Action.key(.character("u"))
        let redo = Action.key(.control("r"))
        results.append(
            Measurement(
                "keyUndoSave",
                try measure(prepare: {
                    if undoing.journal.canRedo {
                        _ = AppReducer.reduce(&undoing, redo, now: now)
                        try store.save(undoing.journal)
                    }
                }) {
                    let effects = AppReducer.reduce(&undoing, undo, now: now)
                    if effects.contains(.save) {
                        do { try store.save(undoing.journal) } catch { saveFailures += 1 }
                    }
                    _ = ScreenRenderer.render(undoing)
                }))
        precondition(saveFailures == 0, "saving after an undo failed")
        return results
    }

    /// The main screen at 80x24 with Unicode glyphs, as the program opens on a history.
    static func mainScreen(journal: Journal, path: String) -> AppState {
        var state = AppState(journal: journal, filePath: path, themeName: Theme.defaultName, unicode: true)
        state.screen = .main
        state.width = 80
        state.height = 24
        return state
    }

    private func measure(prepare: () throws -> Void, _ work: () throws -> Void) rethrows -> Samples {
        try Samples.measure(minimumCount: 11, maximumCount: 5_000, budget: budget, prepare: prepare, work)
    }

    private func measure(_ work: () throws -> Void) rethrows -> Samples {
        try measure(prepare: {}, work)
    }
}
