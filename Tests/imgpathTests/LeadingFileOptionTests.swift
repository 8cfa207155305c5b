import Testing

@testable import imgpath

/// A file option given before the command reaches the command.
@Suite struct LeadingFileOptionTests {
    let commands: Set<String> = ["status", "usce", "letter"]

    @Test func aLeadingFileOptionMovesAfterTheCommand() {
        #expect(
            LeadingFileOption.moved(["--file", "p.json", "status", "--json"], commands: commands)
                == ["status", "--json", "--file", "p.json"])
        #expect(
            LeadingFileOption.moved(["--file=p.json", "usce", "add", "Mercy", "--kind", "handsOn"], commands: commands)
                == ["usce", "add", "Mercy", "--kind", "handsOn", "--file=p.json"])
        // Before a `--`, after which everything is a value.
        #expect(
            LeadingFileOption.moved(["--file", "p.json", "letter", "add", "--", "-Dr"], commands: commands)
                == ["letter", "add", "--file", "p.json", "--", "-Dr"])
    }

    @Test func otherCommandLinesAreLeftAlone() {
        for arguments in [
            ["status", "--file", "p.json"], ["--file", "p.json"], ["--file", "p.json", "--theme", "light"],
            ["--file", "p.json", "nonsense"], ["--theme", "light", "status"], [],
        ] {
            #expect(LeadingFileOption.moved(arguments, commands: commands) == arguments)
        }
    }

    @Test func theCommandNamesAreImgpathsOwn() {
        let names = LeadingFileOption.commandNames
        for name in ["status", "mark", "usce", "letter", "program", "undo", "open"] { #expect(names.contains(name)) }
    }
}
