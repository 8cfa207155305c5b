import PathwayCore

/// The first-run screen: record what is already done, with dates, in a few keys.
enum OnboardingScreen: ScreenFeature {
    static let keyMap = KeyMap(
        "Welcome screen",
        KeyMap.movement()
            + [
                KeyBinding(
                    [.enter, .character(" "), .character("a")], .activate, help: "Mark the step done, with its date",
                    hint: "mark done"),
                KeyBinding([.escape, .tab], .back, help: "Start: go to the main screen", hint: "start"),
            ])

    static func reduce(_ state: inout AppState, _ command: Command, now: Timestamp) -> [Effect] {
        let milestones = MilestoneID.allCases
        if state.onboarding.apply(command, count: milestones.count, page: 4) { return [] }
        switch command {
        case .activate:
            let id = milestones[min(state.onboarding.selection, milestones.count - 1)]
            state.selected = id
            if state.pathway.isDone(id) {
                state.message = StatusMessage(
                    "\(MilestoneCatalog[id].name) is already recorded as done; \(KeyMap.global.key(.undo)) undoes it")
                return []
            }
            let info = MilestoneCatalog[id]
            if let done = info.statuses.first(where: info.isDone) {
                if showChecklist(&state, id, done, now: now) { return [] }
                return AppReducer.beginMark(&state, id, done, now: now)
            }
        case .back:
            state.screen = .main
            state.selected = state.pathway.nextStep?.milestone ?? .step1
            state.message = StatusMessage("Press \(KeyMap.global.key(.showHelp)) for help at any time")
        default:
            break
        }
        return []
    }

    /// A step refused only for want of its checklist (ECFMG certification's requirements) has
    /// no way forward here: the main screen opens on the step's details, at the first item to
    /// tick, saying how to tick it and then mark the step. Returns whether it did.
    private static func showChecklist(_ state: inout AppState, _ id: MilestoneID, _ done: Status, now: Timestamp)
        -> Bool
    {
        guard
            case .failure(let violation) = PathwayMachine.evaluate(
                .mark(id, done), in: state.pathway, today: now.localDay)
        else { return false }
        let unticked = MilestoneCatalog[id].items.filter { state.pathway[id].items[$0.id] != true }
        guard let first = unticked.first, unticked.contains(where: { "\(violation)".contains($0.label) }) else {
            return false
        }
        state.screen = .main
        state.selected = id
        state.pane = .detail
        state.detailIndex = state.detailRows.firstIndex(of: .item(first.id)) ?? 0
        let main = MainScreen.keyMap
        state.message = StatusMessage(
            "\(MilestoneCatalog[id].name) needs its checklist first (\(unticked.count) to tick): "
                + "\(main.key(.toggleItem)) ticks the selected item, then \(main.key(.pickStatus)) marks it "
                + done.label)
        return true
    }
}
