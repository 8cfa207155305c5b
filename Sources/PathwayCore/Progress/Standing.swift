/// Where a milestone stands at a glance, for the checklist mark and `status`.
public enum Standing: String, Codable, Sendable, CaseIterable {
    case done
    case inProgress
    case available
    case blocked
    case failed

    /// The mark drawn before the milestone: it reads without colour.
    public func mark(unicode: Bool) -> String {
        switch self {
        case .done: unicode ? "✔" : "x"
        case .inProgress: unicode ? "◐" : "~"
        case .available: unicode ? "○" : " "
        case .blocked: unicode ? "✖" : "!"
        case .failed: unicode ? "✗" : "F"
        }
    }

    public var label: String {
        switch self {
        case .done: "done"
        case .inProgress: "in progress"
        case .available: "available"
        case .blocked: "blocked"
        case .failed: "needs a retake"
        }
    }
}

extension Pathway {
    /// How a milestone stands: done, failed (the last result was a failure or no match),
    /// blocked (every way forward is refused), in progress, or available.
    public func standing(of id: MilestoneID) -> Standing {
        if isDone(id) { return .done }
        if !PathwayMachine.blockingReasons(for: id, in: self).isEmpty { return .blocked }
        let status = self[id].status
        if status == .failed || status == .unmatched { return .failed }
        return status == .notStarted ? .available : .inProgress
    }
}
