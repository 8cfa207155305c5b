import PathwayCore

/// The pure heart of the screen: `(state, action) -> (state, effects)`. It records changes in
/// the journal through the state machine; saving, quitting and themes are effects the program
/// performs.
public enum AppReducer {
    /// Applies an action. `now` is the injected clock's time, used to stamp and date changes.
    public static func reduce(_ state: inout AppState, _ action: Action, now: Timestamp) -> [Effect] {
        state.today = now.localDay
        switch action {
        case .resized(let width, let height):
            state.width = width
            state.height = height
            return []
        case .saved:
            state.unsaved = false
            state.saveError = nil
            return []
        case .saveFailed(let reason):
            state.unsaved = true
            state.saveError = reason
            state.message = StatusMessage("Not saved: \(reason). R reloads the file; q twice quits without saving.", .error)
            return []
        case .reloaded(let journal):
            state.journal = journal
            state.unsaved = false
            state.saveError = nil
            state.confirmingQuit = false
            clampSelection(&state)
            state.message = StatusMessage("Reloaded from disk: \(journal.history.count) changes", .success)
            return []
        case .reloadFailed(let reason):
            state.message = StatusMessage("Cannot reload: \(reason)", .error)
            return []
        case .themeChanged(let name):
            state.themeName = name
            state.message = StatusMessage("Theme: \(name)")
            return []
        case .key(let key):
            if key == .resize { return [] }
            let confirming = state.confirmingQuit
            state.confirmingQuit = false
            if case .click(let x, let y) = key { return click(&state, x: x, y: y) }
            if state.editor != nil { return editorKey(&state, key, now: now) }
            if state.picker != nil { return pickerKey(&state, key, now: now) }
            guard let command = KeyMap.command(for: key) else {
                state.message = StatusMessage("\(key.name) does nothing here; press ? for help")
                return []
            }
            if let effects = globalCommand(&state, command, confirming: confirming) { return effects }
            switch state.screen {
            case .main: return mainCommand(&state, command, now: now)
            case .help, .history: return scrollCommand(&state, command)
            case .profile: return profileCommand(&state, command, now: now)
            case .timeline: return timelineCommand(&state, command, now: now)
            case .onboarding: return onboardingCommand(&state, command, now: now)
            }
        }
    }

    // MARK: - Main screen

    private static func mainCommand(_ state: inout AppState, _ command: Command, now: Timestamp) -> [Effect] {
        let rows = state.detailRows
        let milestones = MilestoneID.allCases
        switch command {
        case .moveDown, .moveUp, .moveFirst, .moveLast, .pageDown, .pageUp:
            if state.pane == .checklist {
                let index = moved(state.selected.order, command, count: milestones.count, page: 4)
                state.selected = milestones[index]
                state.detailIndex = 0
                state.scroll = 0
            } else if (command == .moveDown || command == .moveLast) && state.detailIndex >= rows.count - 1 {
                // Past the last line that can be selected, the pane scrolls on (to the "about").
                state.scroll = command == .moveLast ? 1_000 : state.scroll + 1
            } else if command == .moveUp && state.scroll > 0 {
                state.scroll -= 1
            } else {
                state.scroll = 0
                state.detailIndex = moved(state.detailIndex, command, count: rows.count, page: 5)
            }
        case .switchPane:
            state.pane = state.pane == .checklist ? .detail : .checklist
            state.detailIndex = min(state.detailIndex, rows.count - 1)
        case .activate:
            if state.pane == .checklist {
                state.pane = .detail
                state.detailIndex = 0
            } else {
                return act(&state, on: rows[min(state.detailIndex, rows.count - 1)], now: now)
            }
        case .back:
            if state.pane == .checklist {
                state.message = StatusMessage("Nothing to close; q quits (everything is saved)")
            }
            state.pane = .checklist
        case .advance:
            return advance(&state, now: now)
        case .pickStatus:
            openPicker(&state, now: now)
        case .edit:
            guard state.pane == .detail else {
                state.pane = .detail
                state.message = StatusMessage("Choose a line with j/k, then press e to edit it")
                return []
            }
            return edit(&state, rows[min(state.detailIndex, rows.count - 1)], now: now)
        case .newDeadline:
            openEditor(&state, .deadlineTitle(state.selected), text: "")
        case .deleteItem:
            state.message = StatusMessage("Deadlines are removed on the timeline: press T")
        case .toggleItem:
            guard state.pane == .detail, case .item = rows[min(state.detailIndex, rows.count - 1)] else {
                state.message = StatusMessage("Select a checklist item in the details (Tab) to tick it")
                return []
            }
            return act(&state, on: rows[state.detailIndex], now: now)
        default:
            break
        }
        return []
    }

    /// Commands that mean the same on every screen; nil when the command is screen-specific.
    private static func globalCommand(_ state: inout AppState, _ command: Command, confirming: Bool) -> [Effect]? {
        switch command {
        case .quit:
            // Changes that could not be saved exist only on screen: ask before losing them.
            if state.unsaved && !confirming {
                state.confirmingQuit = true
                state.message = StatusMessage(
                    "Changes are NOT saved (\(state.saveError ?? "the last save failed")). q again quits and loses "
                        + "them; R reloads the file; any other key stays.", .error)
                return []
            }
            return [.quit]
        case .reload:
            return [.reload]
        case .undo, .redo:
            let result = command == .undo ? state.journal.undo() : state.journal.redo()
            switch result {
            case .success(let entry):
                state.message = StatusMessage("\(command == .undo ? "Undone" : "Redone"): \(entry.change.summary)", .success)
                clampSelection(&state)
                return [.save]
            case .failure(let violation):
                state.message = StatusMessage(violation.description.capitalizedFirst)
                return []
            }
        case .showHelp:
            state.screen = state.screen == .help ? .main : .help
            state.scroll = 0
            return []
        case .showProfile:
            state.screen = state.screen == .profile ? .main : .profile
            return []
        case .showHistory:
            state.screen = state.screen == .history ? .main : .history
            state.scroll = 0
            return []
        case .showTimeline:
            state.screen = state.screen == .timeline ? .main : .timeline
            state.timelineTarget = nil
            state.scroll = 0
            return []
        case .cycleTheme:
            return [.cycleTheme]
        default:
            return nil
        }
    }

    private static func moved(_ index: Int, _ command: Command, count: Int, page: Int) -> Int {
        let last = max(0, count - 1)
        switch command {
        case .moveDown: return min(last, index + 1)
        case .moveUp: return max(0, index - 1)
        case .moveFirst: return 0
        case .moveLast: return last
        case .pageDown: return min(last, index + page)
        case .pageUp: return max(0, index - page)
        default: return index
        }
    }

    private static func clampSelection(_ state: inout AppState) {
        state.detailIndex = min(state.detailIndex, state.detailRows.count - 1)
    }

    // MARK: - Acting on lines

    private static func act(_ state: inout AppState, on row: DetailRow, now: Timestamp) -> [Effect] {
        let id = state.selected
        switch row {
        case .status:
            openPicker(&state, now: now)
            return []
        case .item(let item):
            return record(&state, .tick(id, item: item, done: !state.pathway[id].isTicked(item)), now: now)
        case .date, .score, .field, .notes:
            return edit(&state, row, now: now)
        }
    }

    private static func edit(_ state: inout AppState, _ row: DetailRow, now: Timestamp) -> [Effect] {
        let id = state.selected
        let record = state.pathway[id]
        switch row {
        case .status:
            openPicker(&state, now: now)
        case .item:
            state.message = StatusMessage("Press Space to tick or untick this item")
        case .date(let status):
            openEditor(&state, .date(id, status), text: record.date(of: status)?.description ?? "")
        case .score:
            openEditor(&state, .score(id), text: record.attempts.last?.score.map(String.init) ?? "")
        case .field(let field):
            openEditor(&state, .field(id, field), text: record.details[field] ?? "")
        case .notes:
            openEditor(&state, .notes(id), text: record.notes)
        }
        return []
    }

    private static func openEditor(_ state: inout AppState, _ target: EditTarget, text: String) {
        state.editor = LineEditor(text)
        state.editTarget = target
        state.message = StatusMessage("Enter saves, Esc cancels")
    }

    // MARK: - Status changes

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
                state.message = StatusMessage("Nothing to advance to; press s to pick a status")
            }
            return []
        }
        return beginMark(&state, id, next, now: now)
    }

    private static func openPicker(_ state: inout AppState, now: Timestamp) {
        let options = PathwayMachine.options(for: state.selected, in: state.pathway, today: now.localDay)
        guard !options.isEmpty else { return }
        state.picker = options
        state.pickerIndex = options.firstIndex(where: \.isAllowed) ?? 0
    }

    private static func pickerKey(_ state: inout AppState, _ key: Key, now: Timestamp) -> [Effect] {
        guard let options = state.picker else { return [] }
        switch KeyMap.command(for: key) {
        case .moveDown, .moveUp, .moveFirst, .moveLast, .pageDown, .pageUp:
            if let command = KeyMap.command(for: key) {
                state.pickerIndex = moved(state.pickerIndex, command, count: options.count, page: 4)
            }
        case .activate:
            let option = options[state.pickerIndex]
            if let blocker = option.blockers.first {
                state.message = StatusMessage("Blocked: \(blocker)", .error)
                return []
            }
            state.picker = nil
            return beginMark(&state, state.selected, option.status, now: now)
        case .back, .pickStatus, .quit:
            state.picker = nil
            state.message = nil
        default:
            break
        }
        return []
    }

    /// Starts a mark: asks for the day (today by default), then, for exam results, the score.
    /// Going back to "not started" (withdrawing) needs no date.
    private static func beginMark(_ state: inout AppState, _ id: MilestoneID, _ status: Status, now: Timestamp)
        -> [Effect]
    {
        if status == .notStarted { return record(&state, .mark(id, status), now: now) }
        // Say at once when a prerequisite is missing, rather than after the date is typed.
        if case .failure(let violation) = PathwayMachine.evaluate(.mark(id, status), in: state.pathway, today: now.localDay),
            !violation.isAboutTypedValue
        {
            state.message = StatusMessage("Refused: \(violation)", .error)
            return []
        }
        openEditor(&state, .markDate(id, status), text: "")
        state.message = StatusMessage("Type the date, or Enter for today; Esc cancels")
        return []
    }

    // MARK: - Editor

    private static func editorKey(_ state: inout AppState, _ key: Key, now: Timestamp) -> [Effect] {
        guard var editor = state.editor, let target = state.editTarget else { return [] }
        switch key {
        case .escape:
            state.editor = nil
            state.editTarget = nil
            state.message = StatusMessage("Cancelled")
            return []
        case .enter:
            return commit(&state, target, text: editor.text.trimmedSpaces, now: now)
        default:
            if editor.handle(key) { state.editor = editor }
            return []
        }
    }

    private static func commit(_ state: inout AppState, _ target: EditTarget, text: String, now: Timestamp) -> [Effect] {
        let empty = text.isEmpty
        switch target {
        case .field(let id, let field):
            return record(&state, .detail(id, field: field, value: empty ? nil : text), now: now)
        case .notes(let id):
            return record(&state, .note(id, text: text), now: now)
        case .profile(let field):
            return record(&state, .profile(field, value: empty ? nil : text), now: now)
        case .date(let id, let status):
            guard empty || CalendarDay(parsing: text) != nil else { return badDate(&state, text) }
            return record(&state, .date(id, status, CalendarDay(parsing: text)), now: now)
        case .score(let id):
            guard empty || Int(text) != nil else { return badNumber(&state, text) }
            return record(&state, .score(id, Int(text)), now: now)
        case .markDate(let id, let status):
            guard empty || CalendarDay(parsing: text) != nil else { return badDate(&state, text) }
            let day = CalendarDay(parsing: text) ?? now.localDay
            let takesScore =
                MilestoneCatalog[id].attemptStatuses.contains(status)
                && (id != .step1 || RuleFacts.step1PassFailOnlyFrom.map { day < $0 } ?? true)
            if takesScore {
                openEditor(&state, .markScore(id, status, day), text: "")
                state.message = StatusMessage("Type the score, or Enter if there is none")
                return []
            }
            return record(&state, .mark(id, status, date: status == .notStarted ? nil : day), now: now)
        case .markScore(let id, let status, let day):
            guard empty || Int(text) != nil else { return badNumber(&state, text) }
            return record(
                &state, .mark(id, status, date: day, score: Int(text), note: nil, incomplete: false), now: now)
        case .deadlineTitle(let id):
            guard !empty else {
                state.message = StatusMessage("Type what is due, e.g. \"Upload the MSPE\"", .error)
                return []
            }
            openEditor(&state, .deadlineDate(id, title: text), text: "")
            return []
        case .deadlineDate(let id, let title):
            guard let day = CalendarDay(parsing: text) else { return badDate(&state, text) }
            let effects = record(&state, .addDeadline(id, title, day), now: now)
            // The new deadline becomes the selected line, so e and Space act on it next.
            if let added = state.pathway.deadlines.last { state.timelineTarget = .deadline(added.id) }
            state.scroll = 0
            return effects
        case .deadlineEditDate(let id):
            guard let day = CalendarDay(parsing: text) else { return badDate(&state, text) }
            return record(&state, .editDeadline(id: id, title: nil, date: day, note: nil, done: nil), now: now)
        case .seasonDate(let cycle, let event):
            guard empty || CalendarDay(parsing: text) != nil else { return badDate(&state, text) }
            return record(&state, .seasonDate(cycle: cycle, event: event, date: CalendarDay(parsing: text)), now: now)
        }
    }

    private static func badDate(_ state: inout AppState, _ text: String) -> [Effect] {
        state.message = StatusMessage("\"\(text)\" is not a date; type it as YYYY-MM-DD, e.g. 2024-03-15", .error)
        return []
    }

    private static func badNumber(_ state: inout AppState, _ text: String) -> [Effect] {
        state.message = StatusMessage("\"\(text)\" is not a whole number", .error)
        return []
    }

    /// Asks the state machine for a change; on success closes the editor and asks for a save.
    private static func record(_ state: inout AppState, _ change: Change, now: Timestamp) -> [Effect] {
        switch state.journal.record(change, clock: .fixed(now)) {
        case .success(let decision):
            state.editor = nil
            state.editTarget = nil
            if let warning = decision.warnings.first {
                state.message = StatusMessage("Saved, but note: \(warning)", .warning)
            } else {
                state.message = StatusMessage("Saved: \(decision.change.summary)", .success)
            }
            clampSelection(&state)
            return [.save]
        case .failure(.noChange(let what)):
            state.editor = nil
            state.editTarget = nil
            state.message = StatusMessage("Nothing changed: \(what)")
            return []
        case .failure(let violation):
            // A mistake in the typed text keeps the editor open to fix it; a rule closes it.
            if !violation.isAboutTypedValue {
                state.editor = nil
                state.editTarget = nil
            }
            state.message = StatusMessage("Refused: \(violation)", .error)
            return []
        }
    }

    // MARK: - Other screens

    private static func scrollCommand(_ state: inout AppState, _ command: Command) -> [Effect] {
        switch command {
        case .moveDown: state.scroll += 1
        case .moveUp: state.scroll = max(0, state.scroll - 1)
        case .pageDown: state.scroll += max(1, state.height - 4)
        case .pageUp: state.scroll = max(0, state.scroll - max(1, state.height - 4))
        case .moveFirst: state.scroll = 0
        case .moveLast: state.scroll = Int.max / 2
        case .back, .activate: state.screen = .main
        default: break
        }
        return []
    }

    private static func timelineCommand(_ state: inout AppState, _ command: Command, now: Timestamp) -> [Effect] {
        let targets = TimelineLine.lines(for: state).compactMap(\.target)
        let index = state.timelineTarget.flatMap { targets.firstIndex(of: $0) } ?? 0
        let target = targets.isEmpty ? nil : targets[index]
        switch command {
        case .moveDown, .moveUp, .moveFirst, .moveLast, .pageDown, .pageUp:
            // Past the last line that can be selected, the screen scrolls on to the end.
            if command == .moveDown && index >= targets.count - 1 || command == .moveLast && index >= targets.count - 1 {
                state.scroll = command == .moveLast ? 1_000 : state.scroll + 1
            } else if command == .moveUp && state.scroll > 0 {
                state.scroll = max(0, state.scroll - 1)
            } else {
                state.scroll = 0
                if !targets.isEmpty { state.timelineTarget = targets[moved(index, command, count: targets.count, page: 5)] }
            }
        case .activate, .edit:
            switch target {
            case .deadline(let id):
                openEditor(&state, .deadlineEditDate(id: id), text: state.pathway.deadline(id)?.date.description ?? "")
            case .season(let event), .calendar(let event):
                state.timelineTarget = target
                let cycle = state.agenda.calendar.cycle
                openEditor(
                    &state, .seasonDate(cycle: cycle, event: event),
                    text: state.pathway.season.date(event, cycle: cycle)?.description ?? "")
            case nil:
                state.message = StatusMessage("Nothing to edit yet: n adds a deadline")
            }
        case .toggleItem:
            guard case .deadline(let id) = target, let deadline = state.pathway.deadline(id) else {
                state.message = StatusMessage("Space ticks off a deadline; season events are not ticked")
                return []
            }
            return record(&state, .editDeadline(id: id, title: nil, date: nil, note: nil, done: !deadline.done), now: now)
        case .newDeadline:
            let milestone: MilestoneID =
                switch target {
                case .deadline(let id): state.pathway.deadline(id)?.milestone ?? state.selected
                case .season(let event), .calendar(let event): event.milestone
                case nil: state.selected
                }
            openEditor(&state, .deadlineTitle(milestone), text: "")
        case .deleteItem:
            guard case .deadline(let id) = target else {
                state.message = StatusMessage("Only your own deadlines can be removed; e changes a season date")
                return []
            }
            let effects = record(&state, .removeDeadline(id: id), now: now)
            if !effects.isEmpty { state.message = StatusMessage("Removed the deadline; u brings it back", .success) }
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

    private static func profileCommand(_ state: inout AppState, _ command: Command, now: Timestamp) -> [Effect] {
        let fields = ProfileField.allCases
        switch command {
        case .moveDown, .moveUp, .moveFirst, .moveLast, .pageDown, .pageUp:
            state.profileIndex = moved(state.profileIndex, command, count: fields.count, page: 3)
        case .activate, .edit, .toggleItem:
            let field = fields[state.profileIndex]
            let profile = state.pathway.profile
            switch field {
            case .citizenship:
                let all = Citizenship.allCases
                let next = all[((all.firstIndex(of: profile.citizenship) ?? 0) + 1) % all.count]
                return record(&state, .profile(field, value: next == .unknown ? nil : next.rawValue), now: now)
            case .visaTrack:
                let all = VisaTrack.allCases
                let next = all[((all.firstIndex(of: profile.visaTrack) ?? 0) + 1) % all.count]
                return record(&state, .profile(field, value: next == .none ? nil : next.rawValue), now: now)
            default:
                openEditor(&state, .profile(field), text: profile.value(of: field))
            }
        case .back:
            state.screen = .main
        default:
            break
        }
        return []
    }

    private static func onboardingCommand(_ state: inout AppState, _ command: Command, now: Timestamp) -> [Effect] {
        let milestones = MilestoneID.allCases
        switch command {
        case .moveDown, .moveUp, .moveFirst, .moveLast, .pageDown, .pageUp:
            state.onboardingIndex = moved(state.onboardingIndex, command, count: milestones.count, page: 4)
        case .activate, .toggleItem, .advance:
            let id = milestones[state.onboardingIndex]
            state.selected = id
            if state.pathway.isDone(id) {
                state.message = StatusMessage("\(MilestoneCatalog[id].name) is already recorded as done; u undoes it")
                return []
            }
            let info = MilestoneCatalog[id]
            if let done = info.statuses.first(where: info.isDone) { return beginMark(&state, id, done, now: now) }
        case .showProfile:
            state.screen = .profile
        case .back, .switchPane:
            state.screen = .main
            state.selected = state.pathway.nextStep?.milestone ?? .step1
            state.message = StatusMessage("Press ? for help at any time")
        default:
            break
        }
        return []
    }

    // MARK: - Mouse

    private static func click(_ state: inout AppState, x: Int, y: Int) -> [Effect] {
        guard state.screen == .main, state.editor == nil, state.picker == nil else { return [] }
        let layout = Layout(width: state.width, height: state.height)
        if layout.checklist.contains(x: x, y: y) {
            let row = y - layout.checklist.y - 1
            if row >= 0, row < MilestoneID.allCases.count {
                state.selected = MilestoneID.allCases[row]
                state.pane = .checklist
                state.detailIndex = 0
            }
        } else if layout.detail.contains(x: x, y: y) {
            state.pane = .detail
        }
        return []
    }
}

extension RuleViolation {
    /// Whether the refusal is about what was typed (so the editor stays open to correct it).
    var isAboutTypedValue: Bool {
        switch self {
        case .invalidValue, .resultDateInFuture, .scoreOutOfRange, .scoreNotReported: true
        default: false
        }
    }
}

extension String {
    var trimmedSpaces: String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
