import Dispatch
import PathwayCore

/// The screen's file, read on another thread while the terminal starts.
///
/// Reading and checking the file and starting the terminal (its description, colours, the
/// settings and the theme) do not depend on each other; with a second processor the first
/// frame waits only for the longer of the two. Nothing is printed from the other thread: the
/// outcome is handed back whole by `wait()`, and the main thread reports it.
final class SessionOpening: @unchecked Sendable {
    // Unchecked: `outcome` is written once on the other thread before `finished` is signalled,
    // and read only after waiting for that signal.
    private var outcome: Result<(PathwayStore, Journal), StoreError>?
    private let finished = DispatchSemaphore(value: 0)
    private let path: String

    /// Starts reading the pathway at `path` (from `Session.place`), locked for changes, with the
    /// programs in play only (the screen reads the rest after its first frame).
    init(path: String) {
        self.path = path
        DispatchQueue.global(qos: .userInteractive).async { [self] in
            outcome = Result { () throws(StoreError) in
                try PathwayStore.open(path: path, lock: true, allPrograms: false)
            }
            finished.signal()
        }
    }

    /// Waits for the file; the opened session, or the store's error (not printed yet).
    func wait() -> Result<Session, StoreError> {
        finished.wait()
        switch outcome {
        case .success(let (store, journal)):
            return .success(Session(store: store, journal: journal, clock: FileOptions.clock))
        case .failure(let error): return .failure(error)
        case nil: return .failure(.invalid(path: path, location: "(the whole file)", reason: "it was not read"))
        }
    }
}
