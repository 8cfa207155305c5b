import PathwayCore

/// The rank order list: the interviewed programs in the person's order, moved up and down and
/// certified; SOAP programs are listed apart, below it.
enum RankOrderScreen: TableFeature {
    static let keyMap = KeyMap(
        "Rank order list",
        KeyMap.movement()
            + [
                KeyBinding(
                    [.character("J")], .moveItemDown, help: "Move the program down the list", hint: "reorder",
                    barKeys: "J/K"),
                KeyBinding([.character("K")], .moveItemUp, help: "Move the program up the list"),
                KeyBinding([.character("c")], .certify, help: "Certify the list, dated today", hint: "certify"),
                KeyBinding([.escape], .back, help: "Back to the programs table", hint: "back"),
            ])

    static var cursor: WritableKeyPath<AppState, ListCursor> { \.programs.rank }

    static func rowCount(_ state: AppState) -> Int { state.pathway.rankOrder.ranked(state.pathway.programs).count }

    /// The list pages by five: its lines (the SOAP programs under it) are not all rows.
    static func visibleRows(_ state: AppState) -> Int { 5 }

    /// The rank order list moves as short lists do (the SOAP programs under it can be scrolled to).
    static func move(_ state: inout AppState, _ command: Command, count: Int) -> Bool {
        state.programs.rank.apply(command, count: count, page: visibleRows(state))
    }

    /// Its rows are lines without a heading, unlike the tables `ListTable` draws: clicks do nothing.
    static func click(_ state: inout AppState, x: Int, y: Int) {}

    static func reduce(_ state: inout AppState, _ command: Command, now: Timestamp) -> [Effect] {
        let ranked = state.pathway.rankOrder.ranked(state.pathway.programs)
        if moved(&state, command, count: ranked.count) { return [] }
        let index = state.programs.rank.selection
        switch command {
        case .moveItemDown, .moveItemUp:
            guard !ranked.isEmpty else { return empty(&state) }
            // Positions are 1-based: the selected one is at index + 1.
            let position = command == .moveItemDown ? index + 2 : index
            guard position >= 1, position <= ranked.count else {
                state.message = StatusMessage(
                    command == .moveItemDown ? "Already last on the list" : "Already first on the list")
                return []
            }
            let effects = AppReducer.record(&state, .rankMove(id: ranked[index].id, position: position), now: now)
            if !effects.isEmpty { state.programs.rank.selection = position - 1 }
            return effects
        case .certify:
            guard !ranked.isEmpty else { return empty(&state) }
            return AppReducer.record(&state, .rankCertify(now.localDay), now: now)
        case .back:
            state.screen = .programs
        default:
            break
        }
        return []
    }

    private static func empty(_ state: inout AppState) -> [Effect] {
        state.message = StatusMessage(emptyText)
        return []
    }

    /// What to do when no program can be ranked yet.
    static var emptyText: String {
        "No interviewed programs yet: on the programs table (\(KeyMap.global.key(.showPrograms))), "
            + "\(ProgramsScreen.keyMap.key(.advance)) moves a program on to interviewed"
    }
}
