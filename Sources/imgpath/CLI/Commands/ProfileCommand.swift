import ArgumentParser
import PathwayCore

/// `imgpath profile`: shows the profile; `imgpath profile set FIELD VALUE` changes it.
struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile", abstract: "Show or set the profile (name, school, citizenship, visa track...).",
        subcommands: [ShowProfile.self, SetProfile.self], defaultSubcommand: ShowProfile.self)

    /// `imgpath profile show`.
    struct ShowProfile: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show the profile.")
        @OptionGroup var options: FileOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let profile = try Session.open(options, forWriting: false, allPrograms: false).journal.pathway.profile
            if json {
                try JSONOutput.print(profile)
                return
            }
            for field in ProfileField.allCases {
                let value = profile.value(of: field)
                let shown: String =
                    switch field {
                    case .citizenship: profile.citizenship.label
                    case .visaTrack: profile.visaTrack.label
                    default: value.isEmpty ? "-" : Output.field(value)
                    }
                Output.line("\(field.label.padding(to: 18)) \(shown)   [\(field.rawValue)]")
            }
        }
    }

    /// `imgpath profile set FIELD VALUE`.
    struct SetProfile: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: "Set a profile field (no value clears it).",
            discussion: ProfileField.allCases.map { "  \($0.rawValue): \($0.accepts)" }.joined(separator: "\n"))
        @OptionGroup var options: FileOptions
        @Argument(help: "The field.") var field: ProfileField
        @Argument(help: "The value (several words are joined with spaces).") var value: [String] = []

        func run() throws {
            var session = try Session.open(options, forWriting: true, allPrograms: false)
            try session.perform(.profile(field, value: value.isEmpty ? nil : value.joined(separator: " ")))
        }
    }
}
