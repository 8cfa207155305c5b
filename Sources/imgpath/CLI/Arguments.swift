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
}

/// Turns a status name into a status of this milestone, or the refusal that lists the valid ones.
func parseStatus(_ text: String, for milestone: MilestoneID) throws -> Status {
    guard let status = Status(rawValue: text), MilestoneCatalog[milestone].statuses.contains(status) else {
        Output.error("Refused: \(RuleViolation.statusNotInMilestone(milestone, text))")
        throw ExitStatus.refused.code
    }
    return status
}
