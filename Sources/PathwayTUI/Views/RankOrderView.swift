import PathwayCore

/// The rank order list: positions, the programs in the person's order, whether the list is
/// certified; SOAP programs apart below it.
enum RankOrderView {
    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect, glyphs: Glyphs) {
        let pathway = state.pathway
        let ranked = pathway.rankOrder.ranked(pathway.programs)
        let certified = pathway.rankOrder.certificationText(pathway.programs)
        canvas.box(rect, title: "Rank order list (\(ranked.count), \(certified))", focused: true, glyphs: glyphs)
        let inner = Canvas.inner(rect)
        guard inner.width > 10, inner.height > 0 else { return }
        let x = inner.x + 1
        let width = inner.width - 2
        let fits = pathway.programFits(today: state.today)
        // Each line: its text, its role, and the index on the list when it can be selected.
        var lines: [(text: String, role: StyleRole, index: Int?)] = []
        if ranked.isEmpty {
            lines += TextWrap.lines(RankOrderScreen.emptyText, width: width).map { ($0, .muted, nil) }
        }
        for (index, program) in ranked.enumerated() {
            lines.append(
                (row(program, position: "\(index + 1).", fits: fits, state: state, width: width), .text, index))
        }
        let soap = pathway.programs.filter { $0.soap && $0.status.isActive }
        if !soap.isEmpty {
            lines.append(("", .text, nil))
            lines.append(("SOAP programs (applied in SOAP, not on this list)", .accent, nil))
            for program in soap {
                lines.append((row(program, position: "-", fits: fits, state: state, width: width), .muted, nil))
            }
        }
        let selected = min(state.programs.rank.selection, max(0, ranked.count - 1))
        let selectedLine = lines.firstIndex { $0.index == selected } ?? 0
        let first = state.programs.rank.firstLine(
            selectedLine: selectedLine, lineCount: lines.count, visible: inner.height)
        for (offset, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            let y = inner.y + offset
            canvas.put(line.text, x: x, y: y, role: line.role, maxWidth: width, ellipsis: glyphs.ellipsis)
            if line.index == selected && !ranked.isEmpty {
                canvas.paint(x: inner.x, y: y, width: inner.width, role: .selection)
            }
        }
        if first + inner.height < lines.count {
            canvas.put(glyphs.ellipsis, x: rect.x + rect.width - 2, y: rect.y + rect.height - 1, role: .accent)
        }
    }

    /// A program's line: position, name, then state, visa, interview day, the person's rating
    /// and fit marks on the right.
    private static func row(
        _ program: Program, position: String, fits: [String: [ProgramFit]], state: AppState, width: Int
    ) -> String {
        let marks = String((fits[program.id] ?? []).map(\.kind.mark))
        let tail = [
            program.state.padded(to: 3), program.visa.shortLabel.padded(to: 8),
            (program.interviewDay?.description ?? "").padded(to: 11),
            (program.rating.map { "\($0)/5" } ?? "").padded(to: 4), marks.padded(to: 4),
        ].joined()
        let head = position.padded(to: 5)
        let nameWidth = max(8, width - TextWidth.of(head) - TextWidth.of(tail) - 1)
        let name = TextWidth.visible(program.name, unicode: state.unicode)
        return head + fitted(name, to: nameWidth, ellipsis: state.unicode ? "…" : "~") + " " + tail
    }

    /// Text cut to a width (with an ellipsis) and padded to it, in terminal columns.
    private static func fitted(_ text: String, to width: Int, ellipsis: String) -> String {
        var out = text
        if TextWidth.of(text) > width {
            out = ""
            for character in text {
                if TextWidth.of(out) + TextWidth.of(character) + TextWidth.of(ellipsis) > width { break }
                out.append(character)
            }
            out += ellipsis
        }
        return out + String(repeating: " ", count: max(0, width - TextWidth.of(out)))
    }
}
