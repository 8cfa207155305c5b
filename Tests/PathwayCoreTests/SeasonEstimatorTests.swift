import Foundation
import Testing

@testable import PathwayCore

/// The season estimator against the published calendars: each cycle of 2019-2026 is estimated as
/// if it were unpublished, from the cycles before it only, and compared with what was published.
@Suite struct SeasonEstimatorTests {
    /// One published (or secondary-source) date of `Facts/history/season-calendars.json`.
    struct Recorded: Decodable {
        let cycle: Int
        let event: String
        let date: String
        let kind: String
        let source: String
        let url: String
    }

    static let historyFile: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Facts/history/season-calendars.json")
    }()

    /// The recorded calendars of 2018-2025 and the compiled-in published facts (2026, and the
    /// 2027 cycle's MyERAS opening), by cycle and event.
    static func published() throws -> [Int: [SeasonEventID: CalendarDay]] {
        let recorded = try JSONDecoder().decode([Recorded].self, from: Data(contentsOf: historyFile))
        var found = SeasonEstimator.published(in: .current)
        for entry in recorded {
            let event = try #require(SeasonEventID(rawValue: entry.event), "\(entry.event)")
            let day = try #require(CalendarDay(parsing: entry.date), "\(entry.date)")
            #expect(["published", "secondary"].contains(entry.kind) && entry.url.hasPrefix("http"), "\(entry.source)")
            #expect(found[entry.cycle]?[event] == nil, "\(entry.cycle) \(entry.event) recorded twice")
            found[entry.cycle, default: [:]][event] = day
        }
        return found
    }

    /// Where the rules miss, in days (estimate minus published date); every other published date
    /// of 2019-2026 is reproduced exactly. `Facts/README.md` lists the same.
    static let knownMisses: [String: Int] = [
        "2020 myerasOpens": -1, "2021 myerasOpens": -5,
        "2020 erasSubmissionOpens": -1, "2021 erasSubmissionOpens": 1,
        "2020 programsBeginReview": 10, "2021 programsBeginReview": -28, "2022 programsBeginReview": -7,
        "2025 nrmpRegistrationOpens": -1,
        "2022 nrmpLateFeeDeadline": -62, "2026 nrmpLateFeeDeadline": 62,
        "2021 rankingOpens": -17, "2025 rankingOpens": -2, "2026 rankingOpens": 19,
        "2021 rankOrderListDeadline": -7, "2026 rankOrderListDeadline": 7,
    ]

    @Test func eachCycleOf2019To2026EstimatedFromTheCyclesBeforeItMissesOnlyWhereRecorded() throws {
        let published = try Self.published()
        var misses: [String: Int] = [:]
        var checked = 0
        for cycle in 2019...2026 {
            let earlier = published.filter { $0.key < cycle }
            for (event, actual) in published[cycle] ?? [:] {
                let estimate = try #require(
                    SeasonEstimator.estimate(event, cycle: cycle, published: earlier), "\(cycle) \(event)")
                checked += 1
                let off = actual.days(until: estimate.date)
                if off != 0 { misses["\(cycle) \(event.rawValue)"] = off }
            }
        }
        #expect(checked == 69, "published dates compared: \(checked)")
        #expect(misses == Self.knownMisses)
    }

    @Test func matchDayIsTheThirdFridayOfMarchInEveryCycleChecked() throws {
        let published = try Self.published()
        for cycle in 2018...2026 {
            let matchDay = try #require(published[cycle]?[.matchDay], "\(cycle)")
            #expect(SeasonEstimator.thirdFriday(ofMarch: cycle) == matchDay)
        }
        // A rule one week off is caught: the second Friday is never Match Day.
        #expect(SeasonEstimator.thirdFriday(ofMarch: 2026)?.adding(days: -7) != published[2026]?[.matchDay])
    }

    @Test func theEstimatesInTheFactsAreTheEstimators() throws {
        let book = FactBook.current
        let published = SeasonEstimator.published(in: book)
        var compared = 0
        for cycle in Set(book.seasonCycles) {
            for event in SeasonEstimator.events {
                guard let fact = book.seasonDate(event, cycle: cycle), fact.kind == .estimated else { continue }
                let estimate = SeasonEstimator.estimate(
                    event, cycle: cycle, published: published.filter { $0.key < cycle })
                #expect(estimate?.date == fact.date, "\(fact.id): the estimator gives \(String(describing: estimate))")
                compared += 1
            }
        }
        #expect(compared == 9, "estimated facts compared: \(compared)")
    }
}
