import PathwayCore

extension Standing {
    /// The theme role a standing is drawn in (always beside its mark, never colour alone).
    var role: StyleRole {
        switch self {
        case .done: .done
        case .inProgress: .inProgress
        case .available: .text
        case .blocked: .blocked
        case .failed: .failed
        }
    }
}
