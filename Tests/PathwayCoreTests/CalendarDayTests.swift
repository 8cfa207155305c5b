import Testing

@testable import PathwayCore

@Suite struct CalendarDayTests {
    @Test(arguments: ["2024-02-29", "2000-02-29", "1999-12-31", "2026-11-26"])
    func parsesRealDays(_ text: String) throws {
        let day = try #require(CalendarDay(parsing: text))
        #expect(day.description == text)
    }

    @Test(arguments: [
        "2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-1-1", "24-01-01", "2024/01/01",
        "", "2024-01-32", "２０２４-01-01", "2024-01-01 ",
    ])
    func refusesOtherText(_ text: String) {
        #expect(CalendarDay(parsing: text) == nil)
    }

    @Test func countsDaysAcrossMonthEndsAndLeapYears() throws {
        let a = try #require(CalendarDay(parsing: "2024-02-28"))
        let b = try #require(CalendarDay(parsing: "2024-03-01"))
        #expect(a.days(until: b) == 2)
        let c = try #require(CalendarDay(parsing: "2023-02-28"))
        let d = try #require(CalendarDay(parsing: "2023-03-01"))
        #expect(c.days(until: d) == 1)
        let e = try #require(CalendarDay(parsing: "2025-12-31"))
        #expect(e.adding(days: 1).description == "2026-01-01")
        #expect(CalendarDay(parsing: "1970-01-01")?.daysSinceEpoch == 0)
    }

    @Test func everyDayOfFourHundredYearsRoundTripsThroughDayCounts() {
        var day = CalendarDay(year: 1900, month: 1, day: 1)!
        for _ in 0..<(365 * 400 + 97) {
            let next = day.adding(days: 1)
            #expect(next > day)
            #expect(CalendarDay.fromDaysSinceEpoch(day.daysSinceEpoch) == day)
            day = next
        }
        #expect(day.description == "2300-01-01")
    }

    @Test func timestampsRoundTrip() throws {
        let stamp = try #require(Timestamp(parsing: "2026-11-26T00:40:10Z"))
        #expect(stamp.description == "2026-11-26T00:40:10Z")
        #expect(Timestamp(parsing: "2026-11-26 00:40:10") == nil)
        #expect(Timestamp(parsing: "2026-11-26T24:00:00Z") == nil)
    }
}
