/// Keys bound to a command, with the help that goes with them: a short hint for the key bar and
/// a description for the help screen and the README (as Bubble Tea's `key.Binding` carries its
/// own help).
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let command: Command
    /// The description on the help screen and in the README.
    public let help: String
    /// The word in the key bar; nil keeps the binding out of the bar.
    public let hint: String?
    /// How the key bar writes the keys, when it joins bindings ("j/k" for up and down).
    public let barKeys: String?

    public init(_ keys: [Key], _ command: Command, help: String, hint: String? = nil, barKeys: String? = nil) {
        self.keys = keys
        self.command = command
        self.help = help
        self.hint = hint
        self.barKeys = barKeys
    }

    /// The keys as help writes them: "j/Down".
    public var keyNames: String { keys.map(\.name).joined(separator: "/") }

    /// The key a message names: the first one ("press T").
    public var firstKey: String { keys.first?.name ?? "" }
}
