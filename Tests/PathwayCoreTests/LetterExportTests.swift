import Testing

@testable import PathwayCore

/// Experience and letters in the report (names only when asked), the CSV table and the JSON
/// document.
@Suite struct LetterExportTests {
    func journal() throws -> Journal {
        var experience = ClinicalExperience(
            id: "", kind: .handsOn, site: "Mercy", start: Fixtures.day("2026-06-01"), end: Fixtures.day("2026-06-28"))
        experience.supervisor = "Dr. Supervisor"
        var letter = Letter(id: "", writer: "Dr. Ana Lee")
        letter.usPhysician = true
        letter.specialty = "internal medicine"
        letter.experienceID = "ce-1"
        return try Fixtures.journal([
            .addExperience(experience),
            .addExperience(
                ClinicalExperience(
                    id: "", kind: .observership, site: "Lee Clinic", start: Fixtures.day("2026-07-01"),
                    end: Fixtures.day("2026-07-14"))),
            .addProgram(Program(id: "", name: "Mercy IM")), .addLetter(letter),
            .assignLetter(id: "lr-1", program: "pg-1", date: Fixtures.day("2026-09-01")),
        ])
    }

    func export(_ format: ExportFormat, names: Bool = false) throws -> String {
        var sink = ByteSink()
        try format.write(try journal(), now: Fixtures.noon, names: names, to: &sink)
        return sink.text
    }

    @Test func theReportLeavesNamesOutUnlessAsked() throws {
        let report = try export(.markdown)
        #expect(report.contains("Letter lr-1 (US physician, internal medicine)"))
        #expect(report.contains("Weeks by kind: observership 2, hands-on (externship or elective) 4; 6 weeks."))
        #expect(report.contains("- **Warning:** lr-1 is assigned to pg-1 (Mercy IM) before ERAS received it."))
        #expect(!report.contains("Ana Lee"))
        #expect(!report.contains("Dr. Supervisor"))
        let named = try export(.markdown, names: true)
        #expect(named.contains("Letter lr-1 from Dr. Ana Lee (US physician, internal medicine)"))
        #expect(named.contains("supervised by Dr. Supervisor"))
    }

    @Test func theTableAndTheDocumentCarryThem() throws {
        let table = try export(.csv)
        #expect(
            table.contains("\r\nexperience,ce-1,eras,2026-06-01,,handsOn,\"Mercy, 2026-06-01 to 2026-06-28, 4 weeks\""))
        // Without --names the table leaves the names out, as the report does.
        #expect(
            table.contains(
                "\r\nletter,lr-1,eras,,,usPhysician,\"US physician, internal medicine\",pg-1 2026-09-01,false,ce-1\r\n")
        )
        #expect(!table.contains("Ana Lee"), "\(table)")
        #expect(!table.contains("Dr. Supervisor"))
        let named = try export(.csv, names: true)
        #expect(
            named.contains(
                "\r\nletter,lr-1,eras,,,usPhysician,\"Dr. Ana Lee, internal medicine\",pg-1 2026-09-01,false,ce-1\r\n"))
        #expect(named.contains("Dr. Supervisor"))
        // A history line that set a name says so without the name.
        var edited = try journal()
        _ = edited.record(.editLetter(id: "lr-1", field: .writer, value: "Dr. Ana Lee-Okafor"), clock: Fixtures.clock)
        var sink = ByteSink()
        try ExportFormat.csv.write(edited, now: Fixtures.noon, names: false, to: &sink)
        #expect(!sink.text.contains("Okafor"))
        #expect(sink.text.contains("Letter lr-1: Writer set (name left out)"))
        let document = try export(.json)
        #expect(document.contains("\"experiences\" : ["))
        #expect(document.contains("\"writer\" : \"Dr. Ana Lee\""))
        #expect(document.contains("\"lastLetterNumber\" : 1"))
    }

    /// A rotation still ahead is counted apart in the report and marked in the table, and one
    /// week is "1 week".
    @Test func aPlannedRotationIsCountedApart() throws {
        var journal = try journal()
        _ = journal.record(
            .addExperience(
                ClinicalExperience(
                    id: "", kind: .handsOn, site: "Hope", start: Fixtures.day("2027-02-01"),
                    end: Fixtures.day("2027-02-03"))), clock: Fixtures.clock)
        var report = ByteSink()
        try ExportFormat.markdown.write(journal, now: Fixtures.noon, names: false, to: &report)
        #expect(report.text.contains("| 1 planned |"))
        #expect(
            report.text.contains(
                "Weeks by kind: observership 2, hands-on (externship or elective) 4; 6 weeks done, 1 planned."))
        var table = ByteSink()
        try ExportFormat.csv.write(journal, now: Fixtures.noon, names: false, to: &table)
        #expect(table.text.contains("\"Hope, 2027-02-01 to 2027-02-03, 1 week, planned\""))
    }
}
