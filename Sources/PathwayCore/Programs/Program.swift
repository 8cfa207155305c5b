/// One residency program in the person's application season: what the program states about
/// itself (visa sponsorship, cut-offs), and how the person's application to it stands.
///
/// The id (`pg-1`, `pg-2`, ...) is given when the program is added and never reused, so
/// calendar exports and scripts keep a program's identity across edits.
public struct Program: Equatable, Sendable, Codable {
    public let id: String
    public var name: String
    /// The NRMP program code, upper case, when the person has it.
    public var code: String?
    public var specialty: String = ""
    public var city: String = ""
    /// A US state or territory postal code, or empty when not recorded.
    public var state: String = ""
    public var visa: VisaSponsorship = .unknown
    /// The lowest Step 2 CK score the program says it considers.
    public var minimumStep2Score: Int?
    /// The most years since medical school graduation the program accepts.
    public var maximumYearsSinceGraduation: Int?
    /// Whether the program asks for US clinical experience; nil when not known.
    public var requiresUSClinicalExperience: Bool?
    /// The application fee paid for this program, in cents, so totals add up exactly.
    public var feeCents: Int?
    public var notes: String = ""
    public var status: ProgramStatus = .considering
    /// The day each status was reached, by status name.
    public var dates: [String: CalendarDay] = [:]
    /// The day the thank-you note after the interview was sent.
    public var thankYouSent: CalendarDay?
    /// True when the person dismissed the thank-you reminder without recording a note; nil
    /// otherwise (files written before it existed have no such key).
    public var thankYouDismissed: Bool?
    /// Applied in SOAP (the Supplemental Offer and Acceptance Program), not the main round.
    public var soap: Bool = false
    /// The interview in detail. Each is optional, so files written before they existed read.
    /// The interview's start, `HH:MM` on the interview day, in `interviewTimeZone`.
    public var interviewTime: String?
    /// The time zone of the interview time: an IANA name such as `America/New_York`, or `UTC`.
    public var interviewTimeZone: String?
    /// Whether the interview is virtual or in person.
    public var interviewFormat: InterviewFormat?
    /// Where it is: an address, or the link of a virtual interview.
    public var interviewPlace: String?
    /// Who interviewed (or will).
    public var interviewer: String?
    /// The person's own notes on the interview.
    public var interviewNotes: String?
    /// The person's rating of the program after the interview, 1 to 5.
    public var rating: Int?

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    /// The prefix of every program id.
    public static let idPrefix = "pg-"

    /// The id for a program number.
    public static func id(number: Int) -> String { idPrefix + String(number) }

    /// The number in an id such as `pg-12`, or nil when the text is not a program id.
    public static func number(in id: String) -> Int? { ItemNumber.number(in: id, prefix: idPrefix) }

    /// The day the program reached a status, if recorded.
    public func date(of status: ProgramStatus) -> CalendarDay? { dates[status.rawValue] }

    /// The interview day, once one is scheduled or held.
    public var interviewDay: CalendarDay? { date(of: .interviewed) ?? date(of: .interviewScheduled) }

    /// The interview's time with its zone ("09:30 America/New_York"), if a time is recorded.
    public var interviewTimeText: String? {
        interviewTime.map { time in time + (interviewTimeZone.map { " " + $0 } ?? "") }
    }

    /// Whether the program can go on the rank order list: the person interviewed there.
    public var isRankable: Bool { status == .interviewed }
}
