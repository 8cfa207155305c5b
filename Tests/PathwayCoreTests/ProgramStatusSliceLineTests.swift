import Testing

@testable import PathwayCore

/// History lines written before status groups hold a status slice per program: they still undo.
@Suite struct ProgramStatusSliceLineTests {
    @Test func aLineWithAStatusSlicePerProgramStillPutsThemBack() throws {
        var program = Program(id: "pg-1", name: "Mercy A")
        program.status = .applied
        program.dates = ["applied": Fixtures.day("2026-10-05")]
        var pathway = Pathway()
        pathway.programs = [program]
        var slice = PathwaySlice()
        slice.programStatuses = [ProgramStatusSlice(program)]
        pathway.apply(.markPrograms(ids: ["pg-1"], status: .withdrawn, date: Fixtures.day("2026-11-01")))
        #expect(pathway.programs[0].status == .withdrawn)
        #expect(pathway.holds(slice) == false)
        pathway.restore(slice)
        #expect(pathway.programs == [program])
    }
}
