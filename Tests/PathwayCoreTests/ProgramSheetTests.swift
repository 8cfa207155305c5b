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
        #expect(
            read.entries.map(\.program.status) == [
                .applied, .invited, .interviewed, .interviewScheduled, .rejected, .considering,
            ])
        #expect(read.entries[3].program.date(of: .interviewScheduled) == CalendarDay(year: 2027, month: 1, day: 20))
    }

    @Test func everyBadRowIsReportedWithLineColumnAndReason() throws {
        let read = try sheet(
            "name,state,applied\nGood,NY,2025-09-24\n,NY,\nBad state,XX,\n\"Two\nlines\",CA,tomorrow\n")
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

/// Export then import: 300 programs with awkward text come back exactly.
@Suite struct ProgramSheetRoundTripTests {
    static let awkward = [
        "Mercy, Brooklyn", "St. \"Luke's\"", "=HYPERLINK(\"x\")", "-5 below", "+1 call", "@home", "line\nbreak",
        "राहुल अस्पताल", "王王 Hospital", "👩‍⚕️ Clinic", "  spaced  ", "semi;colon", "",
    ]

    static func programs(count: Int) -> [Program] {
        let states = Array(USState.codes).sorted()
        return (1...count).map { number in
            var program = Program(
                id: Program.id(number: number), name: "Program \(number) " + awkward[number % awkward.count])
            program.code = number % 3 == 0 ? String(format4(number)) + "140C0" : nil
            program.specialty = number % 2 == 0 ? "Internal Medicine" : "Family Medicine"
            program.city = awkward[(number + 3) % awkward.count].trimmingSpaces()
            program.state = states[number % states.count]
            program.visa = VisaSponsorship.allCases[number % VisaSponsorship.allCases.count]
            program.minimumStep2Score = number % 4 == 0 ? 200 + number % 60 : nil
            program.maximumYearsSinceGraduation = number % 5 == 0 ? number % 10 : nil
            program.requiresUSClinicalExperience = [true, false, nil][number % 3]
            program.feeCents = number % 2 == 0 ? number * 101 : nil
            program.notes = awkward[(number + 7) % awkward.count]
            program.soap = number % 17 == 0
            let status = ProgramStatus.allCases[number % ProgramStatus.allCases.count]
            program.status = status
            if status != .considering {
                program.dates[ProgramStatus.applied.rawValue] = CalendarDay(year: 2025, month: 9, day: 24)
            }
            if [.invited, .interviewScheduled, .interviewed].contains(status) {
                program.dates[ProgramStatus.invited.rawValue] = CalendarDay(year: 2025, month: 10, day: 1 + number % 28)
            }
            if status == .interviewScheduled {
                program.dates[status.rawValue] = CalendarDay(year: 2027, month: 1, day: 1 + number % 28)
            }
            if status == .interviewed {
                program.dates[status.rawValue] = CalendarDay(year: 2025, month: 11, day: 1 + number % 28)
                program.thankYouSent = CalendarDay(year: 2025, month: 12, day: 1 + number % 28)
            }
            if status == .rejected { program.dates[status.rawValue] = CalendarDay(year: 2025, month: 10, day: 30) }
            if status == .withdrawn { program.dates[status.rawValue] = CalendarDay(year: 2025, month: 10, day: 31) }
            return program
        }
    }

    static func format4(_ number: Int) -> String {
        let text = String(number % 10_000)
        return String(repeating: "0", count: 4 - text.count) + text
    }

    @Test func threeHundredAwkwardProgramsComeBackExactly() throws {
        let programs = Self.programs(count: 300)
        let text = ProgramSheetWriter.sheet(programs)
        let read = try ProgramSheet(bytes: Array(text.utf8), today: CalendarDay(year: 2026, month: 11, day: 26)!)
        #expect(read.problems == [])
        #expect(read.ignoredColumns == [])
        #expect(read.entries.count == 300)
        for (entry, program) in zip(read.entries, programs) {
            var expected = program
            expected.name = expected.name.trimmingSpaces()
            #expect(entry.program == expected)
        }
    }

    @Test func controlCharactersInACellAreShownAsTextNotKept() throws {
        var program = Program(id: "pg-1", name: "Mercy")
        program.notes = "tab\there"
        let text = ProgramSheetWriter.sheet([program])
        let read = try ProgramSheet(bytes: Array(text.utf8), today: CalendarDay(year: 2026, month: 11, day: 26)!)
        #expect(read.entries.first?.program.notes == "tab here")
    }

    @Test func formulasStayTextInTheFile() {
        let program = Program(id: "pg-1", name: "=1+1")
        let text = ProgramSheetWriter.sheet([program])
        #expect(text.contains("\r\npg-1,'=1+1,"))
    }
}
