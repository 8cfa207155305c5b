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
        // One pass without copying a program: a season may hold thousands, and every save counts
        // them again for the snapshot's glance.
        var statuses: [ProgramStatus: Int] = [:]
        var visas: [VisaSponsorship: Int] = [:]
        var (applied, interviews, soap, feeCents, feesRecorded) = (0, 0, 0, 0, 0)
        for program in programs {
            if let fee = program.feeCents {
                feeCents += fee
                feesRecorded += 1
            }
            if program.soap {
                soap += 1
                continue
            }
            statuses[program.status, default: 0] += 1
            visas[program.visa, default: 0] += 1
            // A rejection implies an application; a withdrawal counts only if it came after one.
            if program.status == .withdrawn ? program.date(of: .applied) != nil : program.status != .considering {
                applied += 1
            }
            switch program.status {
            case .invited, .interviewScheduled, .interviewed: interviews += 1
            case .considering, .applied, .rejected, .withdrawn:
                if program.interviewDay != nil || program.date(of: .invited) != nil { interviews += 1 }
            }
        }
        self.init(
            byStatus: statuses, byVisa: visas, applied: applied, interviews: interviews,
            ranked: rankOrder.ranked(programs).count, soap: soap, feeCents: feeCents, feesRecorded: feesRecorded)
    }

    /// The counts as read from a file (`ProgramGlance`), each status and stance in its place.
    init(
        byStatus: [ProgramStatus: Int], byVisa: [VisaSponsorship: Int], applied: Int, interviews: Int, ranked: Int,
        soap: Int, feeCents: Int, feesRecorded: Int
    ) {
        self.byStatus = ProgramStatus.allCases.map { ($0, byStatus[$0] ?? 0) }
        self.byVisa = VisaSponsorship.allCases.map { ($0, byVisa[$0] ?? 0) }
        self.applied = applied
        self.interviews = interviews
        self.ranked = ranked
        self.soap = soap
        self.feeCents = feeCents
        self.feesRecorded = feesRecorded
    }

    public static func == (lhs: SeasonSummary, rhs: SeasonSummary) -> Bool {
        lhs.byStatus.map(\.count) == rhs.byStatus.map(\.count) && lhs.byVisa.map(\.count) == rhs.byVisa.map(\.count)
            && lhs.applied == rhs.applied && lhs.interviews == rhs.interviews && lhs.ranked == rhs.ranked
            && lhs.soap == rhs.soap && lhs.feeCents == rhs.feeCents && lhs.feesRecorded == rhs.feesRecorded
    }
}

extension SeasonSummary: Codable {
    private enum CodingKeys: String, CodingKey {
        case byStatus, byVisa, applied, interviews, ranked, soap, feeCents, feesRecorded
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let statuses = try container.decode([String: Int].self, forKey: .byStatus)
        let visas = try container.decode([String: Int].self, forKey: .byVisa)
        func counts<Key: RawRepresentable & Hashable>(_ raw: [String: Int], as _: Key.Type, key: CodingKeys) throws
            -> [Key: Int] where Key.RawValue == String
        {
            var found: [Key: Int] = [:]
            for (name, count) in raw {
                guard let value = Key(rawValue: name), count >= 0 else {
                    throw DecodingError.dataCorruptedError(
                        forKey: key, in: container,
                        debugDescription: "\"\(name)\": \(count) is not a count imgpath writes")
                }
                found[value] = count
            }
            return found
        }
        self.init(
            byStatus: try counts(statuses, as: ProgramStatus.self, key: .byStatus),
            byVisa: try counts(visas, as: VisaSponsorship.self, key: .byVisa),
            applied: try container.decode(Int.self, forKey: .applied),
            interviews: try container.decode(Int.self, forKey: .interviews),
            ranked: try container.decode(Int.self, forKey: .ranked),
            soap: try container.decode(Int.self, forKey: .soap),
            feeCents: try container.decode(Int.self, forKey: .feeCents),
            feesRecorded: try container.decode(Int.self, forKey: .feesRecorded))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(
            Dictionary(uniqueKeysWithValues: byStatus.map { ($0.status.rawValue, $0.count) }), forKey: .byStatus)
        try container.encode(
            Dictionary(uniqueKeysWithValues: byVisa.map { ($0.visa.rawValue, $0.count) }), forKey: .byVisa)
        try container.encode(applied, forKey: .applied)
        try container.encode(interviews, forKey: .interviews)
        try container.encode(ranked, forKey: .ranked)
        try container.encode(soap, forKey: .soap)
        try container.encode(feeCents, forKey: .feeCents)
        try container.encode(feesRecorded, forKey: .feesRecorded)
    }
}
