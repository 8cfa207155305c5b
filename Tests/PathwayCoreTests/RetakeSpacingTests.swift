import Testing

@testable import PathwayCore

/// ECFMG 2024 Information Booklet: at most three attempts within 12 months; a fourth at least
/// 12 months after the first and 6 months after the most recent.
@Suite struct RetakeSpacingTests {
    let day = Fixtures.day

    func threeFailures() throws -> Journal {
        try Fixtures.journal([
            .mark(.step2ck, .failed, date: day("2025-01-10")),
            .mark(.step2ck, .failed, date: day("2025-02-10")),
            .mark(.step2ck, .failed, date: day("2025-03-10")),
        ])
    }

    @Test(arguments: [
        ("2025-04-10", false), ("2026-01-09", false), ("2026-01-10", true), ("2026-06-01", true),
    ])
    func aFourthAttemptWaitsTwelveMonthsAfterTheFirst(_ date: String, _ accepted: Bool) throws {
        var journal = try threeFailures()
        let result = journal.record(.mark(.step2ck, .failed, date: day(date)), clock: Fixtures.clock)
        #expect(((try? result.get()) != nil) == accepted)
        if !accepted {
            #expect(result == .failure(.retakeTooSoon(.step2ck, date: day(date), earliest: day("2026-01-10"))))
            #expect(
                "\(RuleViolation.retakeTooSoon(.step2ck, date: day(date), earliest: day("2026-01-10")))".contains(
                    "possible from 2026-01-10"))
        }
    }

    @Test func aFourthAttemptWaitsSixMonthsAfterTheLatest() throws {
        var journal = try Fixtures.journal([
            .mark(.step1, .failed, date: day("2023-01-10")),
            .mark(.step1, .failed, date: day("2023-03-10")),
            .mark(.step1, .failed, date: day("2023-12-01")),
        ])
        let soon = journal.record(.mark(.step1, .failed, date: day("2024-02-01")), clock: Fixtures.clock)
        #expect(soon == .failure(.retakeTooSoon(.step1, date: day("2024-02-01"), earliest: day("2024-06-01"))))
        #expect(
            (try? journal.record(.mark(.step1, .passed, date: day("2024-06-01")), clock: Fixtures.clock).get()) != nil)
    }

    @Test func aScheduledTestDateKeepsTheSpacingButABookingWithoutADayDoesNot() throws {
        let journal = try threeFailures()
        let early = PathwayMachine.evaluate(
            .mark(.step2ck, .scheduled, date: day("2025-06-01")), in: journal.pathway, today: Fixtures.today)
        #expect(early == .failure(.retakeTooSoon(.step2ck, date: day("2025-06-01"), earliest: day("2026-01-10"))))
        let undated = PathwayMachine.evaluate(.mark(.step2ck, .registered), in: journal.pathway, today: Fixtures.today)
        #expect((try? undated.get()) != nil)
    }

    @Test func monthsAreCalendarMonths() {
        #expect(day("2025-01-31").adding(months: 1) == day("2025-02-28"))
        #expect(day("2024-02-29").adding(months: 12) == day("2025-02-28"))
        #expect(day("2025-08-15").adding(months: 6) == day("2026-02-15"))
    }
}
