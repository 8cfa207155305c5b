import PathwayCore

/// A program as `program list --json` and `rank --json` print it: a stable shape for scripts.
struct ProgramJSON: Encodable {
    let id: String
    let name: String
    let code: String?
    let specialty: String
    let city: String
    let state: String
    let visa: String
    let status: String
    let dates: [String: String]
    let minimumStep2Score: Int?
    let maximumYearsSinceGraduation: Int?
    let requiresUSClinicalExperience: Bool?
    let fee: String?
    let thankYouSent: String?
    /// Whether the thank-you note reminder was dismissed without a note.
    let thankYouDismissed: Bool
    let soap: Bool
    let notes: String
    /// Fit warnings: `kind` (visa, score, graduationYear, clinicalExperience) and the message.
    let fit: [Fit]
    /// The place on the rank order list, from 1, when the program is on it.
    let rank: Int?
    /// The interview in detail, each when recorded.
    let interviewTime: String?
    let interviewTimeZone: String?
    let interviewFormat: String?
    let interviewPlace: String?
    let interviewer: String?
    let interviewNotes: String?
    let rating: Int?

    struct Fit: Encodable {
        let kind: String
        let message: String
    }

    init(_ program: Program, fits: [ProgramFit], rank: Int? = nil) {
        id = program.id
        name = program.name
        code = program.code
        specialty = program.specialty
        city = program.city
        state = program.state
        visa = program.visa.rawValue
        status = program.status.rawValue
        dates = program.dates.mapValues(\.description)
        minimumStep2Score = program.minimumStep2Score
        maximumYearsSinceGraduation = program.maximumYearsSinceGraduation
        requiresUSClinicalExperience = program.requiresUSClinicalExperience
        fee = program.feeCents.map(ProgramField.dollars)
        thankYouSent = program.thankYouSent?.description
        thankYouDismissed = program.thankYouDismissed == true
        soap = program.soap
        notes = program.notes
        fit = fits.map { Fit(kind: $0.kind.rawValue, message: $0.message) }
        self.rank = rank
        interviewTime = program.interviewTime
        interviewTimeZone = program.interviewTimeZone
        interviewFormat = program.interviewFormat?.rawValue
        interviewPlace = program.interviewPlace
        interviewer = program.interviewer
        interviewNotes = program.interviewNotes
        rating = program.rating
    }
}
