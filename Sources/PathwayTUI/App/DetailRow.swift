import PathwayCore

/// One line of the detail pane. Selectable lines can be acted on; the others explain.
public enum DetailRow: Equatable, Sendable {
    case status
    case date(Status)
    case score
    case item(String)
    case field(String)
    case notes

    /// The lines of the detail pane a person can select, for one milestone, in order.
    public static func rows(for id: MilestoneID, in pathway: Pathway) -> [DetailRow] {
        let info = MilestoneCatalog[id]
        let record = pathway[id]
        var rows: [DetailRow] = [.status]
        if record.status != .notStarted { rows.append(.date(record.status)) }
        if id.isExam && !record.attempts.isEmpty { rows.append(.score) }
        rows += info.items.map { .item($0.id) }
        rows += info.fields.map { .field($0.id) }
        rows.append(.notes)
        return rows
    }
}
