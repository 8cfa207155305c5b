import Testing

@testable import PathwayCore

/// Reading a programs sheet: column names, awkward rows, and every bad row reported.
@Suite struct ProgramSheetTests {
    let today = CalendarDay(year: 2026, month: 11, day: 26)!

    func sheet(_ text: String) throws -> ProgramSheet {
        try ProgramSheet(bytes: Array(text.utf8), today: today)
    }

    @Test func headersMatchBySynonymIgnoringCaseAndPunctuation() throws {
        let read = try sheet(
            "Program Name,ST,Visa Sponsorship,Step 2 CK Cut-off,YOG cutoff,USCE required,Fee paid,Comments,Favourite\n"
                + "\"Mercy, Brooklyn\",ny,J1/H1B,230,5,yes,$35,\"great \"\"IM\"\" program\",yes\n")
        #expect(read.problems == [])
        #expect(read.ignoredColumns == ["Favourite"])
        let program = try #require(read.entries.first?.program)
        #expect(program.name == "Mercy, Brooklyn")
        #expect(program.state == "NY")
        #expect(program.visa == .both)
        #expect(program.minimumStep2Score == 230)
        #expect(program.maximumYearsSinceGraduation == 5)
        #expect(program.requiresUSClinicalExperience == true)
        #expect(program.feeCents == 3_500)
        #expect(program.notes == "great \"IM\" program")
    }

    @Test func statusComesFromTheDatesWhenNotGiven() throws {
        let read = try sheet(
            "name,applied,invited,interview,rejected\n"
                + "A,2025-09-24,,,\nB,2025-09-24,2025-10-10,,\nC,2025-09-24,2025-10-10,2025-11-20,\n"
                + "D,2025-09-24,2025-10-10,2027-01-20,\nE,2025-09-24,,,2025-10-30\nF,,,,\n")
        #expect(read.entries.map(\.program.status) == [.applied, .invited, .interviewed, .interviewScheduled, .rejected, .considering])
        #expect(read.entries[3].program.date(of: .interviewScheduled) == CalendarDay(year: 2027, month: 1, day: 20))
    }

    @Test func everyBadRowIsReportedWithLineColumnAndReason() throws {
        let read = try sheet("name,state,applied\nGood,NY,2025-09-24\n,NY,\nBad state,XX,\n\"Two\nlines\",CA,tomorrow\n")
        #expect(read.entries.map(\.program.name) == ["Good"])
        #expect(read.problems.map(\.line) == [3, 4, 5])
        #expect(read.problems.map(\.column) == [1, 11, 11])
        #expect(read.problems[1].reason.contains("XX"))
        #expect(read.problems[2].reason.contains("tomorrow"))
    }

    @Test func aSheetWithoutANameColumnOrWithTwoNamesForOneColumnIsRefused() {
        #expect(throws: CSVReadError.self) { try sheet("state,visa\nNY,j1\n") }
        #expect(throws: CSVReadError.self) { try sheet("name,program\nA,B\n") }
        #expect(throws: CSVReadError.self) { try sheet("") }
    }

    @Test func theFileDecidesTheOrderOfNumericDates() throws {
        let read = try sheet("name,applied,interview\nA,3/4/2025,\nB,9/24/2025,12/1/2025\n")
        #expect(read.problems == [])
        #expect(read.entries[0].program.date(of: .applied) == CalendarDay(year: 2025, month: 3, day: 4))
        #expect(read.entries[1].program.date(of: .interviewed) == CalendarDay(year: 2025, month: 12, day: 1))
    }
}
