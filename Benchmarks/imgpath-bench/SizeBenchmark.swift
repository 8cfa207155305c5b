import PathwayCore
import PathwayTUI

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

    /// The generated journal and the file bytes it saves as.
    static func fixture(events: Int) throws -> (Journal, [UInt8]) {
        var generator = HistoryGenerator(seed: seed, events: events)
        let journal = generator.journal(events: events)
        return (journal, try PathwayDocument(journal: journal).encoded())
    }

    /// Every figure for this size, in report order.
    func run() throws -> [Measurement] {
        let generated = Stopwatch.now()
        let (journal, bytes) = try Self.fixture(events: events)
        var results = [Measurement("generate", value: Int(Stopwatch.now() - generated))]
        results.append(Measurement("fileBytes", value: bytes.count))
        let path = folder + "/pathway-\(events).json"

        // Loading: bytes to journal (UTF-8 and syntax checks, JSON decoding, replay), the replay
        // alone, and the whole open from disk as the program does it.
        results.append(Measurement("load", try measure { _ = try PathwayDocument.decode(bytes, path: path) }))
        let history = journal.history
        results.append(Measurement("replay", measure { _ = Journal(history: history) }))
        results.append(Measurement("encode", try measure { _ = try PathwayDocument(journal: journal).encoded() }))

        // Saving: encode, compare with the file on disk, write the backup and the new file, each
        // through a temporary file, fsync and rename, then fsync the folder.
        let (store, _) = try PathwayStore.open(path: path, lock: false)
        try store.save(journal)
        results.append(Measurement("save", try measure { try store.save(journal) }))
        results.append(Measurement("open", try measure { _ = try PathwayStore.open(path: path, lock: false) }))

        results += try keyMeasurements(journal: journal, store: store)
        results.append(Measurement("benchPeakKiB", value: MemoryUsage.peakResidentKiB()))
        return results
    }

    /// Keys as the app loop handles them: reduce, perform the effects, render the 80x24 screen.
    private func keyMeasurements(journal: Journal, store: PathwayStore) throws -> [Measurement] {
        var results: [Measurement] = []
        let now = journal.history.last?.at ?? Timestamp(secondsSince1970: 1_700_000_000)
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

        // A key that changes the record: Space ticks an ERAS document; the app then saves the
        // whole file and draws. The tick is undone (untimed) before the next run so the history
        // keeps its size.
        var ticking = Self.mainScreen(journal: journal, path: store.path)
        ticking.selected = .eras
        ticking.pane = .detail
        ticking.detailIndex = ticking.detailRows.firstIndex { if case .item = $0 { true } else { false } } ?? 0
        let space = Action.key(.character(" "))
        var saveFailures = 0
        results.append(
            Measurement(
                "keyTickSave",
                measure(prepare: {
                    if ticking.journal.history.count > journal.history.count { _ = ticking.journal.undo() }
                }) {
                    let effects = AppReducer.reduce(&ticking, space, now: now)
                    if effects.contains(.save) {
                        do { try store.save(ticking.journal) } catch { saveFailures += 1 }
                    }
                    _ = ScreenRenderer.render(ticking)
                }))
        precondition(saveFailures == 0, "saving after a tick failed")

        // `u` undoes the last change: the journal replays the remaining history. Timed without
        // the save that follows it (that is the save figure); redone, untimed, before each run.
        var undoing = Self.mainScreen(journal: journal, path: store.path)
        let undo = Action.key(.character("u"))
        let redo = Action.key(.control("r"))
        results.append(
            Measurement(
                "keyUndo",
                measure(prepare: {
                    if undoing.journal.history.count < journal.history.count {
                        _ = AppReducer.reduce(&undoing, redo, now: now)
                    }
                }) {
                    _ = AppReducer.reduce(&undoing, undo, now: now)
                    _ = ScreenRenderer.render(undoing)
                }))
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
