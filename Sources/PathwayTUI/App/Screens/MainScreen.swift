import PathwayCore

/// The main screen: the checklist of milestones and the details of the selected one.
enum MainScreen: ScreenFeature {
    static let keyMap = KeyMap(
        "Main screen",
        KeyMap.movement()
            + [
                KeyBinding(
                    [.tab, .backTab, .right, .left, .character("l"), .character("h")], .switchPane,
                    help: "Switch pane (checklist / details)", hint: "pane"),
                KeyBinding([.enter], .activate, help: "Open the step, or act on the line"),
                KeyBinding([.escape], .back, help: "Back to the checklist"),
                KeyBinding([.character("a")], .advance, help: "Advance the step to its next status", hint: "advance"),
                KeyBinding(
                    [.character("s")], .pickStatus, help: "Pick a status (blocked ones say why)", hint: "status"),
                KeyBinding(
                    [.character("e")], .edit, help: "Edit the selected line (date, score, note...)", hint: "edit"),
                KeyBinding([.character("E")], .editExternally, help: "Edit the notes in $VISUAL or $EDITOR"),
                KeyBinding(
                    [.character(" "), .character("x")], .toggleItem, help: "Tick or untick the selected checklist item"),
                KeyBinding([.character("n")], .newDeadline, help: "Add a deadline to the selected step"),
                KeyBinding(
                    [.character("c")], .showComingUp,
                    help: "Coming up: choose an item, Enter goes where it is acted on"),
            ])

    /// The keys while "Coming up" has the keyboard.
    static let comingUpKeyMap = KeyMap(
        "Main screen: Coming up",
        KeyMap.movement()
            + [
                KeyBinding(
                    [.enter], .activate,
                    help: "Go where the item is acted on: its step, its program or the timeline", hint: "go"),
                KeyBinding(
                    [.character("d")], .dismissReminder, help: "Dismiss a thank-you note reminder (u brings it back)"),
                KeyBinding(
                    [.escape, .character("c"), .tab, .backTab], .back, help: "Back to the checklist", hint: "back"),
            ])

    static func keyMap(for state: AppState) -> KeyMap {
        state.pane == .comingUp ? comingUpKeyMap : keyMap
    }

    static func reduce(_ state: inout AppState, _ command: Command, now: Timestamp) -> [Effect] {
        if state.pane == .comingUp { return reduceComingUp(&state, command, now: now) }
        let rows = state.detailRows
        let milestones = MilestoneID.allCases
        let row = rows[min(state.detailIndex, rows.count - 1)]
        if command.isMovement {
            if state.pane == .checklist {
                var cursor = ListCursor(selection: state.selected.order)
                cursor.apply(command, count: milestones.count, page: 4)
                state.selected = milestones[cursor.selection]
                state.detail = ListCursor()
            } else {
                state.detail.apply(command, count: rows.count, page: 5, scrollLimit: detailScrollLimit(state))
                state.detail.keepScroll(within: detailScrollLimit(state))
            }
            return []
        }
        switch command {
        case .switchPane:
            state.pane = state.pane == .checklist ? .detail : .checklist
            state.detail.clamp(count: rows.count)
        case .activate:
            if state.pane == .checklist {
                state.pane = .detail
                state.detail = ListCursor()
            } else {
                return act(&state, on: row, now: now)
            }
        case .back:
            if state.pane == .checklist {
                state.message = StatusMessage(
                    "Nothing to close; \(KeyMap.global.key(.quit)) quits (everything is saved)")
            }
            state.pane = .checklist
        case .advance:
            return advance(&state, now: now)
        case .pickStatus:
            AppReducer.openStatusPicker(&state, now: now)
        case .edit:
            guard state.pane == .detail else {
                state.pane = .detail
                state.message = StatusMessage(
                    "Choose a line with \(keyMap.binding(for: .moveDown)?.barKeys ?? "j/k"), then press "
                        + "\(keyMap.key(.edit)) to edit it")
                return []
            }
            return edit(&state, row, now: now)
        case .editExternally:
            return [.editExternally(state.pathway[state.selected].notes, .notes(state.selected))]
        case .newDeadline:
            AppReducer.openEditor(&state, .deadlineTitle(state.selected), text: "")
        case .showComingUp:
            openComingUp(&state)
        case .toggleItem:
            guard state.pane == .detail, case .item = row else {
                state.message = StatusMessage(
                    "Select a checklist item in the details (\(keyMap.key(.switchPane))) to tick it")
                return []
            }
            return act(&state, on: row, now: now)
        default:
            break
        }
        return []
    }

    /// How far the details can scroll past the selected line: to their last line.
    static func detailScrollLimit(_ state: AppState) -> Int {
        let inner = Canvas.inner(Layout(width: state.width, height: state.height).detail)
        let lines = DetailView.lines(state, width: inner.width)
        let selectedLine = lines.firstIndex { $0.row == state.detailIndex } ?? 0
        return ListCursor.scrollLimit(
            selectedLine: selectedLine, lineCount: lines.count, visible: inner.height, margin: DetailView.margin)
    }

    // MARK: - Acting on lines

    private static func act(_ state: inout AppState, on row: DetailRow, now: Timestamp) -> [Effect] {
        let id = state.selected
        switch row {
        case .status:
            AppReducer.openStatusPicker(&state, now: now)
            return []
        case .item(let item):
            return AppReducer.record(&state, .tick(id, item: item, done: !state.pathway.isTicked(id, item)), now: now)
        case .date, .score, .field, .notes, .open:
            return edit(&state, row, now: now)
        }
    }

    private static func edit(_ state: inout AppState, _ row: DetailRow, now: Timestamp) -> [Effect] {
        let id = state.selected
        let record = state.pathway[id]
        switch row {
        case .status:
            AppReducer.openStatusPicker(&state, now: now)
        case .item:
            state.message = StatusMessage("Press \(keyMap.key(.toggleItem)) to tick or untick this item")
        case .date(let status):
            AppReducer.openEditor(&state, .date(id, status), text: record.date(of: status)?.description ?? "")
        case .score:
            AppReducer.openEditor(&state, .score(id), text: record.attempts.last?.score.map(String.init) ?? "")
        case .field(let field):
            AppReducer.openEditor(&state, .field(id, field), text: record.details[field] ?? "")
        case .notes:
            AppReducer.openEditor(&state, .notes(id), text: record.notes)
        case .open(let screen):
            state.screen = screen
        }
        return []
    }

    private static func advance(_ state: inout AppState, now: Timestamp) -> [Effect] {
        let id = state.selected
        guard let next = PathwayMachine.suggestedNext(for: id, in: state.pathway, today: now.localDay) else {
            let reasons = PathwayMachine.blockingReasons(for: id, in: state.pathway)
            if let first = reasons.first {
                state.message = StatusMessage("Blocked: \(first)", .error)
            } else if state.pathway.isDone(id) {
                state.message = StatusMessage("\(MilestoneCatalog[id].name) is done")
            } else if let reason = state.pathway.noSuggestionReason(for: id, today: now.localDay) {
                state.message = StatusMessage(reason)
            } else {
                state.message = StatusMessage(
                    "Nothing to advance to; press \(keyMap.key(.pickStatus)) to pick a status")
            }
            return []
        }
        return AppReducer.beginMark(&state, id, next, now: now)
    }

    /// A click on a milestone selects it; a click on the details moves there.
    static func click(_ state: inout AppState, x: Int, y: Int) {
        let layout = Layout(width: state.width, height: state.height)
        if layout.checklist.contains(x: x, y: y) {
            let row = y - layout.checklist.y - 1
            if row >= 0, row < MilestoneID.allCases.count {
                state.selected = MilestoneID.allCases[row]
                state.pane = .checklist
                state.detail = ListCursor()
            }
        } else if layout.detail.contains(x: x, y: y) {
            state.pane = .detail
        }
    }
}
