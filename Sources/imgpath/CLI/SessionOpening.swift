import PathwayCore

#if canImport(Glibc)
    import Glibc
#endif

/// The screen's file, read on another thread while the terminal starts.
///
/// Reading and checking the file and starting the terminal (its description, colours, the
/// settings and the theme) do not depend on each other; with a second processor the first
/// frame waits only for the longer of the two. Nothing is printed from the other thread: the
/// outcome is handed back whole by `wait()`, and the main thread reports it.
final class SessionOpening: @unchecked Sendable {
    // Unchecked: `outcome` is written by the reading thread only, and read only after
    // `pthread_join` has waited for that thread to end.
    private var outcome: Result<(PathwayStore, Journal), StoreError>?
    private let path: String
    private var thread: pthread_t?

    /// Starts reading the pathway at `path` (from `Session.place`), locked for changes, with the
    /// programs in play only (the screen reads the rest after its first frame).
    init(path: String) {
        self.path = path
        var thread = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        let started = pthread_create(
            &thread, nil,
            { context in
                guard let context else { return nil }
                Unmanaged<SessionOpening>.fromOpaque(context).takeRetainedValue().read()
                return nil
            }, context)
        if started == 0 {
            self.thread = thread
        } else {
            // No thread to be had: `wait()` reads the file itself.
            Unmanaged<SessionOpening>.fromOpaque(context).release()
        }
    }

    private func read() {
        outcome = Result { () throws(StoreError) in try PathwayStore.open(path: path, lock: true, allPrograms: false) }
    }

    /// Waits for the file; the opened session, or the store's error (not printed yet).
    func wait() -> Result<Session, StoreError> {
        if let thread {
            pthread_join(thread, nil)
            self.thread = nil
        }
        if outcome == nil { read() }
        switch outcome {
        case .success(let (store, journal)):
            return .success(Session(store: store, journal: journal, clock: FileOptions.clock))
        case .failure(let error): return .failure(error)
        case nil: return .failure(.invalid(path: path, location: "(the whole file)", reason: "it was not read"))
        }
    }
}
