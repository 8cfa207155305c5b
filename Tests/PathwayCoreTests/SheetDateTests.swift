import Testing

@testable import PathwayCore

/// Dates as spreadsheets hold them, and the refusal to guess an ambiguous one.
@Suite struct SheetDateTests {
    func day(_ text: String, _ order: SheetDate.Order? = nil) -> CalendarDay? {
        if case .success(let day) = SheetDate.parse(text, order: order) { return day }
        return nil
    }

    @Test(arguments: [
        "2025-09-15", "15 Sep 2025", "Sep 15, 2025", "September 15, 2025", "15-Sep-2025", "15-Sep-25", "9/15/2025",
        "15/09/2025", "15.09.2025",
    ])
    func readsEveryCommonForm(_ text: String) {
        #expect(day(text) == CalendarDay(year: 2025, month: 9, day: 15))
    }

    @Test func anAmbiguousDateNeedsTheFileToSettleIt() {
        if case .failure(let error) = SheetDate.parse("3/4/2025", order: nil) {
            #expect(error.reason.contains("YYYY-MM-DD"))
        } else {
            Issue.record("3/4/2025 was read without knowing the order")
        }
        #expect(day("3/4/2025", .dayFirst) == CalendarDay(year: 2025, month: 4, day: 3))
        #expect(day("3/4/2025", .monthFirst) == CalendarDay(year: 2025, month: 3, day: 4))
    }

    @Test func theOrderComesFromDatesThatCanOnlyBeReadOneWay() {
        #expect(SheetDate.order(of: ["3/4/2025", "25/12/2025"]) == .success(.dayFirst))
        #expect(SheetDate.order(of: ["3/4/2025", "12/25/2025"]) == .success(.monthFirst))
        #expect(SheetDate.order(of: ["3/4/2025", "2025-01-01"]) == .success(nil))
        guard case .failure = SheetDate.order(of: ["25/12/2025", "12/25/2025"]) else {
            Issue.record("contradictory orders were accepted")
            return
        }
    }

    @Test func emptyIsNoDateAndNonsenseIsAnError() {
        #expect(SheetDate.parse("  ", order: nil) == .success(nil))
        #expect(day("31/02/2025") == nil)
        #expect(day("next week") == nil)
        #expect(day("Smarch 3, 2025") == nil)
    }
}
