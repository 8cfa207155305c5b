/// The application season in numbers, for the report, the ERAS and Match details and `status`:
/// what were typed numbers before programs were recorded one by one.
public struct SeasonSummary: Equatable, Sendable {
    /// Main-round programs per status, in `ProgramStatus` order, zero counts included.
    public let byStatus: [(status: ProgramStatus, count: Int)]
    /// Main-round programs per visa stance.
    public let byVisa: [(visa: VisaSponsorship, count: Int)]
    /// Main-round programs the person applied to (any status past considering, rejections and
    /// withdrawals after applying included).
    public let applied: Int
    /// Main-round programs that invited the person to interview (scheduled or held included).
    public let interviews: Int
    /// Programs on the rank order list.
    public let ranked: Int
    /// Programs applied to in SOAP.
    public let soap: Int
    /// Fees recorded, in cents.
    public let feeCents: Int
    /// How many programs have a fee recorded, so a total is not mistaken for the whole cost.
    public let feesRecorded: Int

    public init(programs: [Program], rankOrder: RankOrderList) {
        let main = programs.filter { !$0.soap }
        byStatus = ProgramStatus.allCases.map { status in (status, main.filter { $0.status == status }.count) }
        byVisa = VisaSponsorship.allCases.map { visa in (visa, main.filter { $0.visa == visa }.count) }
        // A rejection implies an application; a withdrawal counts only if it came after one.
        applied =
            main.filter {
                $0.status == .withdrawn ? $0.date(of: .applied) != nil : $0.status != .considering
            }.count
        interviews =
            main.filter {
                [.invited, .interviewScheduled, .interviewed].contains($0.status) || $0.interviewDay != nil
                    || $0.date(of: .invited) != nil
            }.count
        ranked = rankOrder.ranked(programs).count
        soap = programs.count - main.count
        feeCents = programs.compactMap(\.feeCents).reduce(0, +)
        feesRecorded = programs.filter { $0.feeCents != nil }.count
    }

    public static func == (lhs: SeasonSummary, rhs: SeasonSummary) -> Bool {
        lhs.byStatus.map(\.count) == rhs.byStatus.map(\.count) && lhs.byVisa.map(\.count) == rhs.byVisa.map(\.count)
            && lhs.applied == rhs.applied && lhs.interviews == rhs.interviews && lhs.ranked == rhs.ranked
            && lhs.soap == rhs.soap && lhs.feeCents == rhs.feeCents && lhs.feesRecorded == rhs.feesRecorded
    }
}
