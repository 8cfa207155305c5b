import PathwayCore

/// "Coming up" under the checklist: its items can be chosen, and Enter goes where one is acted on.
extension MainScreen {
    /// Gives the keyboard to "Coming up", at its first item, and says how to use it.
    static func openComingUp(_ state: inout AppState) {
        guard !state.plan.items.isEmpty, ChecklistView.comingUpVisible(state) > 0 else {
            state.message = StatusMessage("Nothing is coming up")
            return
        }
        state.pane = .comingUp
        state.comingUp = ListCursor()
        let keys = comingUpKeyMap
        state.message = StatusMessage(
            "Coming up: \(keys.binding(for: .moveDown)?.barKeys ?? "j/k") choose, \(keys.key(.activate)) goes "
                + "where the item is acted on, \(keys.key(.back)) goes back")
    }

    static func reduceComingUp(_ state: inout AppState, _ command: Command, now: Timestamp) -> [Effect] {
        let items = state.plan.items
        state.comingUp.clamp(count: items.count)
        if state.comingUp.moveInTable(command, count: items.count, visible: ChecklistView.comingUpVisible(state)) {
            return []
        }
        switch command {
        case .activate:
            guard !items.isEmpty else {
                state.message = StatusMessage("Nothing is coming up")
                return []
            }
            open(items[state.comingUp.selection], &state)
        case .dismissReminder:
            guard !items.isEmpty, case .thankYou(let program) = items[state.comingUp.selection].source?.source else {
                state.message = StatusMessage(
                    "\(comingUpKeyMap.key(.dismissReminder)) dismisses a thank-you note reminder; this item is not one")
                return []
            }
            return ProgramDetailScreen.dismissThankYou(&state, program, now: now)
        case .back:
            state.pane = .checklist
        default:
            break
        }
        return []
    }

    /// Goes where an item is acted on: a program's details for its interview or thank-you note,
    /// the timeline for a season date, the rank order list to certify it again, an experience's
    /// details for its start, and otherwise the item's step in the checklist, details in front.
    static func open(_ item: PlanItem, _ state: inout AppState) {
        switch item.source?.source {
        case .thankYou(let program), .interview(let program):
            state.programs.detailID = program.id
            state.programs.detail = ListCursor()
            // A thank-you note is recorded in its field: the details open on it.
            if case .thankYou = item.source?.source, let line = ProgramField.allCases.firstIndex(of: .thankYouSent) {
                state.programs.detail.selection = line
            }
            state.screen = .programDetail
            return
        case .experience(let experience):
            state.letters.experienceID = experience.id
            state.letters.experienceDetail = ListCursor()
            state.screen = .experienceDetail
            return
        case .season(let event):
            openTimeline(&state, at: .season(event.id))
            return
        case .deadline, nil:
            break
        }
        if item.id == Plan.recertifyID {
            state.screen = .rankOrder
        } else if item.kind == .season, let event = SeasonEventID(rawValue: item.id) {
            // An estimated date: the event is in the timeline's season calendar, where it is set.
            openTimeline(&state, at: .calendar(event))
        } else if let milestone = item.milestone {
            state.selected = milestone
            state.pane = .detail
            state.detail = ListCursor()
        }
    }

    private static func openTimeline(_ state: inout AppState, at target: TimelineLine.Target) {
        state.screen = .timeline
        state.timelineTarget = target
        state.timelineScroll = ListCursor()
    }
}
