import PathwayCore

/// A letter as `letter list --json` prints it: a stable shape for scripts.
struct LetterJSON: Encodable {
    let id: String
    let writer: String
    let title: String
    let specialty: String
    let institution: String
    let us: Bool
    let usce: String?
    let requested: String?
    let received: String?
    /// Program id to the day the letter was assigned.
    let assignments: [String: String]
    /// The warnings about this letter, and about the programs it is assigned to.
    let warnings: [String]

    init(_ letter: Letter, warnings all: [LetterRules.Warning]) {
        id = letter.id
        writer = letter.writer
        title = letter.title
        specialty = letter.specialty
        institution = letter.institution
        us = letter.usPhysician
        usce = letter.experienceID
        requested = letter.requested?.description
        received = letter.received?.description
        assignments = letter.assignments.mapValues(\.description)
        warnings = all.filter {
            $0.letterID == letter.id
                || ($0.letterID == nil && $0.programID.map { letter.assignments[$0] != nil } == true)
        }.map(\.message)
    }
}
