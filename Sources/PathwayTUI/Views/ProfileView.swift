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
        for paragraph in context {
            for line in TextWrap.lines(paragraph, width: inner.width - 2) where y < inner.y + inner.height {
                canvas.put(
                    line, x: inner.x + 1, y: y, role: .muted, maxWidth: inner.width - 2, ellipsis: glyphs.ellipsis)
                y += 1
            }
        }
    }

    /// What the profile means for a visa, in plain words (from the seed text on the IMG pathway).
    static func visaLines(_ profile: Profile) -> [String] {
        switch profile.citizenship {
        case .usCitizen, .permanentResident:
            return ["No visa is needed to train in the US."]
        case .unknown:
            return ["Set citizenship (\(ProfileScreen.keyMap.key(.edit))) to see what it means for a visa."]
        case .other:
            switch profile.visaTrack {
            case .none:
                return ["A visa is needed to train in the US: J-1 (sponsored by ECFMG) or H-1B (by the program)."]
            case .j1:
                return [
                    "J-1: sponsored by ECFMG, generally easier to obtain; often a two-year home",
                    "residency requirement after training.",
                ]
            case .h1b:
                return [
                    "H-1B: sponsored by the program, no mandatory return; fewer programs offer it.",
                    "Usually needs Step 3 passed before the petition (immigration-law sources; verify).",
                ]
            case .either:
                return [
                    "Either J-1 (ECFMG) or H-1B (the program): a program that sponsors one of them",
                    "fits; for H-1B, Step 3 is usually needed before the petition.",
                ]
            }
        }
    }
}
