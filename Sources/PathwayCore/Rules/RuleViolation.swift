/// Why a change was refused, in words a person understands.
public enum RuleViolation: Error, Equatable, Sendable, CustomStringConvertible {
    case statusNotInMilestone(MilestoneID, String)
    case noTransition(MilestoneID, from: Status, to: Status, allowed: [Status])
    /// A prerequisite is missing: "ECFMG certification needs Step 2 CK passed".
    case unmet(goal: String, requirement: String)
    case attemptLimit(MilestoneID, limit: Int)
    case ineligible(failedStep: MilestoneID, limit: Int)
    case scoreNotReported(MilestoneID, date: CalendarDay)
    case scoreOutOfRange(Int)
    case scoreNeedsResult(Status)
    case resultDateInFuture(CalendarDay, today: CalendarDay)
    case unknownItem(MilestoneID, String)
    case unknownField(MilestoneID, String)
    case invalidValue(field: String, value: String, expected: String)
    case noChange(String)
    /// No deadline has this id.
    case unknownDeadline(String, known: [String])
    /// A deadline needs a title.
    case emptyTitle
    /// A date outside the years that make sense for it (most likely a typing mistake).
    case dateOutOfRange(CalendarDay, allowed: ClosedRange<CalendarDay>, what: String)
    /// A Match cycle outside the years imgpath knows.
    case cycleOutOfRange(Int)
    /// No program has this id.
    case unknownProgram(String, known: Int)
    /// A program change the season's rules do not allow, with the reason in words.
    case programRule(String)
    /// No experience or letter has this id; `what` is "experience" or "letter".
    case unknownEntry(what: String, id: String, known: Int)
    /// A letters or experience change the rules do not allow, with the reason in words.
    case letterRule(String)
    case nothingToUndo
    case nothingToRedo
    /// The history line an undo or redo needs cannot be read.
    case historyUnreadable(String)
    /// A day before what it depends on: "Starting residency on 2019-07-01 needs a date on or
    /// after the recorded match (2020-03-20)".
    case tooEarly(goal: String, date: CalendarDay, after: String, earliest: CalendarDay)
    /// A new attempt too soon under ECFMG's retake spacing, with the first day it is possible.
    case retakeTooSoon(MilestoneID, date: CalendarDay, earliest: CalendarDay)
    /// A change that would make the stored dates contradict each other (the audit's words).
    case conflict(String)

    public var description: String {
        switch self {
        case .statusNotInMilestone(let id, let status):
            let info = MilestoneCatalog[id]
            return "\(info.name) has no status \"\(status)\"; its statuses are "
                + info.statuses.map(\.rawValue).joined(separator: ", ")
        case .noTransition(let id, let from, let to, let allowed):
            let name = MilestoneCatalog[id].name
            let next =
                allowed.isEmpty
                ? "nothing follows \(from.label) (undo corrects a mistaken entry)"
                : "from \(from.label) it can go to " + allowed.map(\.rawValue).joined(separator: ", ")
            return "\(name) cannot go from \(from.label) to \(to.label): \(next)"
        case .unmet(let goal, let requirement):
            return "\(goal) needs \(requirement)"
        case .attemptLimit(let id, let limit):
            return "\(MilestoneCatalog[id].shortName) has used all \(limit) USMLE attempts; no further "
                + "attempt is allowed (\(RuleFacts.usmleAttemptLimitSource))"
        case .ineligible(let step, let limit):
            return "\(limit) attempts at \(MilestoneCatalog[step].shortName) without a pass make an examinee "
                + "ineligible for every USMLE Step (\(RuleFacts.usmleAttemptLimitSource))"
        case .scoreNotReported(let id, let date):
            return "\(MilestoneCatalog[id].shortName) taken on \(date) is reported as pass/fail only; only exams "
                + "on or before 2022-01-25 have a score (\(RuleFacts.step1PassFailSource))"
        case .scoreOutOfRange(let score):
            return "score \(score) is outside the USMLE scale of \(RuleFacts.scoreRange.lowerBound)-"
                + "\(RuleFacts.scoreRange.upperBound)"
        case .scoreNeedsResult(let status):
            return "a score goes with a result (passed or failed), not with \(status.label)"
        case .resultDateInFuture(let date, let today):
            return "the date \(date) is after today (\(today)); only an exam's scheduled day or a residency's start "
                + "can be ahead"
        case .unknownItem(let id, let item):
            let items = MilestoneCatalog[id].items.map(\.id)
            return items.isEmpty
                ? "\(MilestoneCatalog[id].name) has no checklist items"
                : "\(MilestoneCatalog[id].name) has no item \"\(item)\"; its items are "
                    + items.joined(separator: ", ")
        case .unknownField(let id, let field):
            return "\(MilestoneCatalog[id].name) has no field \"\(field)\"; its fields are "
                + MilestoneCatalog[id].fields.map(\.id).joined(separator: ", ")
        case .invalidValue(let field, let value, let expected):
            return "\(field): \"\(value)\" is not valid; expected \(expected)"
        case .noChange(let what):
            return "nothing changed: \(what)"
        case .unknownDeadline(let id, let known):
            return known.isEmpty
                ? "there is no deadline \"\(id)\"; no deadlines are recorded yet"
                : "there is no deadline \"\(id)\"; the deadlines are " + known.joined(separator: ", ")
        case .emptyTitle:
            return "a deadline needs a title (a few words saying what is due)"
        case .dateOutOfRange(let date, let allowed, let what):
            return "\(date) is outside the dates \(what) can have (\(allowed.lowerBound) to \(allowed.upperBound))"
        case .cycleOutOfRange(let cycle):
            return "\(cycle) is not a Match cycle imgpath knows; give the year of the Match, from "
                + "\(SeasonCalendar.cycleRange.lowerBound) to \(SeasonCalendar.cycleRange.upperBound)"
        case .unknownProgram(let id, let known):
            return known == 0
                ? "there is no program \"\(id)\"; no programs are recorded yet (imgpath program add NAME)"
                : "there is no program \"\(id)\"; imgpath program list shows the \(known) recorded"
        case .programRule(let reason), .letterRule(let reason):
            return reason
        case .unknownEntry(let what, let id, let known):
            let command = what == "letter" ? "letter" : "usce"
            return known == 0
                ? "there is no \(what) \"\(id)\"; none is recorded yet (imgpath \(command) add)"
                : "there is no \(what) \"\(id)\"; imgpath \(command) list shows the \(known) recorded"

        case .tooEarly(let goal, let date, let after, let earliest):
            return "\(goal) on \(date) cannot come before \(after) (\(earliest)) (\(RuleFacts.chronologySource))"
        case .retakeTooSoon(let id, let date, let earliest):
            return "\(MilestoneCatalog[id].shortName) on \(date) is too soon: at most \(RuleFacts.attemptsPerYear) "
                + "attempts within 12 months, and a 4th at least \(RuleFacts.monthsAfterFirstAttempt) months after "
                + "the first and \(RuleFacts.monthsAfterLatestAttempt) after the latest; the next attempt is possible "
                + "from \(earliest) (\(RuleFacts.retakeSpacingSource))"
        case .conflict(let text):
            return text
        case .nothingToUndo:
            return "nothing to undo"
        case .nothingToRedo:
            return "nothing to redo"
        case .historyUnreadable(let reason):
            return "the history cannot be read here: \(reason)"
        }
    }
}
