import PathwayCore

/// A screen whose body is one table of rows: programs, letters, US clinical experience, the
/// rank order list.
///
/// The shape is Ratatui's `Table` with its `TableState`, or Bubble Tea's `bubbles/table`: the
/// table keeps its state (the cursor: selection and scroll) and owns what every table does with
/// it (moving, keeping the cursor on a row after a change, a click selecting a row); each screen
/// supplies where its state is kept, how many rows it has, how many the window shows, and its
/// actions. Marks are `MarkableTable`'s; the view side is `ListTable` (columns, rows, marks,
/// footer).
protocol TableFeature: ScreenFeature {
    /// Where the table's cursor is kept in the app state.
    static var cursor: WritableKeyPath<AppState, ListCursor> { get }

    /// How many rows the table has now (what the screen's filter lets through).
    static func rowCount(_ state: AppState) -> Int

    /// How many rows the window shows.
    static func visibleRows(_ state: AppState) -> Int

    /// Moves the cursor for a movement command over `count` rows; false for any other command.
    /// By default rows stay put while the selection moves, and scroll only to follow it.
    static func move(_ state: inout AppState, _ command: Command, count: Int) -> Bool
}

extension TableFeature {
    static func move(_ state: inout AppState, _ command: Command, count: Int) -> Bool {
        state[keyPath: cursor].moveInTable(command, count: count, visible: visibleRows(state))
    }

    /// The start of a table screen's `reduce`: a movement moves the cursor, and the key is done
    /// (true); any other command finds the cursor on a row first, since the change before it
    /// may have removed rows (false: the screen acts on the command).
    static func moved(_ state: inout AppState, _ command: Command, count: Int) -> Bool {
        if move(&state, command, count: count) { return true }
        state[keyPath: cursor].clamp(count: count)
        return false
    }

    /// The selected row's index among `count` rows; nil when there are none.
    static func selectedIndex(_ state: AppState, count: Int) -> Int? {
        count == 0 ? nil : min(max(0, state[keyPath: cursor].selection), count - 1)
    }

    /// Removes rows (undoably) and keeps the cursor on a row of what is left.
    static func removeRows(_ state: inout AppState, _ change: Change, what: String, now: Timestamp) -> [Effect] {
        let effects = AppReducer.recordRemoval(&state, change, what: what, now: now)
        state[keyPath: cursor].clamp(count: rowCount(state))
        return effects
    }

    /// A click on a row selects it where it is (the rows do not move).
    static func click(_ state: inout AppState, x: Int, y: Int) {
        if let clicked = ListTable.cursor(
            clickedAt: x, y, inner: Canvas.inner(ListTable.body(state)), cursor: state[keyPath: cursor],
            count: rowCount(state), visible: visibleRows(state))
        {
            state[keyPath: cursor] = clicked
        }
    }
}
