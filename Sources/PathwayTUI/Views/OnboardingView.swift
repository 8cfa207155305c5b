import PathwayCore

/// The first-run screen: record what is already done, with dates, in a few keys.
enum OnboardingView {
    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect, glyphs: Glyphs) {
        canvas.box(rect, title: "Welcome to imgpath", focused: true, glyphs: glyphs)
        let inner = Canvas.inner(rect)
        let keys = OnboardingScreen.keyMap
        let move = keys.binding(for: .moveDown)?.barKeys ?? ""
        let mark = keys.key(.activate)
        let intro = [
            "Your road to a US license, step by step. Mark what you have done already:",
            "move with \(move), press \(mark) on a step, type the date it happened.",
            "",
        ]
        var y = inner.y
        for line in intro.flatMap({ TextWrap.lines($0, width: inner.width - 2) }) where y < inner.y + inner.height {
            canvas.put(line, x: inner.x + 1, y: y, role: .text, maxWidth: inner.width - 2, ellipsis: glyphs.ellipsis)
            y += 1
        }
        let pathway = state.pathway
        for (index, id) in MilestoneID.allCases.enumerated() where y < inner.y + inner.height {
            let info = MilestoneCatalog[id]
            let done = pathway.isDone(id)
            let doneStatus = info.statuses.first(where: info.isDone)?.label ?? "done"
            let check = state.unicode ? "✔" : "x"
            let date = pathway[id].date(of: pathway[id].status).map { " on \($0)" } ?? ""
            let text =
                "[\(done ? check : " ")] \(info.name)"
                + (done ? "  \(pathway[id].status.label)\(date)" : "  (\(mark): \(doneStatus))")
            canvas.put(
                text, x: inner.x + 2, y: y, role: done ? .done : .text, maxWidth: inner.width - 3,
                ellipsis: glyphs.ellipsis)
            if index == state.onboarding.selection {
                canvas.paint(x: inner.x, y: y, width: inner.width, role: .selection)
            }
            y += 1
        }
        let outro = [
            "",
            "The rules still apply: ECFMG certification needs both exams first.",
            "\(keys.key(.showProfile)): your profile (visa track).  \(keys.key(.back)): start.  "
                + "\(keys.key(.showHelp)): every key.",
        ]
        for line in outro where y < inner.y + inner.height {
            canvas.put(line, x: inner.x + 1, y: y, role: .muted, maxWidth: inner.width - 2, ellipsis: glyphs.ellipsis)
            y += 1
        }
    }
}
