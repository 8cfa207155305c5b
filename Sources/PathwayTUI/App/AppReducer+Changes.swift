import PathwayCore

/// What several screens do alike: open the editor or the status list, start a mark, and record
/// a change through the state machine.
extension AppReducer {
    static func openStatusPicker(_ state: inout AppState, now: Timestamp) {
        state.picker = Picker.statuses(for: state.selected, in: state.pathway, today: now.localDay)
    }

    static func openEditor(_ state: inout AppState, _ target: EditTarget, text: String) {
        let multiline = target.isMultiline
        state.editor = TextEditor(text, multiline: multiline)
        state.editTarget = target
        let keys = EditorScreen.keyMap(for: TextEditor(text, multiline: multiline), target: target)
        state.message = StatusMessage("\(keys.key(.activate)) saves, \(keys.key(.back)) cancels")
    }

    static func closeEditor(_ state: inout AppState) {
        state.editor = nil
        state.editTarget = nil
    }

    /// Starts a mark: asks for the day (today by default), then, for exam results, the score.
    /// Going back to "not started" (withdrawing) needs no date.
    static func beginMark(_ state: inout AppState, _ id: MilestoneID, _ status: Status, now: Timestamp) -> [Effect] {
        if status == .notStarted { return record(&state, .mark(id, status), now: now) }
        // Say at once when a prerequisite is missing, rather than after the date is typed.
        if case .failure(let violation) = PathwayMachine.evaluate(
            .mark(id, status), in: state.pathway, today: now.localDay),
            !violation.isAboutTypedValue
        {
            state.message = StatusMessage("Refused: \(violation)", .error)
            return []
        }
        openEditor(&state, .markDate(id, status), text: "")
        state.message = StatusMessage(
            "Type the date, or \(EditorScreen.keyMap.key(.activate)) for today; \(EditorScreen.keyMap.key(.back)) cancels"
        )
        return []
    }

    /// What the editor's text means for its target: a change, the next question, or a mistake.
    static func commit(_ state: inout AppState, _ target: EditTarget, text: String, now: Timestamp) -> [Effect] {
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
                state.message = StatusMessage(
                    "Type the score, or \(EditorScreen.keyMap.key(.activate)) if there is none")
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
            state.timelineScroll = ListCursor()
            return effects
        case .deadlineEditDate(let id):
            guard let day = CalendarDay(parsing: text) else { return badDate(&state, text) }
            return record(&state, .editDeadline(id: id, title: nil, date: day, note: nil, done: nil), now: now)
        case .seasonDate(let cycle, let event):
            guard empty || CalendarDay(parsing: text) != nil else { return badDate(&state, text) }
            return record(&state, .seasonDate(cycle: cycle, event: event, date: CalendarDay(parsing: text)), now: now)
        case .programFilter, .programName, .programField, .programInterviewDay, .programStatusDay:
            return ProgramsScreen.commit(&state, target, text: text, now: now)
        case .letterWriter, .letterField, .letterReceived, .letterLimit, .letterAssignDay:
            return LettersScreen.commit(&state, target, text: text, now: now)
        case .experienceSite, .experienceStart, .experienceEnd, .experienceField:
            return ExperienceScreen.commit(&state, target, text: text, now: now)
        }
    }

    /// The day typed in answer to a day question: today when nothing is typed, nil when the
    /// text is no date.
    static func typedDay(_ text: String, now: Timestamp) -> CalendarDay? {
        text.isEmpty ? now.localDay : CalendarDay(parsing: text)
    }

    static func badDate(_ state: inout AppState, _ text: String) -> [Effect] {
        state.message = StatusMessage("\"\(text)\" is not a date; type it as YYYY-MM-DD, e.g. 2024-03-15", .error)
        return []
    }

    private static func badNumber(_ state: inout AppState, _ text: String) -> [Effect] {
        state.message = StatusMessage("\"\(text)\" is not a whole number", .error)
        return []
    }

    /// Records the removal of a list entry and, when it is saved, says so with how to bring it
    /// back; `what` names the entry ("pg-2 \"Mercy IM\"").
    static func recordRemoval(_ state: inout AppState, _ change: Change, what: String, now: Timestamp) -> [Effect] {
        let effects = record(&state, change, now: now)
        if !effects.isEmpty {
            state.message = StatusMessage("Removed \(what); \(KeyMap.global.key(.undo)) brings it back", .success)
        }
        return effects
    }

    /// Asks the state machine for a change; on success closes the editor and asks for a save, on
    /// a refusal leaves an open editor open with its text.
    static func record(_ state: inout AppState, _ change: Change, now: Timestamp) -> [Effect] {
        switch state.journal.record(change, clock: .fixed(now)) {
        case .success(let decision):
            closeEditor(&state)
            if let warning = decision.warnings.first {
                state.message = StatusMessage("Saved, but note: \(warning)", .warning)
            } else {
                state.message = StatusMessage("Saved: \(decision.change.summary)", .success)
            }
            clampSelection(&state)
            return [.save]
        case .failure(.noChange(let what)):
            closeEditor(&state)
            state.message = StatusMessage("Nothing changed: \(what)")
            return []
        case .failure(let violation):
            // A refused change typed in the editor keeps the editor open with the text, whether the
            // text is malformed or a rule refuses it, so it can be corrected or cancelled.
            state.message = StatusMessage("Refused: \(violation)", .error)
            return []
        }
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

    /// Without the spaces and line breaks at either end (an editor adds a final line break).
    var trimmedLineEnds: String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\n" || first == "\r\n" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\n" || last == "\r\n" { text.removeLast() }
        return String(text)
    }
}
