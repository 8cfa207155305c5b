import PathwayCore

extension Session {
    /// Records a change and saves, printing only warnings (on standard error), for commands whose
    /// standard output is a value a script reads (`program add` prints the new id).
    mutating func performQuietly(_ change: Change) throws -> Decision {
        switch journal.record(change, clock: clock) {
        case .success(let decision):
            try save()
            for warning in decision.warnings { Output.error("warning: " + Output.field("\(warning)")) }
            return decision
        case .failure(let violation):
            Output.error("Refused: " + Output.field("\(violation)"))
            throw ExitStatus.refused.code
        }
    }
}
