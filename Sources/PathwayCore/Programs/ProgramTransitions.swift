/// The moves a program's status may make: the data `imgpath rules` prints and the machine runs.
///
/// A program moves forward towards an interview, any number of steps at once (a person records a
/// season that already happened); it cannot move back, since undo takes back a wrong step. It can
/// be rejected once applied, and withdrawn from at any open status.
public enum ProgramTransitions {
    /// The statuses a program may move to from `status`.
    public static func next(from status: ProgramStatus) -> [ProgramStatus] {
        ProgramStatus.allCases.filter { refusal(from: status, to: $0) == nil }
    }

    /// Why a move is not allowed, in words, or nil when it is.
    public static func refusal(from: ProgramStatus, to: ProgramStatus) -> String? {
        if from == to { return "the program is already \(to.label)" }
        guard let start = from.progress else {
            return "the program was \(from.label); undo that change to reopen it"
        }
        switch to {
        case .withdrawn: return nil
        case .rejected:
            return start >= ProgramStatus.applied.progress ?? 1
                ? nil : "a program can reject an application only once it is sent (mark it applied first)"
        default:
            guard let end = to.progress else { return nil }
            return end > start ? nil : "a program does not move back from \(from.label) to \(to.label); undo instead"
        }
    }

    /// One line per status for `imgpath rules`.
    public static var summary: [String] {
        ProgramStatus.allCases.map { status in
            let targets = next(from: status).map(\.rawValue)
            return "\(status.rawValue) -> "
                + (targets.isEmpty ? "(final; undo to reopen)" : targets.joined(separator: ", "))
        }
    }
}
