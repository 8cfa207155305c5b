import PathwayCore

/// The profile screen: who the person is, and what it means for visas.
enum ProfileView {
    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect, glyphs: Glyphs) {
        canvas.box(rect, title: "Profile", focused: true, glyphs: glyphs)
        let inner = Canvas.inner(rect)
        let profile = state.pathway.profile
        for (index, field) in ProfileField.allCases.enumerated() where index < inner.height {
            let y = inner.y + index
            let value: String =
                switch field {
                case .citizenship: profile.citizenship.label
                case .visaTrack: profile.visaTrack.label
                default:
                    profile.value(of: field).isEmpty
                        ? "-" : TextWidth.visible(profile.value(of: field), unicode: state.unicode)
                }
            canvas.put(field.label, x: inner.x + 1, y: y, role: .muted, maxWidth: 18)
            canvas.put(value, x: inner.x + 20, y: y, role: .text, maxWidth: inner.width - 21, ellipsis: glyphs.ellipsis)
            if index == state.profile.selection { canvas.paint(x: inner.x, y: y, width: inner.width, role: .selection) }
        }
        var y = inner.y + ProfileField.allCases.count + 1
        // What the profile means: the visa, then published figures beside the person's own.
        let context = visaLines(profile) + [""] + PathwayStatistics.context(for: state.pathway)
        let lines = context.flatMap { TextWrap.lines($0, width: inner.width - 2) }
        let room = max(0, inner.y + inner.height - y)
        for (index, line) in lines.prefix(room).enumerated() {
            // A text cut by the window's height says so on its last line shown.
            let cut = index == room - 1 && lines.count > room
            canvas.put(
                cut ? line + " " + glyphs.ellipsis : line, x: inner.x + 1, y: y, role: .muted,
                maxWidth: inner.width - 2, ellipsis: glyphs.ellipsis)
            y += 1
        }
    }

    /// What the profile means for a visa, in plain words, with the facts' sources.
    static func visaLines(_ profile: Profile) -> [String] {
        VisaGuide.lines(for: profile, editKey: ProfileScreen.keyMap.key(.edit))
    }
}
