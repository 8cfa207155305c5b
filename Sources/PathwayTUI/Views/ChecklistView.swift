import PathwayCore

/// The left pane: the eight milestones with a mark that reads without colour, and their status.
enum ChecklistView {
    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect, glyphs: Glyphs) {
        canvas.box(rect, title: "Pathway", focused: state.pane != .detail && state.screen == .main, glyphs: glyphs)
        let inner = Canvas.inner(rect)
        let pathway = state.pathway
        let nearest = state.agenda.nearestByMilestone()
        for (row, id) in MilestoneID.allCases.enumerated() where row < inner.height {
            let y = inner.y + row
            let standing = pathway.standing(of: id)
            let selected = id == state.selected
            let name = MilestoneCatalog[id].shortName
            let status = pathway[id].status
            // A step under way keeps its status word; the mark says that it is blocked.
            var statusText = status == .notStarted ? standing.label : status.label
            drawMark(standing, unicode: state.unicode, into: &canvas, x: inner.x, y: y)
            canvas.put(name, x: inner.x + 4, y: y, role: .text, maxWidth: 11, emphasis: selected)
            // The nearest date of the step, when it is close: "12d", or "-3d" when overdue.
            var statusWidth = inner.width - 16
            if let item = nearest[id], item.needsAction, item.daysLeft <= 60, item.isOverdue || item.daysLeft >= 0 {
                let text = "\(item.daysLeft)d"
                canvas.put(
                    text, x: inner.x + inner.width - TextWidth.of(text) - 1, y: y,
                    role: item.isOverdue ? .overdue : .dueSoon)
                // The status keeps a space before the days ("submitted 9d", never "submitted9d").
                statusWidth -= TextWidth.of(text) + 2
            }
            // In a narrow window "available" gives way to the date; the mark already says it.
            if standing == .available, TextWidth.of(statusText) > statusWidth, statusWidth < inner.width - 16 {
                statusText = ""
            }
            canvas.put(
                statusText, x: inner.x + 16, y: y, role: standing.role, maxWidth: statusWidth, ellipsis: glyphs.ellipsis
            )
            if selected {
                let focused = state.pane == .checklist
                canvas.paint(x: inner.x, y: y, width: inner.width, role: focused ? .selection : .accent)
                if !focused && state.unicode { canvas.put(glyphs.pointer, x: inner.x, y: y, role: .accent) }
            }
        }
        // Under the list: the overall progress, then what is coming up.
        let legendY = inner.y + MilestoneID.allCases.count + 1
        guard legendY < inner.y + inner.height else { return }
        canvas.put("\(pathway.doneCount) of 8 done", x: inner.x + 1, y: legendY, role: .muted)
        let barX = inner.x + 14
        let barWidth = inner.width - 15
        if barWidth >= 4 {
            canvas.bar(done: pathway.doneCount, total: 8, x: barX, y: legendY, width: barWidth, glyphs: glyphs)
        }
        drawComingUp(state, into: &canvas, inner: inner, glyphs: glyphs)
    }

    /// The line of the "Coming up" heading in the pane's inside, under the progress: a blank line
    /// sets it apart only when that still leaves room for two items. Nil when there is no room.
    static func comingUpTop(_ inner: Rect) -> Int? {
        let legendY = inner.y + MilestoneID.allCases.count + 1
        let bottom = inner.y + inner.height
        guard legendY + 1 < bottom else { return nil }
        return bottom - (legendY + 1) >= 4 ? legendY + 2 : legendY + 1
    }

    /// How many items of the plan "Coming up" shows at once in the state's window.
    static func comingUpVisible(_ state: AppState) -> Int {
        let inner = Canvas.inner(Layout(width: state.width, height: state.height).checklist)
        guard let top = comingUpTop(inner) else { return 0 }
        return max(0, inner.y + inner.height - top - 1)
    }

    /// "Coming up": the first items of the plan (the legend of the marks is in help), one line
    /// per item, days left first. Overdue items start with "!" and estimates end their days with
    /// "~", so both read without colour. The heading names the key that chooses among them; while
    /// they have the keyboard, the chosen one is highlighted and the list scrolls to it.
    static func drawComingUp(_ state: AppState, into canvas: inout Canvas, inner: Rect, glyphs: Glyphs) {
        guard let top = comingUpTop(inner) else { return }
        let (x, width, bottom) = (inner.x, inner.width, inner.y + inner.height)
        let focused = state.pane == .comingUp && state.screen == .main
        let key = MainScreen.keyMap.key(.showComingUp)
        canvas.put("Coming up", x: x + 1, y: top, role: focused ? .accent : .muted, emphasis: focused)
        if !key.isEmpty { canvas.put("(\(key))", x: x + 11, y: top, role: .muted) }
        let items = state.plan.items
        var y = top + 1
        if items.isEmpty, y < bottom { canvas.put("nothing to do", x: x + 1, y: y, role: .muted) }
        let visible = max(1, bottom - y)
        let selected = min(state.comingUp.selection, max(0, items.count - 1))
        let first =
            focused ? state.comingUp.firstLine(selectedLine: selected, lineCount: items.count, visible: visible) : 0
        for (index, item) in items.enumerated().dropFirst(first) where y < bottom {
            let when = comingUpWhen(item)
            let role: StyleRole
            switch item.kind {
            case .overdue: role = .overdue
            case .step where item.date == nil: role = .accent
            default: role = (item.daysLeft ?? 0) <= Plan.soonDays ? .dueSoon : .muted
            }
            let padded = String(repeating: " ", count: max(0, 5 - TextWidth.of(when))) + when
            canvas.put(padded, x: x + 1, y: y, role: role)
            canvas.put(
                TextWidth.visible(item.text, unicode: state.unicode), x: x + 7, y: y, role: .text,
                maxWidth: max(0, width - 8), ellipsis: glyphs.ellipsis)
            if focused && index == selected { canvas.paint(x: x, y: y, width: width, role: .selection) }
            y += 1
        }
    }

    /// The days-left column: "now", "12d", "!22d" for 22 days overdue, "103d~" for an estimate.
    static func comingUpWhen(_ item: PlanItem) -> String {
        guard let days = item.daysLeft else { return "now" }
        if item.kind == .overdue { return "!\(-days)d" }
        return "\(days)d" + (item.estimated ? "~" : "")
    }

    /// Draws the mark with only the glyph in the standing's role, so an underlined role does
    /// not underline the padding.
    static func drawMark(_ standing: Standing, unicode: Bool, into canvas: inout Canvas, x: Int, y: Int) {
        if unicode {
            canvas.put(standing.mark(unicode: true), x: x + 1, y: y, role: standing.role)
        } else {
            canvas.put(markCell(standing, unicode: false), x: x, y: y, role: standing.role)
        }
    }

    /// The three-cell mark: " ✔ " in Unicode, "[x]" in ASCII, where a space alone would not show.
    static func markCell(_ standing: Standing, unicode: Bool) -> String {
        let mark = standing.mark(unicode: unicode)
        return unicode ? " \(mark) " : "[\(mark)]"
    }
}
