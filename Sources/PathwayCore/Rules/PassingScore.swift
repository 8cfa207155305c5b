/// The minimum passing score of a USMLE Step from a given exam date, with its source.
///
/// Used only to warn about a "passed" score below the cut-off of its date: the person's own
/// result is what counts, and a cut-off the person entered for their exam (the exam's
/// `passingScore` field) wins over this table.
public struct PassingScore: Equatable, Sendable {
    public let exam: MilestoneID
    /// The first exam day the score applies to.
    public let from: CalendarDay
    public let score: Int
    public let source: String

    /// The cut-offs of the facts (`usmle.step2ck.passingScore.2025`: the score, from its `from`
    /// day), oldest first per exam.
    public static var table: [PassingScore] { table(in: .current) }

    public static func table(in book: FactBook) -> [PassingScore] {
        [MilestoneID.step2ck, .step3].flatMap { exam in
            book.facts(withPrefix: "usmle.\(exam.rawValue).passingScore.").compactMap { fact -> PassingScore? in
                guard let score = fact.integer, let from = fact.from else { return nil }
                return PassingScore(exam: exam, from: from, score: score, source: book.label(of: fact))
            }.sorted { $0.from < $1.from }
        }
    }

    /// The cut-off in force for an exam taken on `date`, if one is known.
    public static func inForce(for exam: MilestoneID, on date: CalendarDay) -> PassingScore? {
        table(in: .current).filter { $0.exam == exam && $0.from <= date }.max { $0.from < $1.from }
    }
}
