/// Why an effect (a save, a reload, the external editor) failed, in the words the screen shows.
public struct EffectFailure: Error, Equatable, Sendable {
    public let reason: String

    public init(_ reason: String) {
        self.reason = reason
    }
}
