import CNcursesw
import PathwayCore
import PathwayTUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real terminal, through ncursesw: starts and restores it, turns a theme into colour pairs
/// and attributes, copies a `Canvas` to the screen and decodes key presses into `Key`s.
///
/// This is the only code that talks to ncurses; everything above it works on `Canvas` and `Key`
/// and is tested without a terminal. All calls stay on the main actor because ncurses keeps its
/// state in globals.
///
/// Input runs in `raw()` mode, not `cbreak()`: Ctrl-C, Ctrl-R, Ctrl-S, Ctrl-Q and Ctrl-Z then
/// arrive as keys (`.control("c")` and so on), so the app decides what Ctrl-C does (quit
/// cleanly) instead of the terminal driver killing the process. SIGINT sent from outside
/// (`kill -INT`), SIGTERM, SIGHUP and crashes still restore the terminal: see
/// `restoreTerminalAndResignal`.
@MainActor
final class TerminalScreen {
    /// How many colours the screen uses.
    enum ColorMode: Equatable {
        /// Attributes only: no colour support, or `NO_COLOR` is set.
        case none
        /// The eight basic colours: themes' `color8` values.
        case eight
        /// The 256-colour palette: themes' `color256` values.
        case full256
    }

    /// Whether the locale's character set is UTF-8; views use ASCII glyphs when it is not.
    let isUTF8: Bool
    let colorMode: ColorMode
    /// Whether the screen is still in curses mode (false after `stop()`).
    private(set) var isActive = true
    /// Whether the terminal has gone away (closed window, dropped SSH connection): reads fail or
    /// reach end of file. With SIGHUP ignored (`nohup`, `trap '' HUP`) nothing else says so,
    /// and a loop that kept reading would spin on the failures while holding the lock.
    private(set) var isGone = false
    /// Failed reads in a row while waiting without a timeout; a blocking read fails only on a
    /// signal or a lost terminal, so a run of them means the terminal is gone.
    private var failedReads = 0
    /// How long `readKey()` waits for a key, in milliseconds; nil waits for ever.
    var keyTimeout: Int? = nil {
        didSet { wtimeout(window, Int32(clamping: keyTimeout ?? -1)) }
    }

    private let window: UnsafeMutablePointer<WINDOW>
    private let mouseEnabled: Bool
    /// What ncurses draws one role with, and what a space in it shows: the background colour
    /// (-1 the terminal's own), or nil when reverse video or underlining shows on a space too.
    /// Spaces that show the same are drawn in the look of the cell before them (see `draw`).
    private typealias Look = (attributes: attr_t, pair: Int16, blank: Int16?)
    /// ncurses attributes and colour pair per role, by `StyleRole.index`.
    private var looks: [Look] = []
    /// What a role without a look (before any theme) is drawn with.
    private static let plainLook: Look = (imgpath_a_normal(), 0, -1)
    /// Set after a resize (the terminal may have rewrapped what it showed) and a theme change:
    /// the next `draw` repaints every cell instead of only the changed ones.
    private var needsFullRepaint = false
    /// The canvas drawn last, to send only what changed.
    private var lastCanvas: Canvas?
    /// The terminal cells of each cluster other than printable ASCII drawn so far, by its UTF-8
    /// bytes (`packed`): box drawing, marks and names repeat on every frame, and finding a
    /// cluster's cells walks its scalars.
    private var clusterCells: [UInt64: [(scalars: [wchar_t], columns: Int)]] = [:]

    /// Starts curses on the controlling terminal.
    ///
    /// - Parameters:
    ///   - environment: the process environment (`TERM`, `NO_COLOR`).
    ///   - mouse: whether to ask for mouse clicks (the terminal's own text selection then needs
    ///     Shift held down).
    /// - Throws: `TerminalError` when stdin or stdout is not a tty, `TERM` is unset or `dumb`,
    ///   or ncurses cannot set the terminal up; nothing has been changed on the terminal then.
    init(environment: [String: String], mouse: Bool = true) throws(TerminalError) {
        if isatty(STDOUT_FILENO) == 0 { throw .notATerminal(stream: "stdout") }
        if isatty(STDIN_FILENO) == 0 { throw .notATerminal(stream: "stdin") }
        guard let term = environment["TERM"], !term.isEmpty, term != "dumb" else {
            throw .incapableTerminal(term: environment["TERM"])
        }

        // Before curses starts: ncurses picks its wide-character handling from the locale.
        setlocale(LC_ALL, "")
        isUTF8 = Self.localeIsUTF8()

        // Installed before curses starts so that ncurses, finding handlers in place, does not
        // add its own SIGINT/SIGTERM cleanup on top (endwin must run exactly once).
        Self.installSignalHandlers()
        guard imgpath_newterm(term) != nil, let screen = imgpath_stdscr() else {
            Self.restorePreviousSignalHandlers()
            throw .cannotStart(term: term)
        }
        window = screen
        mouseEnabled = mouse

        raw()
        noecho()
        nonl()
        keypad(window, true)
        // Nothing shows the cursor, so ncurses need not move it after each update.
        leaveok(window, true)
        curs_set(0)
        // Esc alone should feel instant; 25 ms still joins the bytes of an arrow key over SSH.
        set_escdelay(25)
        if mouse {
            let wanted =
                imgpath_button1_pressed() | imgpath_button1_clicked() | imgpath_button4_pressed()
                | imgpath_button5_pressed()
            mousemask(wanted, nil)
            // Report a press at once instead of waiting to see whether it becomes a click.
            mouseinterval(0)
        }

        colorMode = Self.startColors(environment: environment)
        apply(theme: Theme.standard)
    }

    isolated deinit {
        stop()
    }

    /// The screen size in cells.
    var size: (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// Sets up one colour pair per role (pair number = role index + 1) and the attributes each
    /// role draws with, for the current colour mode. Takes effect on the next `draw`.
    func apply(theme: Theme) {
        guard isActive else { return }
        var looks = [Look](repeating: Self.plainLook, count: StyleRole.allCases.count)
        for role in StyleRole.allCases {
            let index = role.index
            let style = theme.style(for: role)
            var attributes = imgpath_a_normal()
            for attribute in style.attributes {
                switch attribute {
                case .bold: attributes |= imgpath_a_bold()
                case .reverse: attributes |= imgpath_a_reverse()
                case .underline: attributes |= imgpath_a_underline()
                case .dim: attributes |= imgpath_a_dim()
                }
            }
            let pair = Int16(index + 1)
            let showsOnBlank = style.attributes.contains(.reverse) || style.attributes.contains(.underline)
            switch colorMode {
            case .none:
                looks[index] = (attributes, 0, showsOnBlank ? nil : -1)
            case .eight:
                let (foreground, background) = (style.foreground8.ansiIndex, style.background8.ansiIndex)
                init_pair(pair, Self.colorNumber(foreground), Self.colorNumber(background))
                looks[index] = (attributes, pair, showsOnBlank ? nil : Self.colorNumber(background))
            case .full256:
                init_pair(pair, Self.colorNumber(style.foreground256), Self.colorNumber(style.background256))
                looks[index] = (attributes, pair, showsOnBlank ? nil : Self.colorNumber(style.background256))
            }
        }
        self.looks = looks
        // Changing pairs already on screen does not repaint them on every terminal.
        needsFullRepaint = true
    }

    /// Copies the canvas to the screen and shows it. ncurses sends only the cells that changed,
    /// so redrawing the whole canvas every frame does not flicker.
    ///
    /// A row that changed goes to ncurses whole, in one `mvwadd_wchnstr` call from its first
    /// column. Cell by cell, ncurses' own window drifted from the canvas: `mvwadd_wch` of a
    /// one-column character over the first half of a wide one leaves the second half marked as
    /// its continuation, and a later write there blanks the character just drawn, so letters
    /// and borders went missing after a screen change. A whole row leaves no half behind.
    func draw(_ canvas: Canvas) {
        guard isActive else { return }
        if needsFullRepaint {
            clearok(window, true)
            needsFullRepaint = false
            lastCanvas = nil
        }
        // Rows equal to the last frame's are already on screen: only the changed ones are
        // handed to ncurses (a moving key changes a few rows).
        let previous = lastCanvas.flatMap { $0.width == canvas.width && $0.height == canvas.height ? $0.cells : nil }
        defer { lastCanvas = canvas }
        let (width, height) = size
        let rows = min(canvas.height, height)
        let columns = min(canvas.width, width)
        let looks = self.looks
        let grid = canvas.cells
        // One row's terminal cells: a wide character is one entry, which ncurses spreads over
        // its two columns.
        var row = [cchar_t](repeating: cchar_t(), count: max(1, columns))
        // A blank cell for each look (role, and whether emphasized), made once: a printable ASCII
        // cell is its look's blank with the character put in.
        var blanks = [cchar_t?](repeating: nil, count: (looks.count + 1) * 2)
        for y in 0..<rows {
            let rowStart = y * canvas.width
            if let previous,
                previous[rowStart..<(rowStart + canvas.width)] == grid[rowStart..<(rowStart + canvas.width)]
            {
                continue
            }
            var count = 0
            var x = 0
            // The look of the cell before (its place in `blanks`), and what a space in it shows.
            var before: (look: Int, shows: Int16)?
            while x < columns {
                let source = grid[rowStart + x]
                let role = min(source.role.index, looks.count)
                var look = role < looks.count ? looks[role] : Self.plainLook
                if source.emphasis { look.attributes |= imgpath_a_bold() }
                let blank: cchar_t
                if source.character == " ", let before, let shows = look.blank, shows == before.shows,
                    let earlier = blanks[before.look]
                {
                    // A space shows only its background: in the look before it, which shows the
                    // same, the terminal is sent no colour change for it (a frame has hundreds).
                    blank = earlier
                } else {
                    let lookIndex = role * 2 + (source.emphasis ? 1 : 0)
                    blank = blanks[lookIndex] ?? Self.cell(ascii: 0x20, look: look)
                    blanks[lookIndex] = blank
                    if let shows = look.blank { before = (lookIndex, shows) } else { before = nil }
                }
                // nil is a column covered by the cluster to its left; one without a cluster
                // (never drawn so by the views) shows as a blank.
                guard let character = source.character else {
                    row[count] = blank
                    count += 1
                    x += 1
                    continue
                }
                if let ascii = TextWidth.printableASCII(character) {
                    // Nearly every cell: one printable ASCII character.
                    var cell = blank
                    cell.chars.0 = wchar_t(ascii)
                    row[count] = cell
                    count += 1
                    x += 1
                    continue
                }
                // The cluster's terminal cells, one after another (a Devanagari syllable may
                // take several); columns it leaves over are blanked.
                var end = x + 1
                while end < canvas.width, grid[rowStart + end].character == nil { end += 1 }
                end = min(end, columns)
                var column = x
                for part in cells(of: character) where column + part.columns <= end {
                    row[count] = Self.cell(part.scalars, blank: blank)
                    count += 1
                    column += part.columns
                }
                while column < end {
                    row[count] = blank
                    count += 1
                    column += 1
                }
                x = end
            }
            row.withUnsafeBufferPointer { _ = mvwadd_wchnstr(window, Int32(y), 0, $0.baseAddress, Int32(count)) }
            if columns < width {
                wattr_set(window, imgpath_a_normal(), 0, nil)
                wmove(window, Int32(y), Int32(columns))
                wclrtoeol(window)
            }
        }
        if rows < height {
            wattr_set(window, imgpath_a_normal(), 0, nil)
            wmove(window, Int32(rows), 0)
            wclrtobot(window)
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// The next key, or nil when `keyTimeout` passed without one (so the app loop can tick) or
    /// the input was something imgpath has no key for.
    func readKey() -> Key? {
        guard isActive else { return nil }
        var value: wint_t = 0
        let result = wget_wch(window, &value)
        if result == ERR {
            if keyTimeout == nil { failedReads += 1 }
            if failedReads >= 64 || Self.inputHungUp() { isGone = true }
            return nil
        }
        failedReads = 0
        if result == KEY_CODE_YES { return functionKey(Int32(bitPattern: UInt32(value))) }
        return Self.key(forCharacter: UInt32(value))
    }

    /// Gives the terminal to another program (an editor) while `body` runs, then takes it back
    /// and repaints everything on the next `draw`.
    func suspended<T>(_ body: () -> T) -> T {
        guard isActive else { return body() }
        def_prog_mode()
        endwin()
        let result = body()
        reset_prog_mode()
        needsFullRepaint = true
        return result
    }

    /// Leaves curses mode and gives the terminal back as it was. Safe to call more than once;
    /// only the first call does anything, so `endwin()` runs exactly once.
    func stop() {
        guard isActive else { return }
        isActive = false
        if mouseEnabled { mousemask(0, nil) }
        endwin()
        // After endwin the handlers have nothing left to restore.
        Self.restorePreviousSignalHandlers()
    }

    /// Whether standard input (the terminal) reports a hang-up or an error: after the terminal
    /// closes, `poll` says so at once, where a read only fails (EIO) or returns nothing.
    private static func inputHungUp() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return errno != EINTR }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    // MARK: Keys

    /// The key for a character code from `wget_wch` (not a function-key code).
    nonisolated static func key(forCharacter code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26:
            guard let letter = Unicode.Scalar(UInt32(UInt8(ascii: "a")) + code - 1) else { return nil }
            return .control(Character(letter))
        case 0..<32, 0x80..<0xA0:
            // Ctrl-Space, Ctrl-\ and the like, and C1 controls: nothing is bound to them.
            return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    private func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case imgpath_key_resize():
            // ncurses has already resized its windows (it handles SIGWINCH itself); the
            // terminal, though, may have rewrapped the old screen, so repaint all of it.
            needsFullRepaint = true
            return .resize
        case imgpath_key_mouse(): return mouseKey()
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    private func mouseKey() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        if event.bstate & (imgpath_button1_pressed() | imgpath_button1_clicked()) != 0 {
            return .click(x: Int(event.x), y: Int(event.y))
        }
        // The wheel scrolls like the arrow keys.
        if event.bstate & imgpath_button4_pressed() != 0 { return .up }
        if event.bstate & imgpath_button5_pressed() != 0 { return .down }
        return nil
    }

    // MARK: Drawing helpers

    /// `drawableCells` for a cluster, remembered.
    private func cells(of character: Character) -> [(scalars: [wchar_t], columns: Int)] {
        // A longer cluster (an emoji sequence, a syllable of several marks) is rare enough to
        // work out each time.
        guard let key = Self.packed(character) else { return Self.drawableCells(character, isUTF8: isUTF8) }
        if let known = clusterCells[key] { return known }
        let cells = Self.drawableCells(character, isUTF8: isUTF8)
        // Bounded: a screen of names in many scripts is a few thousand distinct clusters.
        if clusterCells.count > 4096 { clusterCells.removeAll(keepingCapacity: true) }
        clusterCells[key] = cells
        return cells
    }

    /// A cluster of up to seven UTF-8 bytes as one number (its bytes, and their count in the top
    /// byte so that no two clusters share one), or nil for a longer one. A number is hashed in a
    /// few instructions where a `Character` is normalized first.
    private nonisolated static func packed(_ character: Character) -> UInt64? {
        var value: UInt64 = 0
        var count: UInt64 = 0
        for byte in character.utf8 {
            guard count < 7 else { return nil }
            value = value << 8 | UInt64(byte)
            count += 1
        }
        return count << 56 | value
    }

    /// The terminal cells to draw a cluster in (see `TextWidth.cells(of:)`), as wide characters
    /// for ncurses: each a spacing character with the marks it carries. Control characters (as
    /// `TerminalText.isControl` sees them, like every other output), and anything non-ASCII
    /// without a UTF-8 locale, become `?`: raw controls must never reach the terminal.
    ///
    /// Static and nonisolated, like `cell`, so that its closures need no main-actor check per cell.
    private nonisolated static func drawableCells(_ character: Character, isUTF8: Bool) -> [(
        scalars: [wchar_t], columns: Int
    )] {
        let cells = TextWidth.cells(of: character)
        for scalar in character.unicodeScalars {
            let value = scalar.value
            let safe = !TerminalText.isControl(scalar) && (isUTF8 || value < 0x80)
            if !safe { return [([wchar_t(UInt8(ascii: "?"))], 1)] }
        }
        return cells.map { cell in (cell.scalars.map { wchar_t(bitPattern: $0.value) }, cell.width) }
    }

    /// One terminal cell holding a printable ASCII character.
    private nonisolated static func cell(ascii: UInt8, look: Look) -> cchar_t {
        var cell = cchar_t()
        var text: (wchar_t, wchar_t) = (wchar_t(ascii), 0)
        withUnsafePointer(to: &text) { pair in
            pair.withMemoryRebound(to: wchar_t.self, capacity: 2) { characters in
                _ = setcchar(&cell, characters, look.attributes, look.pair, nil)
            }
        }
        return cell
    }

    /// One terminal cell holding a spacing character and the zero-width characters it carries
    /// (`TextWidth.cells(of:)`, at most `CCHARW_MAX`). The characters are written into the
    /// `cchar_t` directly rather than through `setcchar`, which would measure them again.
    /// `blank` is a space in the look wanted (`cell(ascii:look:)`): its colours and attributes
    /// are kept.
    private nonisolated static func cell(_ scalars: [wchar_t], blank: cchar_t) -> cchar_t {
        var cell = blank
        withUnsafeMutableBytes(of: &cell.chars) { raw in
            let slots = raw.bindMemory(to: wchar_t.self)
            for index in slots.indices { slots[index] = index < scalars.count ? scalars[index] : 0 }
        }
        return cell
    }

    // MARK: Start-up helpers

    /// A colour for `init_pair`: -1 is the terminal's default (after `use_default_colors`).
    private static func colorNumber(_ index: Int?) -> Int16 {
        Int16(clamping: index ?? -1)
    }

    private static func localeIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    /// Starts colour when the terminal has it and the user has not asked for none
    /// (`NO_COLOR` set to anything non-empty, see no-color.org).
    private static func startColors(environment: [String: String]) -> ColorMode {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        guard has_colors() else { return .none }
        start_color()
        // Lets themes say "the terminal's own colour" (-1), which light and dark
        // terminals both need for text on their own background.
        use_default_colors()
        guard imgpath_color_pairs() > StyleRole.allCases.count else { return .none }
        if imgpath_colors() >= 256 { return .full256 }
        if imgpath_colors() >= 8 { return .eight }
        return .none
    }

    /// Signals after which the terminal must not be left in curses mode: the polite ones
    /// (interrupt, terminate, hang-up) and crashes, so a crash report prints on a sane terminal.
    private static let restoringSignals: [Int32] = [
        SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV,
    ]

    /// Whether our handlers are in place; a second screen must not save them as "previous".
    private static var signalHandlersInstalled = false

    private static func installSignalHandlers() {
        guard !signalHandlersInstalled else { return }
        signalHandlersInstalled = true
        for signalNumber in restoringSignals {
            var action = sigaction()
            #if canImport(Glibc)
                action.__sigaction_handler.sa_handler = restoreTerminalAndResignal
            #else
                action.__sigaction_u.__sa_handler = restoreTerminalAndResignal
            #endif
            sigemptyset(&action.sa_mask)
            // On the alternate stack the Swift runtime sets up, if any, so a stack overflow can
            // still restore the terminal.
            action.sa_flags = Int32(truncatingIfNeeded: SA_ONSTACK)
            sigaction(signalNumber, &action, previousSignalActions + Int(signalNumber))
        }
    }

    private static func restorePreviousSignalHandlers() {
        guard signalHandlersInstalled else { return }
        signalHandlersInstalled = false
        for signalNumber in restoringSignals {
            sigaction(signalNumber, previousSignalActions + Int(signalNumber), nil)
        }
    }
}

/// The signal actions in place before `TerminalScreen` installed its own, indexed by signal
/// number, so that after restoring the terminal a signal gets its usual treatment (the default
/// action, or the Swift runtime's crash backtrace).
///
/// A signal handler can reach no actor, so this one piece of state is shared without isolation:
/// written only on the main actor while the handlers are not installed, read only by the handler.
nonisolated(unsafe) private let previousSignalActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

/// Ends the process as SIGTERM would. For SIGQUIT (Ctrl-\, `kill -QUIT`): the Swift runtime's
/// crash backtracer would otherwise catch it and wait (up to 30 s) for someone to read the
/// backtrace, while the pathway file's lock is held. A quit is a request to stop, not a crash.
func endLikeTerminate() {
    signal(SIGTERM, SIG_DFL)
    // SIGTERM is not blocked in a SIGQUIT handler, so it is delivered here and now.
    raise(SIGTERM)
}

/// The handler for the signals in `TerminalScreen.restoringSignals` while the screen is up:
/// gives the terminal back (`endwin`), puts back the action that was there before and sends the
/// signal again, so the process ends (or the crash is reported) as it would have without us.
///
/// `endwin` is not on POSIX's async-signal-safe list; it is what ncurses' own handler does, and
/// the alternative (setting a flag for the main loop) would leave the terminal broken whenever
/// the loop is blocked or the process is crashing. Nothing needs saving here: the pathway file
/// is saved after every change. `isendwin()` keeps `endwin` from running twice if `stop()` ran.
private func restoreTerminalAndResignal(_ signalNumber: Int32) {
    if !isendwin() { endwin() }
    if signalNumber == SIGQUIT {
        endLikeTerminate()
        return
    }
    sigaction(signalNumber, previousSignalActions + Int(signalNumber), nil)
    // Blocked while this handler runs; delivered to the restored action as soon as it returns.
    raise(signalNumber)
}
