import PathwayCore

/// The help screen, generated from the key map so it can never disagree with the keys.
enum HelpView {
    static func lines(unicode: Bool) -> [(String, StyleRole)] {
        var lines: [(String, StyleRole)] = [("Keys", .accent)]
        for command in Command.allCases {
            let keys = KeyMap.keys(for: command)
            guard !keys.isEmpty else { continue }
            lines.append(("  " + keys.padded(to: 20) + command.help, .text))
        }
        lines += [
            ("", .text),
            ("Editor: Left/Right, Home/End, Backspace/Delete, Ctrl-U clears,", .muted),
            ("        Enter saves, Esc cancels.", .muted),
            ("", .text),
            ("Marks", .accent),
        ]
        for standing in Standing.allCases {
            lines.append(("  " + ChecklistView.markCell(standing, unicode: unicode) + "  " + standing.label, standing.role))
        }
        lines += [
            ("", .text),
            ("Rules", .accent),
            ("  USMLE allows \(RuleFacts.usmleAttemptLimit) attempts per Step (\(RuleFacts.usmleAttemptLimitSource)).", .text),
            ("  Step 1 has a score only for exams on or before 2022-01-25 (\(RuleFacts.step1PassFailSource)).", .text),
            ("  Every move and what it needs: run `imgpath rules` in a shell.", .text),
            ("", .text),
            ("Every change is saved at once; u undoes it, even after a restart.", .muted),
        ]
        return lines
    }

    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect, glyphs: Glyphs) {
        ScrollingText.draw(lines(unicode: state.unicode), title: "Help", state: state, into: &canvas, rect: rect, glyphs: glyphs)
    }
}

/// A boxed list of lines that scrolls with `AppState.scroll`.
enum ScrollingText {
    static func draw(
        _ lines: [(String, StyleRole)], title: String, state: AppState, into canvas: inout Canvas, rect: Rect, glyphs: Glyphs
    ) {
        canvas.box(rect, title: title, focused: true, glyphs: glyphs)
        let inner = Canvas.inner(rect)
        let first = min(state.scroll, max(0, lines.count - inner.height))
        for (offset, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            canvas.put(line.0, x: inner.x + 1, y: inner.y + offset, role: line.1, maxWidth: inner.width - 2, ellipsis: glyphs.ellipsis)
        }
        if first + inner.height < lines.count {
            canvas.put(glyphs.ellipsis, x: rect.x + rect.width - 2, y: rect.y + rect.height - 1, role: .accent)
        }
    }
}

extension String {
    func padded(to width: Int) -> String {
        let w = TextWidth.of(self)
        return w >= width ? self + " " : self + String(repeating: " ", count: width - w)
    }
}
