import Foundation
import Testing

/// `imgpath [--file PATH] [--theme NAME]` starts the screen without ArgumentParser; `imgpath open`
/// with the same options goes through it. Both must end the same way.
@Suite struct StartTests {
    @Test(arguments: [
        ("", "no file yet"),
        ("{ not json", "an unreadable file"),
    ])
    func theDirectStartAndOpenEndTheSameWay(contents: String, label: String) throws {
        let harness = Harness()
        if !contents.isEmpty { harness.write(contents) }
        let direct = try harness.run(["--theme", "light"])
        let parsed = try harness.run(["open", "--theme", "light"])
        #expect(direct.status == parsed.status, "\(label)")
        #expect(direct.stderr == parsed.stderr, "\(label)")
        #expect(direct.stdout == parsed.stdout, "\(label)")
        // Neither reaches a screen here: standard input is not a terminal, or the file is bad.
        #expect(direct.status == (contents.isEmpty ? 4 : 2), "\(label): \(direct.stderr)")
        #expect(!direct.stderr.isEmpty)
    }

    @Test func aMistakeNextToTheScreensOptionsIsArgumentParsersToReport() throws {
        let harness = Harness()
        let run = try harness.run(["--theme", "light", "--colour"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("Unknown option '--colour'"), "\(run.stderr)")
    }
}
