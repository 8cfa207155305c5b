import Foundation
import Testing

@testable import FactsCodegen
@testable import PathwayCore

/// The repository's `Facts/` folder, found from this file's path so the tests read the real files
/// that `Facts/embed.sh` compiles in.
private let factsFolder: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("Facts").path
}()

private let generatedFile = URL(fileURLWithPath: factsFolder).deletingLastPathComponent()
    .appendingPathComponent("Sources/PathwayCore/Facts/FactBook+Generated.swift").path

/// Facts as data: the files, the compiled-in copy, overrides, and the age of a fact.
@Suite struct FactsTests {
    private static let today = CalendarDay(year: 2026, month: 12, day: 6) ?? .epoch

    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func theCompiledInFactsAreTheGeneratorsOutputForTheFactsFolder() throws {
        let expected = try FactsCodegen.source(forFolder: factsFolder)
        let checkedIn = try String(contentsOfFile: generatedFile, encoding: .utf8)
        #expect(checkedIn == expected, "Facts/ changed: run Facts/embed.sh")
    }

    @Test func theGeneratedTablesFindTheSameFactsAsWorkingThemOut() {
        let generated = FactBook.builtIn.tables
        let workedOut = FactBook(FactBook.builtIn.facts).tables
        #expect(generated.positions == workedOut.positions)
        #expect(
            generated.seasonDates.map { "\($0.cycle) \($0.event) \($0.position)" }
                == workedOut.seasonDates.map { "\($0.cycle) \($0.event) \($0.position)" })
        #expect(!generated.positions.contains(-1))
        // Tables that do not fit the facts are worked out again instead of trusted.
        let shuffled = FactBook.builtIn(
            Array(FactBook.builtIn.facts.reversed()), positions: generated.positions, seasonDates: [])
        #expect(shuffled.integer(.usmleAttemptLimit) == 4)
        #expect(shuffled.seasonDate(.matchDay, cycle: 2026)?.date == CalendarDay(year: 2026, month: 3, day: 20))
    }

    @Test func everyFactTheCodeReadsIsInTheDataWithItsType() {
        let book = FactBook.builtIn
        for id in FactID.allCases {
            #expect(book[id] != nil, "\(id.id) is read by the code but is not in Facts/")
        }
        let integers: [FactID] = [
            .usmleAttemptLimit, .retakeAttemptsWithin12Months, .retakeMonthsAfterFirst, .retakeMonthsAfterLatest,
            .ecfmgExamWindowYears, .oetListening, .oetReading, .oetWriting, .oetSpeaking, .matchedIMGStep2CK,
            .lettersPerProgram, .minimumTrainingYears, .defaultTrainingYears, .j1MaxYears, .h1bNewPetitionPayment,
        ]
        for id in FactID.allCases {
            let value = book[id]?.value
            switch value {
            case .integer?: #expect(integers.contains(id), "\(id.id)")
            case .date?: #expect(id == .step1PassFailOnlyFrom, "\(id.id)")
            case .text?: #expect(!integers.contains(id) && id != .step1PassFailOnlyFrom, "\(id.id)")
            case nil: break
            }
        }
    }

    /// A fact id written out in the code (outside `FactID`'s cases and the generated file) must be in
    /// the data or in a family the code fills in: a misspelt id fails here, not at run time.
    @Test func everyFactIdWrittenInTheSourcesIsInTheData() throws {
        let sources = URL(fileURLWithPath: factsFolder).deletingLastPathComponent().appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)?.allObjects as? [String])
        let pattern = try Regex(#""((?:usmle|ecfmg|nrmp|eras|license|visa|context|fees)\.[A-Za-z0-9.]+)""#)
        var found = 0
        for file in files where file.hasSuffix(".swift") && !file.hasSuffix("+Generated.swift") {
            let text = try String(contentsOfFile: sources.appendingPathComponent(file).path, encoding: .utf8)
            for match in text.matches(of: pattern) {
                guard let id = match.output[1].substring.map(String.init), !id.hasSuffix("."),
                    !id.hasSuffix(".org")
                else { continue }
                found += 1
                #expect(FactBook.builtIn.knows(id), "\(file) uses \(id), which is not in Facts/")
            }
        }
        #expect(found >= FactID.allCases.count)
    }

    @Test func everyFactInTheDataIsReadByTheCodeAndHasItsFamilysType() {
        for fact in FactBook.builtIn.facts {
            if FactID(id: fact.id) != nil { continue }
            let family = FactFamily.of(fact.id)
            #expect(family != nil, "\(fact.id) is in Facts/ but no code reads it")
            if let family { #expect(fact.value.hasSameType(as: family.sample), "\(fact.id)") }
            if family == .passingScore { #expect(fact.from != nil, "\(fact.id) needs the day it applies from") }
        }
    }

    @Test func everyEstimateSaysHowAndEverySecondaryFactSaysSo() {
        for fact in FactBook.builtIn.facts {
            #expect(fact.checked <= Self.today, "\(fact.id)")
            if fact.kind == .estimated { #expect(!(fact.how ?? "").isEmpty, "\(fact.id)") }
        }
        #expect(FactBook.builtIn["usmle.step2ck.passingScore.2025"]?.kind == .secondary)
        #expect(FactBook.builtIn["nrmp.2027.matchDay"]?.kind == .estimated)
        #expect(FactBook.builtIn["nrmp.2027.matchDay"]?.date == CalendarDay(year: 2027, month: 3, day: 19))
        #expect(FactBook.builtIn["eras.2027.myerasOpens"]?.kind == .secondary)
        #expect(FactBook.builtIn[.ecfmgExamWindowYears]?.source.contains("ECFMG policy") == true)
    }

    @Test func aRuleIsOldAfterAYearAndASeasonDateOnceItsCycleIsOver() throws {
        let rule = Fact(
            id: "usmle.attemptLimit", value: .integer(4), source: "usmle.org", checked: try #require(day("2025-12-01")),
            kind: .published)
        #expect(rule.ageNote(today: Self.today) == "checked 2025-12-01; may be out of date")
        #expect(rule.ageNote(today: try #require(day("2026-12-01"))) == nil)
        let estimate = Fact(
            id: "nrmp.2027.matchDay", value: .date(try #require(day("2027-03-19"))), source: "estimate",
            checked: Self.today, kind: .estimated, cycle: 2027, how: "third Friday")
        #expect(!estimate.mayBeOutOfDate(today: try #require(day("2027-07-01"))))
        #expect(estimate.mayBeOutOfDate(today: try #require(day("2027-07-02"))))
        // Checked after its cycle was over: history, never out of date.
        let past = FactBook.builtIn["nrmp.2026.matchDay"]
        #expect(past?.reviewDate == nil)
        // Where a fact is used, its source carries the note.
        var book = FactBook([rule])
        #expect(book.label(.usmleAttemptLimit) == "usmle.org")
        book.today = Self.today
        #expect(book.label(.usmleAttemptLimit) == "usmle.org; checked 2025-12-01; may be out of date")
    }

    @Test func anOverrideReplacesABuiltInFactByIdAndSaysWhereItCameFrom() throws {
        let file = """
            [
              {
                "id": "nrmp.2027.matchDay",
                "value": "2027-03-19",
                "kind": "published",
                "source": "nrmp.org, 2027 Main Residency Match calendar",
                "checked": "2026-12-10",
                "origin": "ignored"
              },
              { "id": "nrmp.2028.matchDay", "value": "2028-03-17", "kind": "estimated", "how": "third Friday",
                "source": "mine", "checked": "2026-12-10" }
            ]
            """
        let outcome = FactBook.builtIn.applyingOverrides([("/c/2027.json", bytes(file))])
        #expect(outcome.problems.isEmpty)
        let fact = try #require(outcome.book["nrmp.2027.matchDay"])
        #expect(fact.kind == .published && fact.origin == "/c/2027.json" && fact.cycle == 2027)
        #expect(outcome.book.facts.count == FactBook.builtIn.facts.count + 1)
        #expect(SeasonDefaults.entry(for: .matchDay, cycle: 2027, book: outcome.book)?.date == day("2027-03-19"))
        #expect(SeasonDefaults.entry(for: .matchDay, cycle: 2027, book: FactBook.builtIn) == nil)
        #expect(SeasonDefaults.estimate(for: .matchDay, cycle: 2028, book: outcome.book)?.date == day("2028-03-17"))
    }

    @Test(
        arguments: [
            (
                "[\n  {\"id\": \"usmle.attemptLimit\", \"value\": \"four\", \"kind\": \"published\", \"source\": \"x\", "
                    + "\"checked\": \"2026-12-06\"}\n]", 2, "usmle.attemptLimit", "must be a whole number"
            ),
            (
                "[\n{\"id\": \"a\", \"value\": 1, \"kind\": \"published\", \"source\": \"x\", \"checked\": \"2026-12-06\"},\n"
                    + "  {\"id\": \"usmle.attemptsLimit\", \"value\": 4, \"kind\": \"published\", \"source\": \"x\", "
                    + "\"checked\": \"2026-12-06\"}\n]", 2, "a", "unknown id"
            ),
            (
                "[\n  {\"id\": \"usmle.attemptLimit\",\n   \"value\": 4,\n   \"kind\": \"sure\"}\n]", 2,
                "usmle.attemptLimit", "the source is missing"
            ),
            (
                "[\n  {\"id\": \"nrmp.2027.matchDay\", \"value\": \"2027-03-19\", \"kind\": \"estimated\", \"source\": \"x\", "
                    + "\"checked\": \"2026-12-06\"}\n]", 2, "nrmp.2027.matchDay", "how it was made"
            ),
            ("[\n  {\"id\": \"usmle.attemptLimit\", \"value\": 4,,\n]", 2, nil, "not valid JSON"),
            ("{\"id\": \"usmle.attemptLimit\"}", 1, nil, "a list of facts"),
            (
                "[\n  {\"id\": \"usmle.attemptLimit\", \"value\": 4, \"kind\": \"published\", "
                    + "\"source\": \"x\\u001b]2;pwned\\u0007\", \"checked\": \"2026-12-06\"}\n]", 2,
                "usmle.attemptLimit",
                "control characters"
            ),
            (
                "[\n  {\"id\": \"nrmp.2027.matchDay\", \"value\": \"2027-03-19\", \"kind\": \"published\", "
                    + "\"source\": \"nrmp.org\", \"checked\": \"2026-12-06\", \"cycle\": 2026}\n]", 2,
                "nrmp.2027.matchDay",
                "must be 2027"
            ),
            (
                "[\n  {\"id\": \"usmle.step3.passingScore.2027\", \"value\": 205, \"kind\": \"published\", "
                    + "\"source\": \"usmle.org\", \"checked\": \"2026-12-06\"}\n]", 2, "usmle.step3.passingScore.2027",
                "needs \"from\""
            ),
        ] as [(String, Int, String?, String)])
    func aBrokenOverrideFileIsLeftOutNamingTheFileLineAndId(text: String, line: Int, id: String?, reason: String) {
        let outcome = FactBook.builtIn.applyingOverrides([("/c/bad.json", bytes(text))])
        #expect(outcome.problems.count == 1)
        let problem = outcome.problems.first
        #expect(problem?.path == "/c/bad.json")
        #expect(problem?.line == line)
        #expect(problem?.id == id)
        #expect(problem?.reason.contains(reason) == true, "\(problem?.description ?? "")")
        #expect(outcome.book.facts == FactBook.builtIn.facts)
    }

    @Test func aFileWithAnUnknownIdIsLeftOutWholeAndTheNextFileStillApplies() {
        let bad =
            "[{\"id\": \"usmle.attemptLimit\", \"value\": 5, \"kind\": \"published\", \"source\": \"x\", "
            + "\"checked\": \"2026-12-06\"}, {\"id\": \"x.y\", \"value\": 1, \"kind\": \"published\", \"source\": "
            + "\"x\", \"checked\": \"2026-12-06\"}]"
        let good =
            "[{\"id\": \"eras.lettersPerProgram\", \"value\": 5, \"kind\": \"published\", \"source\": \"x\", "
            + "\"checked\": \"2026-12-06\"}]"
        let outcome = FactBook.builtIn.applyingOverrides([
            ("a.json", bytes(bad)), ("b.json", bytes(good)), ("c.json", nil),
        ])
        #expect(outcome.problems.map(\.path) == ["a.json", "c.json"])
        #expect(outcome.book.integer(.usmleAttemptLimit) == 4)
        #expect(outcome.book.integer(.lettersPerProgram) == 5)
    }

    @Test func aMissingFolderCostsNothingAndChangesNothing() {
        let outcome = FactBook.builtIn.applyingOverrides(inFolder: "/nonexistent/imgpath/facts")
        #expect(outcome.files.isEmpty && outcome.problems.isEmpty)
        #expect(FactBook.overrideFolder(environment: ["HOME": "/home/a"]) == "/home/a/.config/imgpath/facts")
        #expect(
            FactBook.overrideFolder(environment: ["HOME": "/home/a", "XDG_CONFIG_HOME": "/x"]) == "/x/imgpath/facts")
    }

    private func day(_ text: String) -> CalendarDay? { CalendarDay(parsing: text) }
}
