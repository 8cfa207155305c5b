import PathwayCore

/// One entry of US clinical experience in full: every field (the selectable lines), then its
/// weeks and the letters that came from it.
enum ExperienceDetailView {
    static let labelWidth = 16

    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect, glyphs: Glyphs) {
        guard let id = state.letters.experienceID, let experience = state.pathway.experience(id) else {
            canvas.goneBox(
                rect, title: "Experience",
                text: "This entry no longer exists; \(ExperienceDetailScreen.keyMap.key(.back)) goes back.",
                glyphs: glyphs)
            return
        }
        canvas.box(
            rect, title: "\(experience.id) \(TextWidth.visible(experience.site, unicode: state.unicode))",
            focused: true, glyphs: glyphs)
        let inner = Canvas.inner(rect)
        guard inner.width > 10, inner.height > 0 else { return }
        let list = FieldList(lines: lines(experience, state: state), labelWidth: labelWidth)
        list.draw(into: &canvas, inner: inner, cursor: state.letters.experienceDetail, glyphs: glyphs)
    }

    /// The fields in the order of `ExperienceField`, then the weeks and the letters from it.
    static func lines(_ experience: ClinicalExperience, state: AppState) -> [FieldList.Line] {
        var lines = ExperienceField.allCases.map { field in
            let value = field == .kind ? experience.kind.label : field.text(of: experience)
            return FieldList.Line(
                label: field.label, value: value.isEmpty ? "-" : TextWidth.visible(value, unicode: state.unicode))
        }
        lines.append(FieldList.Line(label: "", value: ""))
        lines.append(FieldList.Line(label: "Weeks", value: String(experience.weeks), role: .accent))
        let letters = state.pathway.letters.filter { $0.experienceID == experience.id }
        for (index, letter) in letters.enumerated() {
            lines.append(
                FieldList.Line(
                    label: index == 0 ? "Letters from it" : "",
                    value: "\(letter.id) \(TextWidth.visible(letter.writer, unicode: state.unicode))"))
        }
        return lines
    }

    /// How far the details scroll past the last field, so the weeks and letters can be read.
    static func scrollLimit(_ state: AppState) -> Int {
        guard let id = state.letters.experienceID, let experience = state.pathway.experience(id) else { return 0 }
        let list = FieldList(lines: lines(experience, state: state), labelWidth: labelWidth)
        return list.scrollLimit(selected: state.letters.experienceDetail.selection, visible: FieldList.visible(state))
    }
}
