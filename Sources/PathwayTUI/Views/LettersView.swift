import PathwayCore

/// The letters list: writer, US physician, requested, received by ERAS, the programs it goes to
/// and the experience it came from, in 80 columns (title and institution join when wide); under
/// it the totals and the warnings from `LetterRules`.
enum LettersView {
    /// Windows at least this wide (inside the box) show the title and institution too.
    static let wideFrom = 110
    /// Narrower than this, the requested day gives its room to the writer.
    static let narrowBelow = 70

    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect, glyphs: Glyphs) {
        let letters = state.pathway.letters
        let received = letters.filter { $0.received != nil }.count
        let keys = LettersScreen.keyMap
        let empty = ListTable.emptyText(
            "No letters yet: \(keys.key(.addItem)) adds one (its writer first).",
            about: "A line per letter: whether the writer is a US physician, the experience it came from, when "
                + "you asked, when ERAS received it (\(keys.key(.tickReceived)) ticks it) and the programs it "
                + "goes to (\(keys.key(.assignLetter)) assigns it).",
            command: "imgpath letter add WRITER --us")
        ListTable.draw(
            title: letters.isEmpty ? "Letters" : "Letters (\(letters.count), \(received) received)",
            empty: letters.isEmpty ? empty : nil, cursor: state.letters.letters, into: &canvas, rect: rect,
            glyphs: glyphs
        ) { inner, width in
            ListTable(columns: columns(width), rows: rows(state, width: width), footer: footer(state, inner))
        }
    }

    static func columns(_ width: Int) -> [TableColumn] {
        let wide = width >= wideFrom
        let fixed =
            [TableColumn(title: "US", width: 3)]
            + (wide ? [TableColumn(title: "Title", width: 18), TableColumn(title: "Institution", width: 22)] : [])
            + (width < narrowBelow ? [] : [TableColumn(title: "Requested", width: 10)])
            + [
                TableColumn(title: "Received", width: 10), TableColumn(title: "Progs", width: 5),
                TableColumn(title: "USCE", width: 5),
            ]
        return [TableColumn(title: "Id", width: 5)] + TableColumn.fitting("Writer", fixed, in: width - 6)
    }

    /// A row per letter. A letter with a warning (see its detail) shows `!` by its programs.
    static func rows(_ state: AppState, width: Int) -> [ListTable.Row] {
        // A letter's own warnings, and those of a program over the limit it is assigned to.
        let warnings = state.pathway.letterWarnings
        let overLimit = Set(warnings.filter { $0.letterID == nil }.compactMap(\.programID))
        let warned = Set(warnings.compactMap(\.letterID)).union(
            state.pathway.letters.filter { $0.assignments.keys.contains(where: overLimit.contains) }.map(\.id))
        let wide = width >= wideFrom
        return state.pathway.letters.map { letter in
            var cells = [letter.id, TextWidth.visible(letter.writer, unicode: state.unicode)]
            cells.append(letter.usPhysician ? "yes" : "no")
            if wide {
                cells += [
                    TextWidth.visible(letter.title, unicode: state.unicode),
                    TextWidth.visible(letter.institution, unicode: state.unicode),
                ]
            }
            if width >= narrowBelow { cells.append(letter.requested?.description ?? "-") }
            cells.append(letter.received?.description ?? "not yet")
            cells.append(String(letter.assignments.count) + (warned.contains(letter.id) ? " !" : ""))
            cells.append(letter.experienceID ?? "-")
            return ListTable.Row(cells: cells, role: letter.received == nil ? .text : .done)
        }
    }

    /// The totals, then every warning (as many as fit; the CLI lists the rest).
    static func footer(_ state: AppState, _ inner: Rect) -> [(text: String, role: StyleRole)] {
        let pathway = state.pathway
        let letters = pathway.letters
        let received = letters.filter { $0.received != nil }.count
        let us = letters.filter(\.usPhysician).count
        let setKey = LettersScreen.keyMap.key(.setLetterLimit)
        let limit =
            (pathway.letterLimitSetting == nil
                ? "ERAS allows \(pathway.letterLimit) per program" : "your limit: \(pathway.letterLimit) per program")
            + (setKey.isEmpty ? "" : " (\(setKey) changes it)")
        var paragraphs: [(String, StyleRole)] = [
            (
                "\(letters.count) \(letters.count == 1 ? "letter" : "letters"): \(received) received by ERAS, \(us) from US physicians; \(limit)",
                .text
            )
        ]
        let warnings = pathway.letterWarnings
        if warnings.isEmpty {
            paragraphs.append(("No warnings: no program over the limit, no letter sent before ERAS had it", .done))
        } else {
            paragraphs += warnings.map { ("! " + TextWidth.visible($0.message, unicode: state.unicode), .dueSoon) }
        }
        return ListTable.wrap(
            paragraphs, width: inner.width - 2,
            limit: ListTable.footerRoom(innerHeight: inner.height, rowCount: letters.count),
            more: "! \(warnings.count) warnings: open a letter marked ! to see its own",
            ellipsis: Glyphs.forUnicode(state.unicode).ellipsis)
    }

    /// How many letter rows the window shows.
    static func visibleRows(_ state: AppState) -> Int { ListTable.visibleRows(state, footer: footer) }
}
