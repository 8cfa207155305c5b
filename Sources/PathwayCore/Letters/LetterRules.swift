/// What ERAS allows for letters, with its source, and the warnings drawn from the person's letters.
public enum LetterRules {
    /// Letters that can be assigned to one program (the person can change it; specialties and
    /// programs set their own numbers within it).
    public static var defaultPerProgramLimit: Int { FactBook.read { $0.integer(.lettersPerProgram) } }
    public static var perProgramLimitSource: String { FactBook.read { $0.label(.lettersPerProgram) } }

    public static var receivedSource: String { FactBook.read { $0.label(.lettersSeenOnceReceived) } }

    public static let experienceStartSource =
        "imgpath: a rotation's letter speaks to the work done there, so it is asked for once the rotation has begun; "
        + "a warning only, since a writer may be asked ahead"

    /// Where a warning's rule comes from: for the person's own limit, ERAS's number with its source.
    public static func source(of warning: Warning) -> String {
        switch warning.kind {
        case .overLimit(custom: false): perProgramLimitSource
        case .overLimit(custom: true): "ERAS allows \(defaultPerProgramLimit), source \(perProgramLimitSource)"
        case .notReceived: receivedSource
        case .beforeExperience: experienceStartSource
        }
    }

    /// The numbers the person can set the limit to.
    public static let limitRange = 1...20

    /// A warning about letters and the programs they are assigned to.
    public struct Warning: Equatable, Sendable {
        /// Which rule a warning comes from.
        public enum Kind: Equatable, Sendable {
            /// A program has more letters than the limit; `custom` when the person set the limit.
            case overLimit(custom: Bool)
            /// A letter is assigned before ERAS received it.
            case notReceived
            /// A letter was requested or received before the experience it came from started.
            case beforeExperience
        }

        public let kind: Kind
        public let letterID: String?
        public let programID: String?
        public let message: String
    }

    /// Every warning: programs given more letters than the limit, letters assigned before ERAS
    /// received them, letters requested or received before their experience started.
    ///
    /// - Parameters:
    ///   - experiences: the experiences letters may come from.
    ///   - customLimit: whether `limit` is the person's own number rather than ERAS's.
    ///   - programNames: names by program id, so a warning says which program `pg-3` is.
    public static func warnings(
        letters: [Letter], programIDs: [String], limit: Int, experiences: [ClinicalExperience] = [],
        customLimit: Bool = false, programNames: [String: String] = [:]
    ) -> [Warning] {
        let program = { (id: String) in programNames[id].map { "\(id) (\($0))" } ?? id }
        var found: [Warning] = []
        for programID in programIDs {
            let assigned = letters.filter { $0.assignments[programID] != nil }
            if assigned.count > limit {
                found.append(
                    Warning(
                        kind: .overLimit(custom: customLimit), letterID: nil, programID: programID,
                        message: "\(program(programID)) has \(assigned.count) letters assigned; "
                            + (customLimit
                                ? "over your limit of \(limit) per program" : "ERAS allows \(limit) per program")))
            }
        }
        for letter in letters {
            for (programID, day) in letter.assignments.sorted(by: { $0.key < $1.key }) {
                if let received = letter.received, received <= day { continue }
                found.append(
                    Warning(
                        kind: .notReceived, letterID: letter.id, programID: programID,
                        message:
                            "\(letter.id) from \(letter.writer) is assigned to \(program(programID)) on \(day) but "
                            + (letter.received.map { "ERAS received it only on \($0)" } ?? "ERAS has not received it")))
            }
        }
        for letter in letters {
            guard let id = letter.experienceID, let start = experiences.first(where: { $0.id == id })?.start else {
                continue
            }
            let early: (String, CalendarDay)? =
                if let requested = letter.requested, requested < start {
                    ("requested", requested)
                } else if let received = letter.received, received < start {
                    ("received by ERAS", received)
                } else {
                    nil
                }
            guard let (what, day) = early else { continue }
            found.append(
                Warning(
                    kind: .beforeExperience, letterID: letter.id, programID: nil,
                    message: "\(letter.id) was \(what) on \(day), before its rotation \(id) starts on \(start)"))
        }
        return found
    }
}
