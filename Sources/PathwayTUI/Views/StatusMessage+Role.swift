extension StatusMessage.Kind {
    /// The theme role a message of this kind is drawn in.
    var role: StyleRole {
        switch self {
        case .info: .text
        case .success: .done
        case .warning: .dueSoon
        case .error: .failed
        }
    }
}
