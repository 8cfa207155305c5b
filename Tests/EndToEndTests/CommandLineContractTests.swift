import Foundation
import Testing

/// The command line as the README documents it: exit codes for mistakes, negative numbers,
/// the place of the file, and completions that know the values.
@Suite struct CommandLineContractTests {
    @Test func aNegativeScoreReachesTheRulesAndIsRefusedByThem() throws {
        let h = Harness()
        let run = try h.run(["mark", "step2ck", "passed", "--date", "2024-01-10", "--score", "-5"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("Refused: "))
        #expect(run.stderr.contains("-5"))
        #expect(h.fileBytes() == nil)
        #expect(try h.run(["agenda", "--days", "-1"]).stderr.contains("--days takes a number of days"))
        #expect(try h.run(["history", "--last", "-2"]).stderr.contains("--last takes a number"))
    }

    @Test func aMisspeltStatusIsAMistakeWithASuggestion() throws {
        let h = Harness()
        let run = try h.run(["mark", "step1", "pased"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("did you mean passed?"))
        #expect(h.fileBytes() == nil)
    }

    @Test(arguments: [
        (["stauts"], "did you mean `imgpath status`?"),
        (["histroy", "--json"], "did you mean `imgpath history`?"),
        (["help", "bogus"], "there is no command \"bogus\"; the commands are open, status"),
        (["help", "deadline", "ad"], "did you mean `imgpath deadline add`?"),
        (["xyzzy"], "the commands are open, status, mark"),
        (["--file", "/tmp/x.json", "stauts"], "did you mean `imgpath status`?"),
    ])
    func anUnknownCommandGetsTheClosestNameAndExits64(_ arguments: [String], _ message: String) throws {
        let run = try Harness().run(arguments)
        #expect(run.status == 64)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func helpForARealCommandStillWorks() throws {
        let run = try Harness().run(["help", "deadline", "add"], useFile: false)
        #expect(run.status == 0)
        #expect(run.stdout.contains("USAGE: imgpath deadline add"))
    }

    @Test func aFolderAsTheFileCannotBeRead() throws {
        let h = Harness()
        for arguments in [["status"], ["mark", "step1", "registered"]] {
            let run = try h.run(arguments + ["--file", h.folder], useFile: false)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.contains("is a folder, not a pathway file"))
        }
    }

    @Test func aGivenFileInAMissingFolderIsRefusedNotCreated() throws {
        let h = Harness()
        let place = h.folder + "/typo/pathway.json"
        for environment in [[:], ["IMGPATH_FILE": place]] {
            let arguments = ["mark", "step1", "registered"] + (environment.isEmpty ? ["--file", place] : [])
            let run = try h.run(arguments, useFile: false, environment: environment)
            #expect(run.status == 3)
            #expect(run.stderr.contains("the folder \(h.folder)/typo does not exist"))
            #expect(!FileManager.default.fileExists(atPath: h.folder + "/typo"))
        }
        // The default folder is still made on the first change.
        let first = try h.run(["mark", "step1", "registered"], useFile: false)
        #expect(first.status == 0)
        #expect(FileManager.default.fileExists(atPath: h.folder + "/data/imgpath/pathway.json"))
    }

    /// The protocol the generated scripts use: `imgpath ---completion SUBCOMMAND -- ARG WORD-INDEX
    /// CURSOR WORDS...`; the words typed so far decide the values.
    func complete(_ command: [String], argument: String, words: [String], _ h: Harness) throws -> [String] {
        let request = ["---completion"] + command + ["--", argument, String(words.count - 1), "0"] + words
        let run = try h.run(request, useFile: false, environment: ["IMGPATH_FILE": h.file])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout.split(separator: "\n").map(String.init)
    }

    @Test func completionsOfferTheValuesOfWhatWasTyped() throws {
        let h = Harness()
        #expect(
            try complete(["mark"], argument: "positional@1", words: ["imgpath", "mark", "ecfmg", ""], h)
                == ["notStarted", "inProgress", "certified"])
        #expect(
            try complete(["mark"], argument: "positional@1", words: ["imgpath", "mark", "step1", ""], h)
                == ["notStarted", "registered", "scheduled", "failed", "passed"])
        let items = try complete(["tick"], argument: "positional@1", words: ["imgpath", "tick", "eras", ""], h)
        #expect(items.contains("personalStatement"))
        #expect(!items.contains("usmleId"))
        let fields = try complete(["set"], argument: "positional@1", words: ["imgpath", "set", "residency", ""], h)
        #expect(fields.contains("program") && fields.contains("date") && fields.contains("score"))
        try h.run(["deadline", "add", "eras", "letters", "--date", "2027-01-01"])
        try h.run(["deadline", "add", "match", "rank list", "--date", "2027-02-01"])
        let ids = try complete(
            ["deadline", "edit"], argument: "positional@0", words: ["imgpath", "deadline", "edit", ""], h)
        #expect(ids == ["dl-1", "dl-2"])
        for shell in ["bash", "zsh", "fish"] {
            let script = try h.run(["--generate-completion-script", shell], useFile: false)
            #expect(script.status == 0)
            #expect(script.stdout.contains("---completion mark -- positional@1"), "\(shell)")
            #expect(script.stdout.contains("---completion deadline edit -- positional@0"), "\(shell)")
        }
    }
}
