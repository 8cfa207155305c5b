import PathwayCore

/// The US clinical experience list: site, kind, state, start, end and weeks in 80 columns
/// (specialty and city join when wide); under it the weeks of each kind.
enum ExperienceView {
    /// Windows at least this wide (inside the box) show the specialty and city too.
    static let wideFrom = 110
    /// Narrower than this, the state gives its room to the site.
    static let narrowBelow = 70

    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect, glyphs: Glyphs) {
        let list = state.pathway.experiences
        let weeks = ClinicalExperience.weeksText(list, today: state.today)
        let keys = ExperienceScreen.keyMap
        let empty = ListTable.emptyText(
            "No US clinical experience yet: \(keys.key(.addItem)) adds an entry.",
            about: "An entry per observership, hands-on externship or elective, research post or US health-care "
                + "job: its site, dates and supervisor, and the weeks of each kind.",
            command: "imgpath usce add SITE --kind KIND --start D --end D")
        ListTable.draw(
            title: list.isEmpty ? "US clinical experience" : "US clinical experience (\(list.count), \(weeks))",
            empty: list.isEmpty ? empty : nil, cursor: state.letters.experiences, into: &canvas, rect: rect,
            glyphs: glyphs
        ) { inner, width in
            let planned = list.contains { $0.isPlanned(today: state.today) }
            return ListTable(
                columns: columns(width, planned: planned), rows: rows(state, width: width),
                footer: footer(state, inner))
        }
    }

    /// The columns; with a planned entry, the weeks column has room for "4 planned".
    static func columns(_ width: Int, planned: Bool = false) -> [TableColumn] {
        let wide = width >= wideFrom
        let fixed =
            (wide ? [TableColumn(title: "Specialty", width: 18), TableColumn(title: "City", width: 14)] : [])
            + [TableColumn(title: "Kind", width: 8)]
            + (width < narrowBelow ? [] : [TableColumn(title: "State", width: 5)])
            + [
                TableColumn(title: "Start", width: 10), TableColumn(title: "End", width: 10),
                TableColumn(title: "Weeks", width: planned ? 10 : 5),
            ]
        return [TableColumn(title: "Id", width: 5)] + TableColumn.fitting("Site", fixed, in: width - 6)
    }

    /// A kind in at most 8 columns.
    static func shortLabel(_ kind: ExperienceKind) -> String {
        switch kind {
        case .observership: "observer"
        case .handsOn: "hands-on"
        case .research: "research"
        case .employment: "US job"
        }
    }

    static func rows(_ state: AppState, width: Int) -> [ListTable.Row] {
        let wide = width >= wideFrom
        return state.pathway.experiences.map { experience in
            var cells = [experience.id, TextWidth.visible(experience.site, unicode: state.unicode)]
            if wide {
                cells += [
                    TextWidth.visible(experience.specialty, unicode: state.unicode),
                    TextWidth.visible(experience.city, unicode: state.unicode),
                ]
            }
            cells.append(shortLabel(experience.kind))
            if width >= narrowBelow { cells.append(experience.state.isEmpty ? "-" : experience.state) }
            // A rotation still ahead says so and is drawn muted: it is planned, not yet done.
            let planned = experience.isPlanned(today: state.today)
            cells += [
                experience.start.description, experience.end.description,
                String(experience.weeks) + (planned ? " planned" : ""),
            ]
            return ListTable.Row(cells: cells, role: planned ? .muted : .text)
        }
    }

    /// The weeks of each kind, and the total.
    static func footer(_ state: AppState, _ inner: Rect) -> [(text: String, role: StyleRole)] {
        let list = state.pathway.experiences
        let byKind = ClinicalExperience.weeksByKind(list, today: state.today)
        let parts =
            byKind.isEmpty
            ? "none started yet"
            : byKind.map { "\($0.kind == .handsOn ? "hands-on" : $0.kind.label) \($0.weeks)" }
                .joined(separator: ", ")
        let paragraphs: [(String, StyleRole)] = [
            (
                "Weeks by kind: \(parts); "
                    + (ClinicalExperience.weeks(list, today: state.today).planned == 0
                        ? "\(ClinicalExperience.weeks(list, today: state.today).done) in all"
                        : ClinicalExperience.weeksText(list, today: state.today)),
                .text
            )
        ]
        return ListTable.wrap(
            paragraphs, width: inner.width - 2,
            limit: ListTable.footerRoom(innerHeight: inner.height, rowCount: list.count),
            more: "imgpath usce list shows the weeks of each kind", ellipsis: Glyphs.forUnicode(state.unicode).ellipsis)
    }

    /// How many entries the window shows.
    static func visibleRows(_ state: AppState) -> Int { ListTable.visibleRows(state, footer: footer) }
}
