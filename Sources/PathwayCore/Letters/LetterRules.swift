/// What ERAS allows for letters, with its source, and the warnings drawn from the person's letters.
public enum LetterRules {
    /// Letters that can be assigned to one program (the person can change it; specialties and
    /// programs set their own numbers within it).
    public static let defaultPerProgramLimit = 4
    public static let perProgramLimitSource =
        "aamc.org, ERAS for Letter Writers FAQ (2027 ERAS cycle, 2026): up to four letters per program"

    public static let receivedSource =
        "aamc.org, ERAS for Letter Writers FAQ (2026): programs see a letter only once ERAS has received it"

    /// Where a warning's rule comes from.
    public static func source(of warning: Warning) -> String {
        warning.letterID == nil ? perProgramLimitSource : receivedSource
    }

    /// The numbers the person can set the limit to.
    public static let limitRange = 1...20

    /// A warning about letters and the programs they are assigned to.
    public struct Warning: Equatable, Sendable {
        public let letterID: String?
        public let programID: String?
        public let message: String
    }

    /// Every warning: programs given more letters than the limit, letters assigned before ERAS
    /// received them.
    public static func warnings(letters: [Letter], programIDs: [String], limit: Int) -> [Warning] {
        var found: [Warning] = []
        for program in programIDs {
            let assigned = letters.filter { $0.assignments[program] != nil }
            if assigned.count > limit {
                found.append(
                    Warning(
                        letterID: nil, programID: program,
                        message: "\(program) has \(assigned.count) letters assigned; "
                            + (limit == defaultPerProgramLimit
                                ? "ERAS allows \(limit) per program" : "your limit is \(limit) per program")))
            }
        }
        for letter in letters {
            for (program, day) in letter.assignments.sorted(by: { $0.key < $1.key }) {
                if let received = letter.received, received <= day { continue }
                found.append(
                    Warning(
                        letterID: letter.id, programID: program,
                        message: "\(letter.id) from \(letter.writer) is assigned to \(program) on \(day) but "
                            + (letter.received.map { "ERAS received it only on \($0)" } ?? "ERAS has not received it")))
            }
        }
        return found
    }
}
