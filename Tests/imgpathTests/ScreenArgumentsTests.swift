import ArgumentParser
import Testing

@testable import imgpath

/// The screen starts through `ScreenArguments.recognise` or through ArgumentParser's `open`
/// command; both must read the same command line the same way.
@Suite struct ScreenArgumentsTests {
    /// What ArgumentParser makes of a command line: the screen's options when it runs `open`.
    private func parsedByArgumentParser(_ arguments: [String]) throws -> ScreenArguments? {
        (try IMGPath.parseAsRoot(arguments) as? OpenCommand)?.arguments
    }

    static let accepted: [([String], ScreenArguments)] = [
        ([], ScreenArguments()),
        (["--file", "/tmp/p.json"], ScreenArguments(file: "/tmp/p.json")),
        (["--file=/tmp/p.json"], ScreenArguments(file: "/tmp/p.json")),
        (["--theme", "light"], ScreenArguments(theme: "light")),
        (["--theme=light"], ScreenArguments(theme: "light")),
        (["--file", "p.json", "--theme", "no-color"], ScreenArguments(file: "p.json", theme: "no-color")),
        (["--theme", "no-color", "--file=p.json"], ScreenArguments(file: "p.json", theme: "no-color")),
        (["--file=a=b"], ScreenArguments(file: "a=b")),
        (["--file", "with space/p.json"], ScreenArguments(file: "with space/p.json")),
        (["--file", "pathway ✔.json"], ScreenArguments(file: "pathway ✔.json")),
        // A value that happens to be a command's name is still the value.
        (["--file", "status"], ScreenArguments(file: "status")),
        (["--theme", "help", "--file", "open"], ScreenArguments(file: "open", theme: "help")),
    ]

    @Test(arguments: accepted)
    func theScreensOptionsAreReadLikeArgumentParserReadsThem(arguments: [String], expected: ScreenArguments) throws {
        #expect(ScreenArguments.recognise(arguments) == expected)
        #expect(try parsedByArgumentParser(arguments) == expected)
    }

    static let declined: [[String]] = [
        ["status"], ["open"], ["open", "--file", "p.json"], ["help"], ["--help"], ["-h"], ["--version"],
        ["--file"], ["--file="], ["--file", "-x"], ["--file", "--theme", "light"], ["--theme"],
        ["--file", "a", "--file", "b"], ["--theme", "light", "--theme=dark"],
        ["--file", "p.json", "status"], ["--file", "p.json", "extra", "words"], ["--bogus"], ["--bogus", "x"],
        ["--file=p.json", "--"], ["--", "--file", "p.json"], ["-f", "p.json"], ["--File", "p.json"],
        ["--generate-completion-script", "bash"], ["---completion", "--", "open"], ["-"], [""],
    ]

    @Test(arguments: declined)
    func everythingElseIsLeftToArgumentParser(arguments: [String]) {
        #expect(ScreenArguments.recognise(arguments) == nil)
    }

    /// Every short command line made of these words: whenever the recogniser accepts one,
    /// ArgumentParser runs `open` with the same options.
    @Test func whateverIsRecognisedParsesTheSameWay() throws {
        let words = ["--file", "--theme", "--file=x", "--theme=t", "p.json", "light", "status", "-h", "--", "=", ""]
        var lines: [[String]] = [[]]
        var longest: [[String]] = [[]]
        for _ in 0..<4 {
            longest = longest.flatMap { line in words.map { line + [$0] } }
            lines += longest
        }
        var recognised = 0
        for line in lines {
            guard let light = ScreenArguments.recognise(line) else { continue }
            recognised += 1
            #expect(try parsedByArgumentParser(line) == light, "\(line)")
        }
        // The table above must have exercised the recogniser, not only its refusals.
        #expect(recognised > 20)
    }
}
