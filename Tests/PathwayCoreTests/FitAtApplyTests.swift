import Testing

@testable import PathwayCore

/// A program marked applied that does not fit the person warns at that moment (it is still
/// recorded): a visa it does not sponsor, a score under its minimum, graduation too long ago.
@Suite struct FitAtApplyTests {
    func program(_ name: String, visa: String, minimum: String = "", maxYears: String = "") -> [Change] {
        var changes: [Change] = [.addProgram(Program(id: "", name: name))]
        let id = "pg-\(name.last.map(String.init) ?? "")"
        changes.append(.editProgram(id: id, field: .visa, value: visa))
        if !minimum.isEmpty { changes.append(.editProgram(id: id, field: .minimumStep2Score, value: minimum)) }
        if !maxYears.isEmpty {
            changes.append(.editProgram(id: id, field: .maximumYearsSinceGraduation, value: maxYears))
        }
        return changes
    }

    func warnings(_ change: Change, in journal: Journal) -> [String] {
        var copy = journal
        guard case .success(let decision) = copy.record(change, clock: Fixtures.clock) else {
            Issue.record("\(change) was refused")
            return []
        }
        return decision.warnings.map(\.message)
    }

    @Test func applyingWarnsOfEachMismatch() throws {
        let journal = try Fixtures.journal(
            [
                .profile(.citizenship, value: "other"), .profile(.visaTrack, value: "h1b"),
                .profile(.graduationYear, value: "2012"),
                .mark(.step2ck, .passed, date: Fixtures.day("2024-06-01"), score: 231, note: nil, incomplete: false),
            ] + program("Mercy 1", visa: "j1", minimum: "240", maxYears: "5") + program("Lake 2", visa: "h1b"))
        #expect(
            warnings(.markProgram(id: "pg-1", status: .applied, date: nil), in: journal) == [
                "pg-1 Mercy 1 may not fit you: it sponsors J-1 only, and your visa track is H-1B (sponsored by the program)",
                "pg-1 Mercy 1 may not fit you: your Step 2 CK score 231 is below its stated minimum 240",
                "pg-1 Mercy 1 may not fit you: you graduated in 2012, 14 years ago; it accepts up to 5",
            ])
        #expect(warnings(.markProgram(id: "pg-2", status: .applied, date: nil), in: journal).isEmpty)
        // Many programs: one line naming those that may not fit, with their marks.
        #expect(
            warnings(.markPrograms(ids: ["pg-1", "pg-2"], status: .applied, date: nil), in: journal) == [
                "1 of the 2 programs may not fit you: pg-1 VSY (V visa, S Step 2 CK score, Y years since graduation, "
                    + "U US clinical experience)"
            ])
        // Every program that may not fit is named, not the first five (the screen's `m` shows the
        // whole line); past the bound the rest are counted.
        let many = try Fixtures.journal(
            [.profile(.citizenship, value: "other"), .profile(.visaTrack, value: "h1b")]
                + (1...(PathwayMachine.fitWarningNames + 3)).flatMap { number -> [Change] in
                    [
                        .addProgram(Program(id: "", name: "Mercy \(number)")),
                        .editProgram(id: "pg-\(number)", field: .visa, value: "j1"),
                    ]
                })
        let ids = many.pathway.programs.map(\.id)
        let nine = try #require(
            warnings(.markPrograms(ids: Array(ids.prefix(9)), status: .applied, date: nil), in: many).first)
        #expect(nine.contains("pg-9 V") && !nine.contains("more"))
        let all = try #require(warnings(.markPrograms(ids: ids, status: .applied, date: nil), in: many).first)
        #expect(all.contains("pg-\(PathwayMachine.fitWarningNames) V") && all.contains(" and 3 more"))
        // Only applying warns: the later steps were warned of then.
        let applied = try Fixtures.journal(
            [.profile(.citizenship, value: "other"), .profile(.visaTrack, value: "h1b")]
                + program("Mercy 1", visa: "j1") + [.markProgram(id: "pg-1", status: .applied, date: nil)])
        #expect(warnings(.markProgram(id: "pg-1", status: .invited, date: nil), in: applied).isEmpty)
    }

    @Test func aVisaTrackWithoutCitizenshipCountsAsNeedingThatVisa() throws {
        let journal = try Fixtures.journal(
            [.profile(.visaTrack, value: "j1")] + program("Mercy 1", visa: "h1b") + program("Lake 2", visa: "none"))
        #expect(journal.pathway.profile.needsVisa)
        #expect(
            warnings(.markProgram(id: "pg-1", status: .applied, date: nil), in: journal) == [
                "pg-1 Mercy 1 may not fit you: it sponsors H-1B only, and your visa track is J-1 (sponsored by ECFMG)"
            ])
        #expect(
            warnings(.markProgram(id: "pg-2", status: .applied, date: nil), in: journal) == [
                "pg-2 Lake 2 may not fit you: it sponsors no visas, and your visa track is J-1 (sponsored by ECFMG)"
            ])
    }

    @Test func eitherVisaIsWarnedOnlyByProgramsThatSponsorNeither() throws {
        let journal = try Fixtures.journal(
            [.profile(.citizenship, value: "other"), .profile(.visaTrack, value: "either J-1 or H-1B")]
                + program("Mercy 1", visa: "j1") + program("Lake 2", visa: "h1b") + program("Bay 3", visa: "none"))
        #expect(journal.pathway.profile.visaTrack == .either)
        #expect(warnings(.markProgram(id: "pg-1", status: .applied, date: nil), in: journal).isEmpty)
        #expect(warnings(.markProgram(id: "pg-2", status: .applied, date: nil), in: journal).isEmpty)
        #expect(
            warnings(.markProgram(id: "pg-3", status: .applied, date: nil), in: journal) == [
                "pg-3 Bay 3 may not fit you: it sponsors no visas, and your visa track is either J-1 or H-1B"
            ])
        #expect(VisaSponsorship.both.sponsors(.either) == true)
        #expect(VisaSponsorship.none.sponsors(.either) == false)
        #expect(VisaTrack(lenient: "J-1 or H-1B") == .either)
    }
}
