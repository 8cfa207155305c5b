/// What imgpath knows about one milestone: its names, statuses, sub-items and fields.
public struct MilestoneInfo: Sendable {
    public let id: MilestoneID
    /// The full name, as in "ECFMG certification".
    public let name: String
    /// A short name for narrow columns.
    public let shortName: String
    /// The statuses this milestone can be in, in the order they usually happen.
    public let statuses: [Status]
    /// The statuses that count as done for progress and `status --json`.
    public let doneStatuses: Set<Status>
    /// Statuses that end an exam sitting and so add an attempt.
    public let attemptStatuses: Set<Status>
    public let items: [ChecklistItem]
    public let fields: [DetailField]

    public func item(_ id: String) -> ChecklistItem? { items.first { $0.id == id } }
    public func field(_ id: String) -> DetailField? { fields.first { $0.id == id } }
    public func isDone(_ status: Status) -> Bool { doneStatuses.contains(status) }
}

extension MilestoneInfo {
    /// The status a person means by `text`: its id ("notStarted") or its label ("not started"),
    /// in any case and spacing.
    public func status(named text: String) -> Status? {
        let wanted = Profile.simplified(text)
        return statuses.first { Profile.simplified($0.rawValue) == wanted || Profile.simplified($0.label) == wanted }
    }

    /// The status id closest to a misspelling ("pased" -> "passed"), if one is close enough.
    public func closestStatus(to text: String) -> Status? {
        Spelling.closest(to: text, among: statuses.map(\.rawValue)).flatMap(Status.init(rawValue:))
    }
}
