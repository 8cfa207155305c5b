/// A value that does not fit a program's field, with the field's name and the reason in words.
public struct ProgramFieldError: Error, Equatable, Sendable, CustomStringConvertible {
    public let field: String
    public let reason: String

    public init(field: String, reason: String) {
        self.field = field
        self.reason = reason
    }

    public var description: String { reason }
}
