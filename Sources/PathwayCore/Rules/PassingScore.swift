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

    /// Published cut-offs, oldest first per exam (PATHWAY.md, checked 2026-11-26).
    public static let table: [PassingScore] = [
        PassingScore(exam: .step2ck, from: day(2014, 7, 1), score: 209, source: "usmle.org announcement, 2014"),
        PassingScore(exam: .step2ck, from: day(2022, 7, 1), score: 214, source: "usmle.org, Apr 2022"),
        PassingScore(exam: .step2ck, from: day(2025, 7, 1), score: 218, source: "secondary sources, 2025 (verify)"),
        PassingScore(exam: .step3, from: day(2024, 1, 1), score: 200, source: "secondary sources, 2024 (verify)"),
    ]

    /// The cut-off in force for an exam taken on `date`, if one is known.
    public static func inForce(for exam: MilestoneID, on date: CalendarDay) -> PassingScore? {
        table.filter { $0.exam == exam && $0.from <= date }.max { $0.from < $1.from }
    }

    private static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
        // Written by hand; a test checks every row.
        CalendarDay(year: year, month: month, day: day) ?? .epoch
    }
}
