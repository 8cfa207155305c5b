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
}
