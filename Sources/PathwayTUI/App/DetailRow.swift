import PathwayCore

/// One line of the detail pane. Selectable lines can be acted on; the others explain.
public enum DetailRow: Equatable, Sendable {
    case status
    case date(Status)
    case score
    case item(String)
    case field(String)
    case notes
    /// A line that opens another screen: the ERAS step's letters and US clinical experience.
    case open(AppState.Screen)

    /// The lines of the detail pane a person can select, for one milestone, in order.
    public static func rows(for id: MilestoneID, in pathway: Pathway) -> [DetailRow] {
        let info = MilestoneCatalog[id]
        let record = pathway[id]
        var rows: [DetailRow] = [.status]
        if record.status != .notStarted { rows.append(.date(record.status)) }
        if id.isExam && !record.attempts.isEmpty { rows.append(.score) }
        rows += info.items.map { .item($0.id) }
        rows += info.fields.map { .field($0.id) }
        if id == .eras { rows += [.open(.letters), .open(.experiences)] }
        rows.append(.notes)
        return rows
    }
}
