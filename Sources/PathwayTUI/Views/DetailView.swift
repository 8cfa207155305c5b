import PathwayCore

/// The right pane: everything about the selected milestone, with the lines a person can act on.
enum DetailView {
    /// One drawn line: its text pieces and, for selectable lines, the row index.
    struct Line {
        var label: String
        var value: String
        var role: StyleRole
        var row: Int?
    }

    /// Lines kept in view under the selected one.
    static let margin = 1

    /// A label cut to `width` columns keeping its last word (`Elig…starts`, `Eligib…ends`): labels
    /// that differ only at the end ("Eligibility starts", "Eligibility ends") stay apart in a
    /// narrow window. A label whose last word is too long, or not a word, is cut at the end, as
    /// any text is.
    static func fitted(_ label: String, width: Int, ellipsis: String) -> String {
        let label = withoutAside(label, width: width)
        guard TextWidth.of(label) > width, let space = label.lastIndex(of: " ") else { return label }
        let last = label[label.index(after: space)...]
        let room = width - TextWidth.of(ellipsis) - TextWidth.of(String(last))
        // A last word that is the end of an aside ("(if not the usual one)") says little alone.
        guard room >= 3, last.allSatisfy(\.isLetter) else { return label }
        var head = ""
        for character in label[..<space] {
            if TextWidth.of(head) + TextWidth.of(character) > room { break }
            head.append(character)
        }
        return head.trimmedSpaces + ellipsis + last
    }

    /// Text too wide for `width` without the aside at its end ("Passing score (if not the
    /// published one)" -> "Passing score"): the words before it say what the line is, where a
    /// cut would keep half the aside. The editor's prompt still gives the whole label.
    static func withoutAside(_ text: String, width: Int) -> String {
        guard TextWidth.of(text) > width, text.hasSuffix(")"), let open = text.lastIndex(of: "("),
            open > text.startIndex, text[text.index(before: open)] == " "
        else { return text }
        return String(text[..<text.index(before: open)])
    }

    /// The label column's width, shared by the lines and their drawing.
    static func labelWidth(_ width: Int) -> Int { min(18, width * 2 / 5) }

    static func lines(_ state: AppState, width: Int) -> [Line] {
        let labelWidth = labelWidth(width)
        let id = state.selected
        let pathway = state.pathway
        let record = pathway[id]
        let info = MilestoneCatalog[id]
        let standing = pathway.standing(of: id)
        let check = state.unicode ? "✔" : "x"
        // The value column: the pane less the label column and the margins.
        let valueWidth = max(10, width - 2 - labelWidth - 2)
        var lines: [Line] = []
        for (index, row) in state.detailRows.enumerated() {
            switch row {
            case .status:
                // In a narrow pane the standing gives way: the checklist's mark says it too.
                let full = "\(record.status.label)  (\(standing.label))"
                let value = TextWidth.of(full) <= valueWidth ? full : record.status.label
                lines.append(Line(label: "Status", value: value, role: standing.role, row: index))
                if id.isExam {
                    let used = record.attemptsUsed
                    let left = pathway.attemptsLeft(id)
                    lines.append(
                        Line(
                            label: "Attempts", value: "\(used) used, \(left) left of \(RuleFacts.usmleAttemptLimit)",
                            role: left == 0 ? .failed : .muted, row: nil))
                    for attempt in record.attempts {
                        var text = "\(attempt.date) \(attempt.result.rawValue)"
                        if let score = attempt.score { text += ", \(score)" }
                        lines.append(
                            Line(label: "", value: text, role: attempt.result == .passed ? .done : .muted, row: nil))
                    }
                }
                for reason in PathwayMachine.blockingReasons(for: id, in: pathway) {
                    for (i, part) in TextWrap.lines(reason.description, width: valueWidth).enumerated() {
                        lines.append(Line(label: i == 0 ? "Blocked" : "", value: part, role: .blocked, row: nil))
                    }
                }
                // The plan's step for this milestone, when it waits for a day or has more to say
                // (a retake's earliest attempt, the last allowed attempt, the state's years).
                if let step = state.plan.items.first(where: { $0.kind == .step && $0.milestone == id }),
                    let status = step.status, step.date != nil || step.note != nil
                {
                    var text = status.label + (step.dateText.map { " from \($0)" } ?? "")
                    if let note = step.note { text += "; " + note }
                    for (i, part) in TextWrap.lines(text, width: valueWidth).enumerated() {
                        lines.append(Line(label: i == 0 ? "Next step" : "", value: part, role: .text, row: nil))
                    }
                }
                if let item = state.agenda.nearest(for: id), item.needsAction {
                    let text =
                        "\(TextWidth.visible(item.title, unicode: state.unicode)) \(item.date) (\(item.whenText))"
                    for (i, part) in TextWrap.lines(text, width: valueWidth).enumerated() {
                        lines.append(
                            Line(
                                label: i == 0 ? "Next date" : "", value: part,
                                role: item.isOverdue ? .overdue : item.daysLeft <= 14 ? .dueSoon : .text, row: nil))
                    }
                }
                if id == .ecfmg {
                    for exam in [MilestoneID.step1, .step2ck] {
                        let passed = pathway[exam].status == .passed
                        lines.append(
                            Line(
                                label: exam == .step1 ? "Exams" : "",
                                value: "[\(passed ? check : " ")] \(MilestoneCatalog[exam].shortName) passed",
                                role: passed ? .done : .muted, row: nil))
                    }
                }
            case .date(let status):
                lines.append(
                    Line(label: "Date", value: record.date(of: status).map { "\($0)" } ?? "-", role: .text, row: index))
            case .score:
                lines.append(
                    Line(
                        label: "Score", value: record.attempts.last?.score.map(String.init) ?? "-", role: .text,
                        row: index))
            case .item(let item):
                let ticked = state.pathway.isTicked(id, item)
                let label = info.item(item)?.label ?? item
                lines.append(
                    Line(
                        label: "", value: "[\(ticked ? check : " ")] \(label)", role: ticked ? .done : .text, row: index
                    ))
            case .field(let field):
                let label = info.field(field)?.label ?? field
                var value = state.pathway.detail(id, field).map { TextWidth.visible($0, unicode: state.unicode) } ?? "-"
                if state.pathway.isDerived(id, field) {
                    let fromLetters = Pathway.letterDerivedFields.contains { $0.milestone == id && $0.field == field }
                    value += fromLetters ? " (from letters)" : " (from programs)"
                }
                lines.append(Line(label: label, value: value, role: .text, row: index))
            case .open(let screen):
                let link = link(screen, state)
                lines.append(Line(label: link.label, value: link.value, role: .accent, row: index))
            case .notes:
                // Notes are shown wrapped, a paragraph per line of the note; the first line is the
                // one to select. Only as much as the line limit can show is read: a note of any
                // length draws as fast as a short one, and Enter edits the whole of it.
                let shown = record.notes.prefix(TextWrap.defaultLimit * (valueWidth + 1))
                let paragraphs =
                    record.notes.isEmpty
                    ? ["-"]
                    : shown.split(separator: "\n", omittingEmptySubsequences: false).prefix(TextWrap.defaultLimit).map {
                        TextWidth.visible(String($0), unicode: state.unicode)
                    }
                var first = true
                var budget = TextWrap.defaultLimit
                for paragraph in paragraphs where budget > 0 {
                    let parts = TextWrap.lines(paragraph, width: valueWidth, limit: budget)
                    budget -= parts.count
                    for part in parts {
                        lines.append(
                            Line(label: first ? "Notes" : "", value: part, role: .text, row: first ? index : nil))
                        first = false
                    }
                }
                if shown.endIndex < record.notes.endIndex || budget <= 0 {
                    lines.append(
                        Line(
                            label: "", value: "… more, Enter edits", role: .muted,
                            row: nil))
                }
            }
        }
        // What the step is, with its source; and, for the application steps, the published
        // figures beside the person's own.
        let guide = MilestoneGuide.about(id)
        var about = [guide.text + " (" + guide.source + ")"]
        if id == .eras || id == .match { about += PathwayStatistics.context(for: pathway) }

        if id == .license { about += LicenseGuide.lines(for: pathway) }
        lines.append(Line(label: "", value: "", role: .text, row: nil))
        for (n, paragraph) in about.enumerated() {
            for (i, part) in TextWrap.lines(paragraph, width: valueWidth).enumerated() {
                lines.append(Line(label: n == 0 && i == 0 ? "About" : "", value: part, role: .muted, row: nil))
            }
        }
        // The season's fees: paid beside expected, where the person plans the applications.
        if id == .eras {
            let cycle = SeasonCalendar(pathway: pathway, today: state.today).cycle
            let budget = SeasonBudget(pathway: pathway, cycle: cycle, book: FactBook.current)
            lines.append(Line(label: "", value: "", role: .text, row: nil))
            for (n, paragraph) in budget.lines.enumerated() {
                for (i, part) in TextWrap.lines(paragraph, width: valueWidth).enumerated() {
                    lines.append(
                        Line(
                            label: n == 0 && i == 0 ? "Budget" : "", value: part, role: n < 2 ? .text : .muted, row: nil
                        ))
                }
            }
        }
        return lines
    }

    /// What a line that opens another screen says: its label, and a count with the key that
    /// opens the screen from anywhere (Enter opens it from the line).
    static func link(_ screen: AppState.Screen, _ state: AppState) -> (label: String, value: String) {
        let pathway = state.pathway
        switch screen {
        case .letters:
            let received = pathway.letters.filter { $0.received != nil }.count
            let count = pathway.letters.isEmpty ? "none yet" : "\(pathway.letters.count), \(received) received"
            return ("Letters", "\(count) (\(KeyMap.global.key(.showLetters)))")
        default:
            let weeks = ClinicalExperience.weeksText(pathway.experiences, today: state.today)
            let count = pathway.experiences.isEmpty ? "none yet" : "\(pathway.experiences.count), \(weeks)"
            return ("US experience", "\(count) (\(KeyMap.global.key(.showExperience)))")
        }
    }

    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect, glyphs: Glyphs) {
        let info = MilestoneCatalog[state.selected]
        canvas.box(rect, title: info.name, focused: state.pane == .detail, glyphs: glyphs)
        let inner = Canvas.inner(rect)
        guard inner.width > 4, inner.height > 0 else { return }
        let all = lines(state, width: inner.width)
        // Scroll so that the selected line is in view.
        let selectedLine = all.firstIndex { $0.row == state.detailIndex } ?? 0
        let first = state.detail.firstLine(
            selectedLine: selectedLine, lineCount: all.count, visible: inner.height, margin: margin)
        let labelWidth = labelWidth(inner.width)
        for (offset, line) in all.dropFirst(first).prefix(inner.height).enumerated() {
            let y = inner.y + offset
            let x = inner.x + 1
            let usable = inner.width - 2
            if !line.label.isEmpty {
                canvas.put(
                    fitted(line.label, width: labelWidth, ellipsis: glyphs.ellipsis), x: x, y: y, role: .muted,
                    maxWidth: labelWidth, ellipsis: glyphs.ellipsis)
            }
            let valueX = line.label.isEmpty && line.row != nil ? x : x + labelWidth + 2
            let room = usable - (valueX - x)
            // A checklist item too long for the pane loses its aside before it is cut.
            let value = line.label.isEmpty && line.row != nil ? withoutAside(line.value, width: room) : line.value
            canvas.put(value, x: valueX, y: y, role: line.role, maxWidth: room, ellipsis: glyphs.ellipsis)
            if let row = line.row, row == state.detailIndex, state.pane == .detail {
                canvas.paint(x: inner.x, y: y, width: inner.width, role: .selection)
            }
        }
        if first > 0 { canvas.put(glyphs.ellipsis, x: rect.x + rect.width - 2, y: inner.y, role: .muted) }
        if first + inner.height < all.count {
            canvas.put(glyphs.ellipsis, x: rect.x + rect.width - 2, y: inner.y + inner.height - 1, role: .muted)
        }
    }
}
