import PathwayCore

/// Renders the whole screen for a state into a canvas of the window's size.
public enum ScreenRenderer {
    public static func render(_ state: AppState) -> Canvas {
        var canvas = Canvas(width: state.width, height: state.height)
        let glyphs = Glyphs.forUnicode(state.unicode)
        if state.isTooSmall {
            drawTooSmall(state, into: &canvas)
            return canvas
        }
        let layout = Layout(width: state.width, height: state.height)
        drawTitle(state, into: &canvas, rect: layout.title, glyphs: glyphs)
        let body = ListTable.body(state)
        switch state.screen {
        case .main:
            ChecklistView.draw(state, into: &canvas, rect: layout.checklist, glyphs: glyphs)
            DetailView.draw(state, into: &canvas, rect: layout.detail, glyphs: glyphs)
        case .help:
            HelpView.draw(state, into: &canvas, rect: body, glyphs: glyphs)
        case .profile:
            ProfileView.draw(state, into: &canvas, rect: body, glyphs: glyphs)
        case .history:
            HistoryView.draw(state, into: &canvas, rect: body, glyphs: glyphs)
        case .timeline:
            TimelineView.draw(state, into: &canvas, rect: body, glyphs: glyphs)
        case .onboarding:
            OnboardingView.draw(state, into: &canvas, rect: body, glyphs: glyphs)
        case .programs:
            ProgramsView.draw(state, into: &canvas, rect: body, glyphs: glyphs)
        case .programDetail:
            ProgramDetailView.draw(state, into: &canvas, rect: body, glyphs: glyphs)
        case .rankOrder:
            RankOrderView.draw(state, into: &canvas, rect: body, glyphs: glyphs)
        case .letters:
            LettersView.draw(state, into: &canvas, rect: body, glyphs: glyphs)
        case .letterDetail:
            LetterDetailView.draw(state, into: &canvas, rect: body, glyphs: glyphs)
        case .experiences:
            ExperienceView.draw(state, into: &canvas, rect: body, glyphs: glyphs)
        case .experienceDetail:
            ExperienceDetailView.draw(state, into: &canvas, rect: body, glyphs: glyphs)
        case .message:
            ScrollingText.draw(
                TextScreen.lines(state), title: "Message", state: state, into: &canvas, rect: body, glyphs: glyphs)
        }
        if let picker = state.picker {
            PickerView.draw(state, picker, into: &canvas, within: PickerView.area(state), glyphs: glyphs)
        }
        if let editor = state.editor, editor.multiline {
            NotesEditorView.draw(state, editor, into: &canvas, within: body, glyphs: glyphs)
        }
        if let editor = state.editor, !editor.multiline {
            // The editor takes the message line; what it has to say goes on the line above, and
            // a long message (a refusal giving the earliest date it would take) on as many
            // lines above that as it needs, over the panes: the editor takes every letter, so
            // no key could show the rest.
            drawMessage(state, into: &canvas, lines: messageLinesAbove(state, layout))
            drawEditor(state, into: &canvas, rect: layout.messageLine)
        } else if state.screen == .message {
            // The message is the screen itself; it is not repeated under it.
        } else if !drawMessage(state, into: &canvas, lines: [layout.nextLine, layout.messageLine], onlyIfLong: true) {
            if state.screen == .main && state.editor == nil {
                drawNext(state, into: &canvas, rect: layout.nextLine, glyphs: glyphs)
            }
            drawMessage(state, into: &canvas, lines: [layout.messageLine])
        }
        drawKeyBar(state, into: &canvas, rect: layout.keyBar)
        return canvas
    }

    private static func drawTitle(_ state: AppState, into canvas: inout Canvas, rect: Rect, glyphs: Glyphs) {
        canvas.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, role: .statusBar)
        let title = " imgpath"
        canvas.put(title, x: 0, y: rect.y, role: .statusBar, emphasis: true)
        let screenName = state.screen.title
        var x = TextWidth.of(title) + 2
        if !screenName.isEmpty { x += canvas.put(screenName, x: x, y: rect.y, role: .statusBar) + 2 }
        let unsaved = state.unsaved ? "NOT SAVED  " : ""
        let path = shortened(state.filePath, to: max(10, rect.width - x - TextWidth.of(unsaved) - 2), glyphs: glyphs)
        let right = unsaved + path + " "
        canvas.put(right, x: max(x, rect.width - TextWidth.of(right)), y: rect.y, role: .statusBar)
    }

    /// A path cut from the left so its end (the file name) stays visible.
    static func shortened(_ path: String, to width: Int, glyphs: Glyphs) -> String {
        let visible = TextWidth.visible(path)
        guard TextWidth.of(visible) > width else { return visible }
        var characters = Array(visible)
        while TextWidth.of(String(characters)) > width - TextWidth.of(glyphs.ellipsis), !characters.isEmpty {
            characters.removeFirst()
        }
        return glyphs.ellipsis + String(characters)
    }

    private static func drawNext(_ state: AppState, into canvas: inout Canvas, rect: Rect, glyphs: Glyphs) {
        let pathway = state.pathway
        if let text = pathway.eligibilityEndedText {
            canvas.put(
                " Attention: \(text)", x: 0, y: rect.y, role: .failed, maxWidth: rect.width, ellipsis: glyphs.ellipsis)
        } else if let next = state.plan.nextStep, let milestone = next.milestone,
            let status = next.status
        {
            let name = MilestoneCatalog[milestone].name
            let used = canvas.put(" Next: ", x: 0, y: rect.y, role: .muted)
            // A step that waits for a day says which; pressing the key before then is not advised.
            let when = next.dateText.map { " from \($0)" } ?? ""
            let hint =
                milestone == state.selected && next.date == nil ? "  (press \(MainScreen.keyMap.key(.advance)))" : ""
            canvas.put(
                "\(name) \(glyphs.arrow) \(status.label)\(when)\(hint)", x: used, y: rect.y, role: .accent,
                maxWidth: rect.width - used, ellipsis: glyphs.ellipsis)
        } else if pathway.doneCount == MilestoneID.allCases.count {
            canvas.put(" Every milestone is done.", x: 0, y: rect.y, role: .done)
        }
    }

    /// The lines a message takes above the editor: ending on the line over it, one for each
    /// wrapped line of the message, up to all of them under the title.
    private static func messageLinesAbove(_ state: AppState, _ layout: Layout) -> [Rect] {
        let bottom = layout.nextLine
        var count = 1
        if let message = state.message {
            let text = TextWidth.visible(message.text, unicode: state.unicode)
            count = TextWrap.lines(text, width: bottom.width - 1).count
        }
        count = max(1, min(count, bottom.y - layout.title.y - 1))
        return (0..<count).map { Rect(x: 0, y: bottom.y - count + 1 + $0, width: bottom.width, height: 1) }
    }

    /// Draws the message on the given lines, wrapped; when it needs more lines than there are,
    /// the last one ends by naming the key that shows it whole. With `onlyIfLong`, draws nothing
    /// (and returns false) unless the message needs more than one line.
    @discardableResult
    private static func drawMessage(
        _ state: AppState, into canvas: inout Canvas, lines rects: [Rect], onlyIfLong: Bool = false
    ) -> Bool {
        guard let message = state.message, let first = rects.first else { return false }
        let width = first.width - 1
        let text = TextWidth.visible(message.text, unicode: state.unicode)
        // One line more than fits is enough to know the message must be cut.
        var lines = TextWrap.lines(text, width: width, limit: rects.count + 1)
        if onlyIfLong && lines.count < 2 { return false }
        if lines.count > rects.count {
            let key = AppReducer.keyMap(for: state).key(.showMessage)
            let more = key.isEmpty ? "" : " (\(key) shows all)"
            // The characters of the lines kept and the spaces between them.
            let keptLines = lines.prefix(rects.count - 1)
            let keptCount = keptLines.reduce(max(0, keptLines.count - 1)) { $0 + $1.count }
            let rest = String(text.dropFirst(keptCount).drop { $0 == " " })
            lines = Array(lines.prefix(rects.count - 1))
            // What of the rest fits beside the marks, its width kept as it grows.
            let room = width - TextWidth.of(more) - 1
            var last = ""
            var lastWidth = 0
            for character in rest {
                let characterWidth = TextWidth.of(character)
                if lastWidth + characterWidth > room { break }
                last.append(character)
                lastWidth += characterWidth
            }
            lines.append(last + (state.unicode ? "…" : "~") + more)
        }
        for (rect, line) in zip(rects, lines) {
            canvas.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, role: .text)
            canvas.put(
                " " + line, x: 0, y: rect.y, role: message.kind.role, maxWidth: rect.width,
                ellipsis: state.unicode ? "…" : "~")
        }
        return true
    }

    private static func drawEditor(_ state: AppState, into canvas: inout Canvas, rect: Rect) {
        guard let editor = state.editor, let target = state.editTarget else { return }
        let prompt = " \(target.prompt): "
        let x = canvas.put(prompt, x: 0, y: rect.y, role: .accent, emphasis: true)
        let room = rect.width - x - 1
        let full = Array(TextWidth.visible(editor.text, unicode: state.unicode))
        let beforeCaret = TextWidth.of(
            TextWidth.visible(String(editor.characters.prefix(editor.cursor)), unicode: state.unicode))
        // Keep the caret in view: drop text from the start until it fits in the room.
        var dropped = 0
        var droppedWidth = 0
        while beforeCaret - droppedWidth >= room, dropped < full.count {
            droppedWidth += TextWidth.of(full[dropped])
            dropped += 1
        }
        canvas.fill(x: x, y: rect.y, width: rect.width - x, height: 1, role: .selection)
        canvas.put(String(full.dropFirst(dropped)), x: x, y: rect.y, role: .selection, maxWidth: room)
        // The caret is the one cell drawn out of the field's colours, so it shows in every theme.
        canvas.paint(x: x + beforeCaret - droppedWidth, y: rect.y, width: 1, role: .text, emphasis: true)
    }

    private static func drawKeyBar(_ state: AppState, into canvas: inout Canvas, rect: Rect) {
        canvas.fill(x: 0, y: rect.y, width: rect.width, height: 1, role: .statusBar)
        let hints = AppReducer.keyMap(for: state).shortHelp
        var x = 1
        // Drop hints from the middle until the rest fits, so "? help" and "q quit" always show.
        var shown = hints
        while shown.count > 2, shown.reduce(1, { $0 + TextWidth.of($1.keys) + TextWidth.of($1.hint) + 3 }) > rect.width
        {
            shown.remove(at: shown.count - 3)
        }
        for (key, label) in shown {
            let needed = TextWidth.of(key) + TextWidth.of(label) + 3
            guard x + needed <= rect.width else { break }
            x += canvas.put(key, x: x, y: rect.y, role: .statusBar, emphasis: true)
            x += canvas.put(" \(label)  ", x: x, y: rect.y, role: .statusBar)
        }
    }

    private static func drawTooSmall(_ state: AppState, into canvas: inout Canvas) {
        let lines = [
            "Terminal too small",
            "\(state.width)x\(state.height); imgpath needs",
            "at least \(AppState.minimumWidth)x\(AppState.minimumHeight).",
            "Enlarge the window,",
            "or press \(TooSmallScreen.keyMap.key(.quit)) to quit.",
        ]
        let top = max(0, (state.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (state.width - TextWidth.of(line)) / 2)
            canvas.put(line, x: x, y: top + i, role: i == 0 ? .failed : .text, emphasis: i == 0, ellipsis: "")
        }
        // What a key just said (q with unsaved changes asks first), under the notice.
        if let message = state.message, state.confirmingQuit {
            let y = top + lines.count + 1
            for (i, line) in TextWrap.lines(TextWidth.visible(message.text, unicode: state.unicode), width: state.width)
                .enumerated() where y + i < state.height
            {
                canvas.put(line, x: 0, y: y + i, role: message.kind.role, ellipsis: "")
            }
        }
    }
}
