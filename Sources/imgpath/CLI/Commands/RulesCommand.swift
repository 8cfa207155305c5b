import ArgumentParser
import PathwayCore

/// `imgpath rules`: prints the transition table the state machine runs on.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "Print every allowed move and what it needs, with sources.")

    @OptionGroup var options: FileOptions
    @Flag(help: "Print JSON.") var json = false
    @Argument(help: "Only this milestone.") var milestone: MilestoneID?

    struct Row: Encodable {
        struct Rule: Encodable {
            let needs: String
            let severity: String
            let source: String
            let advice: String?
        }
        let milestone: String
        let to: String
        let from: [String]
        let rules: [Rule]
    }

    func run() throws {
        let transitions = TransitionTable.all.filter { milestone == nil || $0.milestone == milestone }
        if json {
            try JSONOutput.print(
                transitions.map { t in
                    Row(
                        milestone: t.milestone.rawValue, to: t.to.rawValue, from: t.from.map(\.rawValue),
                        rules: t.guards.map {
                            .init(
                                needs: $0.requirement.text, severity: $0.severity.rawValue, source: $0.source,
                                advice: $0.advice)
                        })
                })
            return
        }
        var current: MilestoneID?
        for t in transitions {
            if t.milestone != current {
                current = t.milestone
                let info = MilestoneCatalog[t.milestone]
                Output.line("")
                Output.line(
                    "\(info.name) (\(info.id.rawValue)); done when: "
                        + info.statuses.filter(info.isDone).map(\.rawValue).joined(separator: " or "))
            }
            Output.line("  -> \(t.to.rawValue.padding(to: 12)) from \(t.from.map(\.rawValue).joined(separator: ", "))")
            for rule in t.guards {
                let verb = rule.severity == .block ? "refused unless" : "warns unless"
                Output.line("       \(verb) \(rule.requirement.text) [\(rule.source)]")
            }
        }
        Output.line("")
        for line in RuleFacts.summary { Output.line("\(line.fact) (\(line.source)).") }
        guard milestone == nil || milestone == .eras || milestone == .match else { return }
        Output.line("")
        Output.line("Programs of the application season (imgpath program mark ID STATUS):")
        for line in ProgramTransitions.summary { Output.line("  \(line)") }
        Output.line(
            "  Days are not in the future, except an interview ahead; each step's day is on or after the one "
                + "before; no program is recorded twice (same NRMP code, or same name and city without codes).")
        Output.line("  NRMP program codes are checked for their shape, such as 1000140C0 (\(NRMPProgramCode.source)).")
        Output.line(
            "  Fit warnings, never refusals: visa sponsorship against your visa track, your Step 2 CK score "
                + "against the program's minimum, years since graduation, US clinical experience.")
        RulesCommand.printLetterRules()
    }
}

extension RulesCommand {
    /// The rules for US clinical experience and letters, with the per-program limit's source.
    static func printLetterRules() {
        Output.line("")
        Output.line("US clinical experience and letters (imgpath usce, imgpath letter):")
        Output.line(
            "  Letters per program: \(LetterRules.defaultPerProgramLimit) (\(LetterRules.perProgramLimitSource)); "
                + "change it with imgpath letter limit N.")
        Output.line(
            "  An experience's end is on or after its start; its dates may be ahead (a planned rotation). "
                + "Kinds: \(ExperienceKind.allCases.map(\.rawValue).joined(separator: ", ")).")
        Output.line(
            "  A letter is received on or after it was requested, and assigned on or after it was requested; "
                + "its days are not in the future; its experience and programs must be recorded.")
        Output.line(
            "  Warnings, never refusals: a program given more letters than the limit; a letter assigned before "
                + "ERAS received it (\(LetterRules.receivedSource)).")
        Output.line(
            "  While letters are recorded, ERAS \"Letters (count)\", \"US letters\" and the letters checklist item "
                + "are counted from them; a recorded hands-on entry satisfies a program requiring US clinical experience."
        )
    }
}
