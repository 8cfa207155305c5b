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
    let supervisor: String
    let notes: String

    init(_ experience: ClinicalExperience) {
        id = experience.id
        kind = experience.kind.rawValue
        site = experience.site
        city = experience.city
        state = experience.state
        specialty = experience.specialty
        start = experience.start.description
        end = experience.end.description
        weeks = experience.weeks
        supervisor = experience.supervisor
        notes = experience.notes
    }
}
