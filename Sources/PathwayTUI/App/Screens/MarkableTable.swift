import PathwayCore

/// A table whose rows can be marked, so that one action applies to all of them as one change:
/// the marks are part of the table's state beside its cursor (the programs table has them; the
/// other lists act on one row at a time).
protocol MarkableTable: TableFeature {
    /// Where the marked rows' ids are kept in the app state.
    static var marks: WritableKeyPath<AppState, Set<String>> { get }
}

extension MarkableTable {
    /// Marks or unmarks the row `id` and moves on to the next of `count` rows, so that Space
    /// Space Space marks three in a row.
    static func toggleMark(_ state: inout AppState, id: String, count: Int) {
        if state[keyPath: marks].remove(id) == nil { state[keyPath: marks].insert(id) }
        _ = state[keyPath: cursor].moveInTable(.moveDown, count: count, visible: visibleRows(state))
    }

    /// Marks every row shown, or unmarks them when all are marked already.
    static func toggleMarks(_ state: inout AppState, shown ids: [String]) {
        let shown = Set(ids)
        if shown.isSubset(of: state[keyPath: marks]) {
            state[keyPath: marks].subtract(shown)
        } else {
            state[keyPath: marks].formUnion(shown)
        }
    }
}
