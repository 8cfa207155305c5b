import PathwayCore
import PathwayTUI

/// The application season at the size the issue names: 600 programs, 60 letters, a 20,000-change
/// history. Times the import of a 600-row sheet (read, matched, checked by the rules), drawing the
/// programs table, and a filter keystroke with its redraw, in process.
struct SeasonBenchmark {
    static let programs = 600
    static let letters = 60
    static let history = 20_000
    let budget: UInt64

    /// Programs as a person's sheet would hold them (600 unless asked), with every column filled.
    static func sheet(programs: Int = programs) -> String {
        let states = ["NY", "CA", "TX", "IL", "PA", "MI", "OH", "FL", "NJ", "MA"]
        let visas = ["j1", "h1b", "both", "none", "unknown"]
        var text =
            "Program Name,City,State,Visa Sponsorship,Step 2 CK cutoff,YOG cutoff,USCE required,Fee,Applied,Notes\r\n"
        for index in 1...programs {
            let applied = index % 3 == 0 ? "" : "2026-09-\(10 + index % 18)"
            text +=
                "\"Program \(index), Internal Medicine\",City \(index % 97),\(states[index % states.count]),"
                + "\(visas[index % visas.count]),\(210 + index % 40),\(index % 11),\(index % 2 == 0 ? "yes" : "no"),"
                + "$\(index % 90).00,\(applied),\"note \(index) with \"\"quotes\"\"\"\r\n"
        }
        return text
    }

    /// A file with the generated history, then the 600 programs and 60 letters, for the first
    /// frame in `Benchmarks/startup.sh`.
    static func fixture(path: String) throws {
        var generator = HistoryGenerator(seed: SizeBenchmark.seed, events: history)
        var journal = generator.journal(events: history)
        let clock = Clock.fixed(Timestamp(secondsSince1970: 1_800_000_000))
        let today = clock.now().localDay
        let read = try ProgramSheet(bytes: Array(sheet().utf8), today: today)
        let plan = ProgramImport(entries: read.entries, columns: read.columns, into: journal.pathway)
        _ = journal.record(.importPrograms(plan.programs), clock: clock)
        for index in 1...letters {
            _ = journal.record(.addLetter(Letter(id: "", writer: "Dr. Writer \(index)")), clock: clock)
        }
        let (store, _) = try PathwayStore.open(path: path, lock: false)
        try store.save(journal)
    }

    /// 3,000 programs: `*` marks every row the table shows, `w` asks the day, Enter withdraws
    /// them all as one change; then `u` takes it back. In memory, as the reducer does it (the
    /// save is the store's, timed elsewhere).
    func marks(clock: Clock) throws -> [Measurement] {
        let now = clock.now()
        let read = try ProgramSheet(bytes: Array(Self.sheet(programs: 3_000).utf8), today: now.localDay)
        let plan = ProgramImport(entries: read.entries, columns: read.columns, into: Pathway())
        var journal = Journal()
        guard case .success = journal.record(.importPrograms(plan.programs), clock: clock) else {
            throw ChildProcess.Failure(description: "the 3,000-program sheet was refused")
        }
        var fresh = AppState(journal: journal, filePath: "/tmp/p.json", themeName: Theme.defaultName, unicode: true)
        fresh.width = 80
        fresh.height = 24
        _ = AppReducer.reduce(&fresh, .key(.character("P")), now: now)
        var state = fresh
        var applied = 0
        let marking = Samples.measure(
            budget: budget, prepare: { state = fresh },
            {
                for key: Key in [.character("*"), .character("w"), .enter] {
                    _ = AppReducer.reduce(&state, .key(key), now: now)
                }
                applied = state.pathway.programs.filter { $0.status == .withdrawn }.count
            })
        guard applied == 3_000 else {
            throw ChildProcess.Failure(description: "marking all withdrew \(applied) of 3,000 programs")
        }
        var undoing = state
        let undo = Samples.measure(
            budget: budget, prepare: { undoing = state },
            { _ = AppReducer.reduce(&undoing, .key(.character("u")), now: now) })
        // One undo puts every program back as it was before the marks.
        guard undoing.pathway.programs == fresh.pathway.programs else {
            throw ChildProcess.Failure(description: "one undo did not restore the 3,000 programs")
        }
        return [Measurement("markAll3000", marking), Measurement("undoMarks3000", undo)]
    }

    func run() throws -> [Measurement] {
        let bytes = Array(Self.sheet().utf8)
        let clock = Clock.fixed(Timestamp(secondsSince1970: 1_800_000_000))
        var results: [Measurement] = []
        let (importing, imported) = try Self.importing(bytes, clock: clock, budget: budget)
        results.append(Measurement("import600", importing))

        var state = AppState(journal: imported, filePath: "/tmp/p.json", themeName: Theme.defaultName, unicode: true)
        state.width = 120
        state.height = 40
        let now = clock.now()
        _ = AppReducer.reduce(&state, .key(.character("P")), now: now)
        results.append(
            Measurement("programsFrame", Samples.measure(budget: budget) { _ = ScreenRenderer.render(state) }))
        results.append(Measurement("filterKey", Self.filterKeystroke(on: state, now: now, budget: budget)))
        results += try marks(clock: clock)
        return results
    }

    /// Importing a sheet as the command does (read, matched, checked by the rules) into an empty
    /// pathway, timed; with the journal it gives.
    static func importing(_ bytes: [UInt8], clock: Clock, budget: UInt64) throws -> (Samples, Journal) {
        var imported = Journal()
        let samples = try Samples.measure(budget: budget) {
            let read = try ProgramSheet(bytes: bytes, today: clock.now().localDay)
            let plan = ProgramImport(entries: read.entries, columns: read.columns, into: Pathway())
            var journal = Journal()
            guard case .success = journal.record(.importPrograms(plan.programs), clock: clock) else {
                throw ChildProcess.Failure(description: "the sheet was refused")
            }
            imported = journal
        }
        return (samples, imported)
    }

    /// A filter keystroke on the programs table with its redraw, timed: `/` opens the filter,
    /// then each sample types `7` into it from the same state.
    static func filterKeystroke(on programsScreen: AppState, now: Timestamp, budget: UInt64) -> Samples {
        var state = programsScreen
        _ = AppReducer.reduce(&state, .key(.character("/")), now: now)
        var filtering = state
        return Samples.measure(
            budget: budget, prepare: { filtering = state },
            {
                _ = AppReducer.reduce(&filtering, .key(.character("7")), now: now)
                _ = ScreenRenderer.render(filtering)
            })
    }
}
