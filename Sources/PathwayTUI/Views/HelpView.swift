import PathwayCore

/// The help screen, generated from the key maps so it can never disagree with the keys.
enum HelpView {
    /// The line where a key map's keys start (its title), if help lists it.
    static func firstLine(of map: KeyMap) -> Int? {
        lines(unicode: true).firstIndex { $0.0 == map.title && $0.1 == .accent }
    }

    static func lines(unicode: Bool) -> [(String, StyleRole)] {
        var lines: [(String, StyleRole)] = []
        for map in KeyMap.all {
            if !lines.isEmpty { lines.append(("", .text)) }
            lines.append((map.title, .accent))
            for binding in map.bindings {
                lines.append(("  " + binding.keyNames.padded(to: 20) + binding.help, .text))
            }
        }
        // The programs' filter reads words as well as text; each word and what it takes.
        lines += [("", .text), ("Filter words (programs table, \(ProgramsScreen.keyMap.key(.startFilter)))", .accent)]
        lines.append(("  Text and words, all to match; status:applied,invited is either", .text))
        for word in ProgramQuery.words {
            lines.append(("  " + word.word.padded(to: 20) + word.takes, .text))
        }
        lines += [("", .text), ("Marks", .accent)]
        for standing in Standing.allCases {
            lines.append(
                ("  " + ChecklistView.markCell(standing, unicode: unicode) + "  " + standing.label, standing.role))
        }
        lines += [
            ("", .text),
            ("Rules", .accent),
            (
                "  USMLE allows \(RuleFacts.usmleAttemptLimit) attempts per Step (\(RuleFacts.usmleAttemptLimitSource)).",
                .text
            ),
            ("  Step 1 has a score only for exams on or before 2022-01-25 (\(RuleFacts.step1PassFailSource)).", .text),
            ("  Every move and what it needs: run `imgpath rules` in a shell.", .text),
            ("", .text),
            ("Every change is saved at once; \(KeyMap.global.key(.undo)) undoes it, even after a restart.", .muted),
        ]
        return lines
    }

    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect, glyphs: Glyphs) {
        ScrollingText.draw(
            lines(unicode: state.unicode), title: "Help", state: state, into: &canvas, rect: rect, glyphs: glyphs)
    }
}
