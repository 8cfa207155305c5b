import Testing

@testable import PathwayCore

/// The filter words people ask with, alone and combined with spaces and free text.
@Suite struct ProgramQueryTests {
    static func season() throws -> Journal {
        try Fixtures.journal([
            .profile(.citizenship, value: "other"), .profile(.visaTrack, value: "h1b"),
            .addProgram(Program(id: "", name: "Brooklyn Medical Center")),
            .editProgram(id: "pg-1", field: .state, value: "NY"),
            .editProgram(id: "pg-1", field: .visa, value: "j1"),
            .editProgram(id: "pg-1", field: .specialty, value: "Internal Medicine"),
            .markProgram(id: "pg-1", status: .applied, date: nil),
            .addProgram(Program(id: "", name: "Lakeside Hospital")),
            .editProgram(id: "pg-2", field: .state, value: "IL"),
            .editProgram(id: "pg-2", field: .visa, value: "both"),
            .editProgram(id: "pg-2", field: .specialty, value: "Family Medicine"),
            .editProgram(id: "pg-2", field: .soap, value: "yes"),
            .addProgram(Program(id: "", name: "Brooklyn Hospital")),
            .editProgram(id: "pg-3", field: .state, value: "NY"),
            .editProgram(id: "pg-3", field: .visa, value: "h1b"),
            .editProgram(id: "pg-3", field: .specialty, value: "Pediatrics"),
            .markProgram(id: "pg-3", status: .invited, date: nil),
        ])
    }

    @Test(arguments: [
        ("", ["pg-1", "pg-2", "pg-3"]),
        ("brooklyn", ["pg-1", "pg-3"]),
        ("brooklyn medical", ["pg-1"]),
        ("status:applied", ["pg-1"]),
        ("status:applied,invited", ["pg-1", "pg-3"]),
        ("status:inv", ["pg-3"]),
        ("visa:h1b", ["pg-2", "pg-3"]),
        ("visa:j1", ["pg-1", "pg-2"]),
        ("visa:both", ["pg-2"]),
        ("state:NY", ["pg-1", "pg-3"]),
        ("state:ny visa:h1b", ["pg-3"]),
        ("spec:IM", ["pg-1"]),
        ("spec:fm", ["pg-2"]),
        ("spec:pedi", ["pg-3"]),
        ("fit:V", ["pg-1"]),
        ("fit:ok", ["pg-2", "pg-3"]),
        ("soap:yes", ["pg-2"]),
        ("soap:no brooklyn", ["pg-1", "pg-3"]),
        ("Status:APPLIED Brooklyn", ["pg-1"]),
    ])
    func wordsFindWhatTheySay(_ text: String, _ ids: [String]) throws {
        let pathway = try Self.season().pathway
        let fits = pathway.programFits(today: Fixtures.today)
        let query = ProgramQuery(text)
        #expect(query.problems.isEmpty)
        #expect(pathway.programs.filter { query.matches($0, fits: fits[$0.id] ?? []) }.map(\.id) == ids)
    }

    @Test func wordsThatDoNotReadAreNamed() {
        #expect(
            ProgramQuery("status:maybe").problems == ["status:maybe is not understood (\(ProgramQuery.words[0].takes))"]
        )
        #expect(ProgramQuery("visa:").problems.first?.hasPrefix("visa: needs a value") == true)
        #expect(ProgramQuery("state:QQ fit:Z soap:perhaps").problems.count == 3)
        // A colon in a word that names no filter is free text.
        #expect(ProgramQuery("note:x").terms == [.text("note:x")])
    }
}
