import PathwayCore

/// An experience as `usce list --json` prints it: a stable shape for scripts.
struct ExperienceJSON: Encodable {
    let id: String
    let kind: String
    let site: String
    let city: String
    let state: String
    let specialty: String
    let start: String
    let end: String
    let weeks: Int
    /// Whether it starts after today (a planned rotation, not counted in the weeks done).
    let planned: Bool
    let supervisor: String
    let notes: String

    init(_ experience: ClinicalExperience, today: CalendarDay) {
        id = experience.id
        kind = experience.kind.rawValue
        site = experience.site
        city = experience.city
        state = experience.state
        specialty = experience.specialty
        start = experience.start.description
        end = experience.end.description
        weeks = experience.weeks
        planned = experience.isPlanned(today: today)
        supervisor = experience.supervisor
        notes = experience.notes
    }
}
