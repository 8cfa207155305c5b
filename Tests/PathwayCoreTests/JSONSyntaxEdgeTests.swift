import Testing

@testable import PathwayCore

/// What Foundation's decoder refuses without saying where is found, with its line and column,
/// by the syntax scan on the error path.
@Suite struct JSONSyntaxEdgeTests {
    @Test(arguments: [
        ("{\"schemaVersion\": 0123}", 1, 19, "may not start with 0"),
        ("{\n  \"generator\": \"\\udc00\"}", 2, 17, "lone low surrogate"),
        ("{\"generator\": \"\\ud83dx\"}", 1, 16, "lone high surrogate"),
        ("{\"schemaVersion\": 1e400}", 1, 19, "too large"),
    ])
    func foundationsSilentRefusalsGetAPosition(_ text: String, _ line: Int, _ column: Int, _ reason: String) {
        let bytes = Array(text.utf8)
        let problem = JSONSyntaxCheck.firstProblem(in: bytes)
        #expect(problem?.line == line)
        #expect(problem?.column == column)
        #expect(problem?.reason.contains(reason) == true)
        guard case .failure = Result(catching: { try PathwayDocument.decode(bytes, path: "p.json") }) else {
            Issue.record("Foundation accepted \(text)")
            return
        }
    }

    @Test func aSurrogatePairAndOrdinaryNumbersPass() {
        #expect(
            JSONSyntaxCheck.firstProblem(in: Array("{\"a\": \"\\ud83d\\ude00\", \"b\": [0, -0.5, 1e10]}".utf8)) == nil)
    }
}
