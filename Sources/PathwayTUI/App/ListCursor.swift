/// The selection and scroll position of a list, moved by the movement commands. Every list
/// (the checklist, the details, the picker, the timeline, help) moves with this one type.
///
/// The selection is an index among the lines that can be selected. `scroll` counts lines
/// scrolled on past what keeping the selection in view needs, so that text after the last
/// selectable line (a step's "about", the timeline's "Done") can be read; the caller says how
/// far that can go (`scrollLimit`), so the end of the text is the end of the scroll.
public struct ListCursor: Equatable, Sendable {
    public var selection: Int
    public var scroll: Int

    public init(selection: Int = 0, scroll: Int = 0) {
        self.selection = selection
        self.scroll = scroll
    }

    /// Applies a movement command to a list of `count` selectable lines; returns false (and
    /// changes nothing) for other commands.
    ///
    /// Down (or a page down) at the last line scrolls on, up to `scrollLimit`; up selects the line
    /// before (scrolling back only on a list of one line). The last-line command goes to the very
    /// end.
    @discardableResult
    public mutating func apply(_ command: Command, count: Int, page: Int, scrollLimit: Int = 0) -> Bool {
        let last = max(0, count - 1)
        let limit = max(0, scrollLimit)
        switch command {
        case .moveDown, .pageDown:
            let step = command == .moveDown ? 1 : max(1, page)
            if selection >= last {
                scroll = min(limit, scroll + step)
            } else {
                selection = min(last, selection + step)
                scroll = 0
            }
        case .moveUp, .pageUp:
            let step = command == .moveUp ? 1 : max(1, page)
            if selection > 0 {
                // Up selects the line before at once, the view following it, even when the text
                // under the last line was scrolled into view (k after G reaches the field before).
                selection = max(0, selection - step)
                scroll = 0
            } else {
                scroll = max(0, scroll - step)
            }
        case .moveFirst:
            selection = 0
            scroll = 0
        case .moveLast:
            selection = last
            scroll = limit
        default:
            return false
        }
        return true
    }

    /// Moves the selection in a table whose every line can be selected (programs, letters,
    /// experience), `visible` lines at a time, the way a list moves: the rows stay where they are
    /// while the selection moves among them, and scroll only to follow it past an edge. (`apply`
    /// keeps the selection on the last line shown instead, which suits short lists with text
    /// after them; in a long table it made the rows jump.) Returns false for other commands.
    @discardableResult
    public mutating func moveInTable(_ command: Command, count: Int, visible: Int) -> Bool {
        let visible = max(1, visible)
        let last = max(0, count - 1)
        var top = firstLine(selectedLine: min(max(0, selection), last), lineCount: count, visible: visible)
        let page = max(1, visible - 1)
        switch command {
        case .moveDown: selection = min(last, selection + 1)
        case .moveUp: selection = max(0, min(last, selection) - 1)
        case .pageDown:
            selection = min(last, selection + page)
            top += page
        case .pageUp:
            selection = max(0, min(last, selection) - page)
            top -= page
        case .moveFirst: selection = 0
        case .moveLast: selection = last
        default: return false
        }
        top = min(max(top, selection - visible + 1), selection)
        top = max(0, min(top, count - visible))
        // `firstLine` puts the selection on the last line shown; `scroll` takes the rows on to `top`.
        scroll = 0
        scroll = max(0, top - firstLine(selectedLine: selection, lineCount: count, visible: visible))
        return true
    }

    /// Takes the scroll back to `limit` when it is past it. A list whose room to scroll is
    /// measured from the selected line asks again after a move: `moveLast` scrolls by the room
    /// of the line selected before it, and a scroll past what shows made the next moves up
    /// scroll back unseen before the selection moved.
    public mutating func keepScroll(within limit: Int) {
        scroll = min(scroll, max(0, limit))
    }

    /// Keeps the selection inside a list that has shrunk (or grown) to `count` lines.
    public mutating func clamp(count: Int) {
        selection = min(max(0, selection), max(0, count - 1))
    }

    /// The first line to show of `lineCount` lines in `visible` rows: the selected line in
    /// view with `margin` lines under it, then scrolled on by `scroll`, never past the end.
    public func firstLine(selectedLine: Int, lineCount: Int, visible: Int, margin: Int = 0) -> Int {
        let base = Self.base(selectedLine: selectedLine, visible: visible, margin: margin)
        return max(0, min(base + scroll, lineCount - visible))
    }

    /// How far `scroll` can go before the last line is at the bottom (see `firstLine`).
    public static func scrollLimit(selectedLine: Int, lineCount: Int, visible: Int, margin: Int = 0) -> Int {
        max(0, lineCount - visible - base(selectedLine: selectedLine, visible: visible, margin: margin))
    }

    private static func base(selectedLine: Int, visible: Int, margin: Int) -> Int {
        max(0, selectedLine - visible + 1 + margin)
    }
}
