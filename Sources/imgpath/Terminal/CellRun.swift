import CNcursesw

/// Cells of one row at consecutive columns, gathered to go to ncurses in one `mvwadd_wchnstr`
/// call. One cell at a time, `mvwadd_wch` also moves the cursor and checks for control
/// characters and wrapping, which costs several times the copy itself on a 1,920-cell frame.
///
/// Only single-column characters (printable ASCII, blanks) belong in a run: ncurses places a
/// run's characters by its own idea of their widths, where a cluster is placed by imgpath's.
struct CellRun {
    private let window: UnsafeMutablePointer<WINDOW>
    private var cells: [cchar_t]
    private var count = 0
    /// Where the run starts.
    private var y: Int32 = 0
    private var x: Int32 = 0

    /// - Parameter capacity: the longest run wanted (a row's width); a longer one is sent in parts.
    init(window: UnsafeMutablePointer<WINDOW>, capacity: Int) {
        self.window = window
        cells = [cchar_t](repeating: cchar_t(), count: max(1, capacity))
    }

    /// Adds the cell at (x, y), first sending the run so far if the cell does not continue it.
    mutating func append(_ cell: cchar_t, y: Int, x: Int) {
        if count == cells.count || (count > 0 && (Int32(y) != self.y || Int32(x) != self.x + Int32(count))) {
            flush()
        }
        if count == 0 {
            self.y = Int32(y)
            self.x = Int32(x)
        }
        cells[count] = cell
        count += 1
    }

    /// Hands the run to ncurses (which shows it at the next refresh) and starts a new one.
    mutating func flush() {
        guard count > 0 else { return }
        let (y, x, count) = (y, x, Int32(count))
        cells.withUnsafeBufferPointer { _ = mvwadd_wchnstr(window, y, x, $0.baseAddress, count) }
        self.count = 0
    }
}
