import PathwayCore

/// The timeline: deadlines, the season calendar and what was done.
enum TimelineScreen: ScreenFeature {
    static let keyMap = KeyMap(
        "Timeline",
        KeyMap.movement()
            + [
                KeyBinding([.character("n")], .newDeadline, help: "Add a deadline", hint: "new"),
                KeyBinding(
                    [.character("e"), .enter], .edit, help: "Change the date of the selected line", hint: "date"),
                KeyBinding(
                    [.character(" "), .character("x")], .toggleItem,
                    help: "Tick the selected deadline off (or on again)", hint: "done"),
                KeyBinding(
                    [.character("d"), .delete], .deleteItem, help: "Remove the selected deadline", hint: "remove"),
                KeyBinding([.escape], .back, help: "Back to the main screen", hint: "back"),
            ])

    static func reduce(_ state: inout AppState, _ command: Command, now: Timestamp) -> [Effect] {
        let lines = TimelineLine.lines(for: state)
        let targets = lines.compactMap(\.target)
        let index = state.timelineTarget.flatMap { targets.firstIndex(of: $0) } ?? 0
        let target = targets.isEmpty ? nil : targets[index]
        if command.isMovement {
            var cursor = state.timelineScroll
            cursor.selection = index
            cursor.apply(
                command, count: targets.count, page: 5, scrollLimit: scrollLimit(state, lines: lines, selecting: target)
            )
            if !targets.isEmpty, cursor.selection != index {
                state.timelineTarget = targets[cursor.selection]
            }
            // The scroll is measured from the selected line, which may just have changed.
            let newTarget = targets.isEmpty ? nil : targets[cursor.selection]
            cursor.keepScroll(within: scrollLimit(state, lines: lines, selecting: newTarget))
            state.timelineScroll = cursor
            return []
        }
        switch command {
        case .edit:
            switch target {
            case .deadline(let id):
                AppReducer.openEditor(
                    &state, .deadlineEditDate(id: id), text: state.pathway.deadline(id)?.date.description ?? "")
            case .season(let event), .calendar(let event):
                state.timelineTarget = target
                let cycle = state.agenda.calendar.cycle
                AppReducer.openEditor(
                    &state, .seasonDate(cycle: cycle, event: event),
                    text: state.pathway.season.date(event, cycle: cycle)?.description ?? "")
            case nil:
                state.message = StatusMessage("Nothing to edit yet: \(keyMap.key(.newDeadline)) adds a deadline")
            }
        case .toggleItem:
            guard case .deadline(let id) = target, let deadline = state.pathway.deadline(id) else {
                state.message = StatusMessage(
                    "\(keyMap.key(.toggleItem)) ticks off a deadline; season events are not ticked")
                return []
            }
            return AppReducer.record(
                &state, .editDeadline(id: id, title: nil, date: nil, note: nil, done: !deadline.done), now: now)
        case .newDeadline:
            let milestone: MilestoneID =
                switch target {
                case .deadline(let id): state.pathway.deadline(id)?.milestone ?? state.selected
                case .season(let event), .calendar(let event): event.milestone
                case nil: state.selected
                }
            AppReducer.openEditor(&state, .deadlineTitle(milestone), text: "")
        case .deleteItem:
            guard case .deadline(let id) = target else {
                state.message = StatusMessage(
                    "Only your own deadlines can be removed; \(keyMap.key(.edit)) changes a season date")
                return []
            }
            let effects = AppReducer.recordRemoval(&state, .removeDeadline(id: id), what: "the deadline", now: now)
            // The selection moves to the line that took the removed one's place.
            let remaining = TimelineLine.lines(for: state).compactMap(\.target)
            state.timelineTarget = remaining.isEmpty ? nil : remaining[min(index, remaining.count - 1)]
            return effects
        case .back:
            state.screen = .main
        default:
            break
        }
        return []
    }

    /// How far the timeline scrolls past the selected line: to its last line ("Done").
    static func scrollLimit(_ state: AppState, lines: [TimelineLine], selecting target: TimelineLine.Target?) -> Int {
        let visible = max(1, Layout(width: state.width, height: state.height).checklist.height - 2)
        let selectedLine = target.flatMap { target in lines.firstIndex { $0.target == target } } ?? 0
        return ListCursor.scrollLimit(
            selectedLine: selectedLine, lineCount: lines.count, visible: visible, margin: TimelineView.margin)
    }
}
