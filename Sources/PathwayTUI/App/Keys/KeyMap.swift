/// The key bindings of one context (a screen, an overlay, or every screen), in the order help
/// lists them. Input, the key bar, the help screen, the README table and every message that
/// names a key come from these tables, so none of them can disagree with what the keys do.
public struct KeyMap: Sendable {
    /// The heading of the map on the help screen and in the README.
    public let title: String
    public let bindings: [KeyBinding]
    /// Whether the global bindings apply too (screens); overlays such as the editor take every
    /// key themselves.
    public let inheritsGlobal: Bool

    public init(_ title: String, inheritsGlobal: Bool = true, _ bindings: [KeyBinding]) {
        self.title = title
        self.inheritsGlobal = inheritsGlobal
        self.bindings = bindings
    }

    /// The binding a key belongs to in this map alone.
    public func binding(for key: Key) -> KeyBinding? {
        bindings.first { $0.keys.contains(key) }
    }

    /// The command a key asks for here, looking in the global map when this one inherits it.
    public func command(for key: Key) -> Command? {
        if let own = binding(for: key) { return own.command }
        return inheritsGlobal ? KeyMap.global.binding(for: key)?.command : nil
    }

    /// The binding of a command here, or in the global map when this one inherits it.
    public func binding(for command: Command) -> KeyBinding? {
        bindings.first { $0.command == command }
            ?? (inheritsGlobal ? KeyMap.global.bindings.first { $0.command == command } : nil)
    }

    /// The key that messages name for a command ("T"), empty when nothing is bound to it.
    public func key(_ command: Command) -> String { binding(for: command)?.firstKey ?? "" }

    /// The key bar: each binding with a hint, this map's first and then the global ones.
    public var shortHelp: [(keys: String, hint: String)] {
        let global = inheritsGlobal ? KeyMap.global.bindings : []
        return (bindings + global).compactMap { binding in
            binding.hint.map { (binding.barKeys ?? binding.firstKey, $0) }
        }
    }

    /// Every key in the map (with the inherited ones), in order, for checks against duplicates.
    public var allKeys: [Key] {
        (bindings + (inheritsGlobal ? KeyMap.global.bindings : [])).flatMap(\.keys)
    }
}
