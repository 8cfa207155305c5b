import PathwayCore

/// The status picker: every status the milestone could move to, blocked ones with the reason.
enum PickerView {
    static func draw(_ state: AppState, _ options: [StatusOption], into canvas: inout Canvas, within area: Rect, glyphs: Glyphs) {
        let width = min(area.width - 4, 72)
        let reasonLines = options.map { option -> Int in
            let text = option.blockers.first.map { "blocked: \($0)" } ?? option.warnings.first.map { "note: \($0.message)" } ?? ""
            return min(2, max(1, TextWrap.lines(text, width: width - 8).count))
        }
        let height = min(area.height, options.count + reasonLines.reduce(0, +) + 2)
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + max(0, (area.height - height) / 2), width: width, height: height)
        canvas.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, role: .text)
        canvas.box(rect, title: "Set \(MilestoneCatalog[state.selected].shortName) to", focused: true, glyphs: glyphs)
        let inner = Canvas.inner(rect)
        var y = inner.y
        for (index, option) in options.enumerated() where y < inner.y + inner.height {
            let selected = index == state.pickerIndex
            let role: StyleRole = option.isAllowed ? .text : .muted
            let mark = option.isAllowed ? (state.unicode ? "○" : "o") : (state.unicode ? "✖" : "x")
            canvas.put(" \(mark) \(option.status.label)", x: inner.x, y: y, role: role, maxWidth: inner.width, emphasis: option.isAllowed)
            if selected { canvas.paint(x: inner.x, y: y, width: inner.width, role: .selection) }
            y += 1
            if y < inner.y + inner.height {
                let reason: String
                let reasonRole: StyleRole
                if let blocker = option.blockers.first {
                    reason = "blocked: \(blocker)"
                    reasonRole = .blocked
                } else if let warning = option.warnings.first {
                    reason = "note: \(warning.message)"
                    reasonRole = .dueSoon
                } else {
                    reason = ""
                    reasonRole = .muted
                }
                // Reasons wrap onto a second line rather than lose their end.
                let parts = reason.isEmpty ? [""] : TextWrap.lines(reason, width: inner.width - 6)
                for part in parts.prefix(2) where y < inner.y + inner.height {
                    canvas.put("     " + part, x: inner.x, y: y, role: reasonRole, maxWidth: inner.width, ellipsis: glyphs.ellipsis)
                    y += 1
                }
            }
        }
    }
}
