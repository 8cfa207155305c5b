import PathwayCore

/// The profile screen: who the person is, and what it means for visas, as a list of its fields
/// with the visa facts and published figures under them, scrolled like any details screen (`j`
/// past the last field, or `G`, reads the text to its end).
enum ProfileView {
    /// The label column's width: the labels and a space.
    static let labelWidth = 19

    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect, glyphs: Glyphs) {
        canvas.box(rect, title: "Profile", focused: true, glyphs: glyphs)
        let inner = Canvas.inner(rect)
        guard inner.width > 4, inner.height > 0 else { return }
        list(state, width: inner.width).draw(into: &canvas, inner: inner, cursor: state.profile, glyphs: glyphs)
    }

    /// The fields (one selectable line each), a blank line, then what the profile means: the visa,
    /// then published figures beside the person's own, wrapped to the box.
    static func list(_ state: AppState, width: Int) -> FieldList {
        let profile = state.pathway.profile
        var lines = ProfileField.allCases.map { field -> FieldList.Line in
            let value: String =
                switch field {
                case .citizenship: profile.citizenship.label
                case .visaTrack: profile.visaTrack.label
                default:
                    profile.value(of: field).isEmpty
                        ? "-" : TextWidth.visible(profile.value(of: field), unicode: state.unicode)
                }
            return FieldList.Line(label: field.label, value: value)
        }
        lines.append(FieldList.Line(label: "", value: ""))
        let context = visaLines(profile) + [""] + PathwayStatistics.context(for: state.pathway)
        for line in context.flatMap({ TextWrap.lines($0, width: max(1, width - 2)) }) {
            lines.append(FieldList.Line(label: "", value: line, role: .muted, spansLabel: true))
        }
        return FieldList(lines: lines, labelWidth: labelWidth)
    }

    /// How far the screen scrolls past the selected field, so the text under the fields can be read.
    static func scrollLimit(_ state: AppState) -> Int {
        let inner = Canvas.inner(ListTable.body(state))
        return list(state, width: inner.width).scrollLimit(selected: state.profile.selection, visible: inner.height)
    }

    /// What the profile means for a visa, in plain words, with the facts' sources.
    static func visaLines(_ profile: Profile) -> [String] {
        VisaGuide.lines(for: profile, editKey: ProfileScreen.keyMap.key(.edit))
    }
}
