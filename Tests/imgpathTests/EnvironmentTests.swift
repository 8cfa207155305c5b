import Foundation
import Testing

@testable import imgpath

/// imgpath reads only the environment variables it names (`FileOptions.variableNames`); a
/// variable read anywhere in the code but missing from that list would always look unset.
@Suite struct EnvironmentTests {
    @Test func everyVariableTheCodeReadsIsListed() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        let pattern = try Regex(#"(?:environment\["|getenv\(")([A-Z_]+)""#)
        var read = Set<String>()
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: pattern) {
                if let name = match.output[1].substring { read.insert(String(name)) }
            }
        }
        #expect(read.contains("IMGPATH_FILE"), "the scan found nothing: is the Sources path right?")
        #expect(read.subtracting(FileOptions.variableNames).sorted() == [])
    }

    @Test func theEnvironmentHoldsTheListedVariablesThatAreSet() {
        #expect(Set(FileOptions.environment.keys).isSubset(of: FileOptions.variableNames))
        if let home = ProcessInfo.processInfo.environment["HOME"] { #expect(FileOptions.environment["HOME"] == home) }
    }
}
