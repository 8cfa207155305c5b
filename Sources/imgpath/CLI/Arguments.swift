import ArgumentParser
import PathwayCore

extension MilestoneID: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument) }
}

extension ProfileField: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument) }
}

extension CalendarDay: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }

    /// Reads a date argument, saying what is wrong in the words the screen uses.
    static func argument(_ text: String) throws -> CalendarDay {
        guard let day = CalendarDay(parsing: text) else {
            throw ValidationError("\"\(text)\" is not a date; write it as YYYY-MM-DD, for example 2024-03-15")
        }
        return day
    }
}

/// Turns a status name into a status of this milestone, or exits 64 with the valid ones.
func parseStatus(_ text: String, for milestone: MilestoneID) throws -> Status {
    let info = MilestoneCatalog[milestone]
    guard let status = info.status(named: text) else {
        // A status that does not exist is a mistake in the command line, not a refusal.
        var message = "imgpath: " + Output.field("\(RuleViolation.statusNotInMilestone(milestone, text))")
        if let guess = info.closestStatus(to: text) { message += " (did you mean \(guess.rawValue)?)" }
        Output.error(message)
        throw ExitStatus.usage.code
    }
    return status
}
