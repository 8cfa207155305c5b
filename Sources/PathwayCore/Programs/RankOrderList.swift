/// The person's rank order list: the programs they interviewed at, in the order they prefer.
///
/// The order is kept as program ids; a program that is interviewed but not yet placed goes to the
/// end, and one that is no longer rankable (withdrawn, removed) drops out, so the list always
/// names exactly the rankable programs. Certifying records the day the person certified it in
/// the NRMP's system; any later move means the list must be certified again.
public struct RankOrderList: Equatable, Sendable, Codable {
    /// Program ids in the person's order; may name programs that are no longer rankable.
    public var order: [String] = []
    /// The day the list was last certified; cleared by any later change of order.
    public var certifiedOn: CalendarDay?

    public init(order: [String] = [], certifiedOn: CalendarDay? = nil) {
        self.order = order
        self.certifiedOn = certifiedOn
    }

    /// The rankable main-round programs in list order: placed ones first, then the rest in the
    /// order they were added.
    public func ranked(_ programs: [Program]) -> [Program] {
        // By index, so only the rankable programs are copied, not every program of the season.
        let rankable = programs.indices.filter { programs[$0].isRankable && !programs[$0].soap }.map { programs[$0] }
        let byID = Dictionary(rankable.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let placed = order.compactMap { byID[$0] }
        let placedIDs = Set(placed.map(\.id))
        return placed + rankable.filter { !placedIDs.contains($0.id) }
    }

    /// Rankable main-round programs that were not on the list when it was certified (interviewed
    /// since): the certified list no longer holds them, so it must be certified again. Empty when
    /// the list is not certified.
    public func addedSinceCertified(_ programs: [Program]) -> [Program] {
        guard certifiedOn != nil else { return [] }
        return ranked(programs).filter { !order.contains($0.id) }
    }

    /// How the certification stands, in words: "certified on 2027-02-01", "changed since certified
    /// on 2027-02-01 — certify again before the deadline", or "not certified".
    public func certificationText(_ programs: [Program]) -> String {
        guard let certifiedOn else { return "not certified" }
        guard addedSinceCertified(programs).isEmpty else {
            return "changed since certified on \(certifiedOn) — certify again before the deadline"
        }
        return "certified on \(certifiedOn)"
    }

    /// The list with one program moved to a 1-based position (clamped to the list), or why not.
    public func moving(_ id: String, to position: Int, in programs: [Program]) -> Result<
        RankOrderList, ProgramFieldError
    > {
        var ids = ranked(programs).map(\.id)
        guard let from = ids.firstIndex(of: id) else {
            return .failure(
                ProgramFieldError(
                    field: "rank",
                    reason: "\(id) is not on the rank order list; only interviewed main-round programs are"))
        }
        guard position >= 1 else {
            return .failure(ProgramFieldError(field: "rank", reason: "a position starts at 1, not \(position)"))
        }
        ids.remove(at: from)
        ids.insert(id, at: min(position - 1, ids.count))
        return .success(RankOrderList(order: ids, certifiedOn: nil))
    }
}
