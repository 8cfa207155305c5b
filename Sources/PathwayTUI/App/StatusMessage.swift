/// What just happened, for the message line.
public struct StatusMessage: Equatable, Sendable {
    public enum Kind: Sendable {
        case info
        case success
        case warning
        case error
    }

    public let text: String
    public let kind: Kind

    public init(_ text: String, _ kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}
