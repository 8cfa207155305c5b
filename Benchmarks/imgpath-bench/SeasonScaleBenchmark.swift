import PathwayCore
import PathwayTUI

/// The season at full size, in process: a 3,000-row sheet imported (read, matched, checked by
/// the rules) and taken back, a filter keystroke with its redraw on the programs table, and the
/// first frame's reading of a saved file with only the programs in play against reading them all.
struct SeasonScaleBenchmark {
    static let programs = 3_000
    let budget: UInt64
    /// A folder for the saved file.
    let folder: String

    func run() throws -> [Measurement] {
        let bytes = Array(SeasonBenchmark.sheet(programs: Self.programs).utf8)
        let clock = Clock.fixed(Timestamp(secondsSince1970: 1_800_000_000))
        let now = clock.now()
        var results: [Measurement] = []
        let (importing, imported) = try SeasonBenchmark.importing(bytes, clock: clock, budget: budget)
        results.append(Measurement("import3000", importing))
        var undoing = imported
        let undo = Samples.measure(
            budget: budget, prepare: { undoing = imported }, { _ = undoing.undo(clock: clock) })
        results.append(Measurement("undoImport3000", undo))

        // The programs table at 80x24 and a filter keystroke with its redraw.
        var state = AppState(
            journal: imported, filePath: folder + "/p.json", themeName: Theme.defaultName, unicode: true)
        state.width = 80
        state.height = 24
        _ = AppReducer.reduce(&state, .key(.character("P")), now: now)
        results.append(
            Measurement("filterKey3000", SeasonBenchmark.filterKeystroke(on: state, now: now, budget: budget)))

        // Reading the saved file: what the first frame reads, and the whole list after it.
        let path = folder + "/p.json"
        let (store, _) = try PathwayStore.open(path: path, lock: false)
        try store.save(imported)
        results.append(
            Measurement(
                "openInPlay3000",
                try Samples.measure(budget: budget) {
                    _ = try PathwayStore.open(path: path, lock: false, allPrograms: false)
                }))
        results.append(
            Measurement(
                "openAll3000",
                try Samples.measure(budget: budget) { _ = try PathwayStore.open(path: path, lock: false) }))
        // A milestone change as the screen makes it: recorded, saved with every flush, redrawn;
        // on the 3,000-program file and on a file with no programs.
        let small = folder + "/small.json"
        var empty = Journal()
        _ = empty.record(.note(.step1, text: "Prometric, Dubai"), clock: clock)
        try PathwayStore.open(path: small, lock: false).0.save(empty)
        results.append(Measurement("changeSmall", try change(path: small, clock: clock)))
        results.append(Measurement("change3000", try change(path: path, clock: clock)))
        return results
    }

    /// The a key and Enter on Step 1 as the screen takes them (its next status, today): through
    /// the reducer, with the plan kept from frame to frame, saved with every flush and drawn at
    /// 80x24. u, not timed, takes the change back before each round. The file is read whole
    /// first, as the screen reads it after its first frame.
    private func change(path: String, clock: Clock) throws -> Samples {
        let (store, opened) = try PathwayStore.open(path: path, lock: true)
        var state = AppState(journal: opened, filePath: path, themeName: Theme.defaultName, unicode: true)
        state.width = 80
        state.height = 24
        func press(_ key: Key) throws {
            var pending: [Action] = [.key(key)]
            while !pending.isEmpty {
                for effect in AppReducer.reduce(&state, pending.removeFirst(), now: clock.now()) {
                    guard case .save = effect else { continue }
                    try store.save(state.journal)
                    pending.append(.saveFinished(.success(store.writtenHistoryBytes)))
                }
            }
            _ = ScreenRenderer.render(state)
        }
        return try Samples.measure(
            budget: budget, prepare: { try press(.character("u")) },
            {
                try press(.character("a"))
                try press(.enter)
            })
    }
}
