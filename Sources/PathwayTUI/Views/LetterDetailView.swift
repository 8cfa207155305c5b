import PathwayCore

/// One letter in full: its fields, the day ERAS received it and the number of programs it goes
/// to (the selectable lines), then each program with its day, and the letter's warnings.
enum LetterDetailView {
    static let labelWidth = 20

    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect, glyphs: Glyphs) {
        guard let id = state.letters.letterID, let letter = state.pathway.letter(id) else {
            canvas.goneBox(
                rect, title: "Letter",
                text: "This letter no longer exists; \(LetterDetailScreen.keyMap.key(.back)) goes back.",
                glyphs: glyphs)
            return
        }
        canvas.box(
            rect, title: "\(letter.id) \(TextWidth.visible(letter.writer, unicode: state.unicode))", focused: true,
            glyphs: glyphs)
        let inner = Canvas.inner(rect)
        guard inner.width > 10, inner.height > 0 else { return }
        let list = FieldList(lines: lines(letter, state: state, width: inner.width - 2), labelWidth: labelWidth)
        list.draw(into: &canvas, inner: inner, cursor: state.letters.letterDetail, glyphs: glyphs)
    }

    /// The lines for a text width, the selectable ones first in the order of `LetterDetailScreen.lines`.
    static func lines(_ letter: Letter, state: AppState, width: Int) -> [FieldList.Line] {
        let pathway = state.pathway
        var lines: [FieldList.Line] = LetterDetailScreen.lines.map { line in
            switch line {
            case .field(let field):
                var value = field.text(of: letter)
                if field == .experience, let experience = letter.experienceID.flatMap(pathway.experience) {
                    value += " \(experience.site)"
                }
                return FieldList.Line(
                    label: field.label, value: value.isEmpty ? "-" : TextWidth.visible(value, unicode: state.unicode))
            case .received:
                return FieldList.Line(
                    label: "Received by ERAS", value: letter.received?.description ?? "not yet",
                    role: letter.received == nil ? .dueSoon : .done)
            case .programs:
                let count = letter.assignments.count
                return FieldList.Line(
                    label: "Assigned to",
                    value: count == 0 ? "no program yet" : "\(count) program\(count == 1 ? "" : "s")")
            }
        }
        let valueWidth = width - labelWidth
        let assigned = letter.assignments.sorted { $0.key < $1.key }
        if !assigned.isEmpty { lines.append(FieldList.Line(label: "", value: "")) }
        for (index, (program, day)) in assigned.enumerated() {
            let name = pathway.program(program).map { TextWidth.visible($0.name, unicode: state.unicode) } ?? ""
            lines.append(
                FieldList.Line(label: index == 0 ? "Programs" : "", value: "\(day) \(program) \(name)"))
        }
        let warnings = pathway.letterWarnings.filter {
            $0.letterID == letter.id
                || ($0.letterID == nil && $0.programID.map { letter.assignments[$0] != nil } == true)
        }
        if !warnings.isEmpty { lines.append(FieldList.Line(label: "", value: "")) }
        for warning in warnings {
            lines += FieldList.wrapped(
                "Warning", TextWidth.visible(warning.message, unicode: state.unicode), role: .dueSoon,
                valueWidth: valueWidth)
        }
        return lines
    }

    /// How far the details scroll past the last selectable line, so the programs and warnings can be read.
    static func scrollLimit(_ state: AppState) -> Int {
        guard let id = state.letters.letterID, let letter = state.pathway.letter(id) else { return 0 }
        let list = FieldList(lines: lines(letter, state: state, width: state.width - 4), labelWidth: labelWidth)
        return list.scrollLimit(selected: state.letters.letterDetail.selection, visible: FieldList.visible(state))
    }
}
