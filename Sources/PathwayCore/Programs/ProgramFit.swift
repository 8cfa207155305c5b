/// A reason a program may not fit the person, drawn from their own data: a warning, never a block.
///
/// Programs state cut-offs and visa policies that they sometimes bend, so the person decides;
/// imgpath only makes sure they see the mismatch. Each kind has a letter the programs table
/// shows, so the marks read without colour.
public struct ProgramFit: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case visa
        case score
        case graduationYear
        case clinicalExperience

        /// The one-letter mark in the programs table.
        public var mark: Character {
            switch self {
            case .visa: "V"
            case .score: "S"
            case .graduationYear: "Y"
            case .clinicalExperience: "U"
            }
        }

        public var label: String {
            switch self {
            case .visa: "visa"
            case .score: "Step 2 CK score"
            case .graduationYear: "years since graduation"
            case .clinicalExperience: "US clinical experience"
            }
        }
    }

    public let kind: Kind
    public let message: String

    /// What the fit is judged against: the person's own recorded facts.
    public struct Applicant: Equatable, Sendable {
        public var citizenship: Citizenship
        public var visaTrack: VisaTrack
        /// The Step 2 CK score of the passed attempt, if recorded.
        public var step2Score: Int?
        public var graduationYear: Int?
        /// Whether hands-on US clinical experience is recorded; nil when nothing about it is.
        public var hasHandsOnExperience: Bool?
        /// Whether a hands-on entry is recorded that has not started yet.
        public var hasPlannedHandsOnExperience = false
        public var today: CalendarDay

        public init(
            citizenship: Citizenship, visaTrack: VisaTrack, step2Score: Int?, graduationYear: Int?,
            hasHandsOnExperience: Bool?, today: CalendarDay
        ) {
            self.citizenship = citizenship
            self.visaTrack = visaTrack
            self.step2Score = step2Score
            self.graduationYear = graduationYear
            self.hasHandsOnExperience = hasHandsOnExperience
            self.today = today
        }
    }

    /// Every fit warning for one program, in the order of `Kind`.
    public static func warnings(for program: Program, applicant: Applicant) -> [ProgramFit] {
        var found: [ProgramFit] = []
        if let visa = visaWarning(program, applicant) { found.append(ProgramFit(kind: .visa, message: visa)) }
        if let minimum = program.minimumStep2Score, let score = applicant.step2Score, score < minimum {
            found.append(
                ProgramFit(
                    kind: .score, message: "your Step 2 CK score \(score) is below its stated minimum \(minimum)"))
        }
        if let limit = program.maximumYearsSinceGraduation, let year = applicant.graduationYear {
            let years = applicant.today.year - year
            if years > limit {
                found.append(
                    ProgramFit(
                        kind: .graduationYear,
                        message: "you graduated in \(year), \(years) years ago; it accepts up to \(limit)"))
            }
        }
        if program.requiresUSClinicalExperience == true, applicant.hasHandsOnExperience != true {
            found.append(
                ProgramFit(
                    kind: .clinicalExperience,
                    message: "it requires US clinical experience and no hands-on experience "
                        + (applicant.hasPlannedHandsOnExperience ? "has started yet" : "is recorded")))
        }
        return found
    }

    private static func visaWarning(_ program: Program, _ applicant: Applicant) -> String? {
        // A visa track chosen without a citizenship says a visa is needed.
        let needsVisa =
            applicant.citizenship == .other || (applicant.citizenship == .unknown && applicant.visaTrack != .none)
        guard needsVisa else { return nil }
        switch program.visa {
        case .unknown: return nil
        case .none:
            return applicant.visaTrack == .none
                ? "it sponsors no visas, and your profile says you need one"
                : "it sponsors no visas, and your visa track is \(applicant.visaTrack.label)"
        case .both: return nil
        case .j1, .h1b:
            guard applicant.visaTrack != .none, program.visa.sponsors(applicant.visaTrack) == false else { return nil }
            return "it sponsors \(program.visa.label), and your visa track is \(applicant.visaTrack.label)"
        }
    }
}
