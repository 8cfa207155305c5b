/// The one table of key bindings: it drives input handling and generates the help screen.
public enum KeyMap {
    /// A key (or several) bound to a command.
    public struct Binding: Sendable {
        public let keys: [Key]
        public let command: Command
    }

    public static let bindings: [Binding] = [
        Binding(keys: [.down, .character("j")], command: .moveDown),
        Binding(keys: [.up, .character("k")], command: .moveUp),
        Binding(keys: [.home, .character("g")], command: .moveFirst),
        Binding(keys: [.end, .character("G")], command: .moveLast),
        Binding(keys: [.pageDown, .control("f")], command: .pageDown),
        Binding(keys: [.pageUp, .control("b")], command: .pageUp),
        Binding(keys: [.tab, .backTab, .right, .left, .character("l"), .character("h")], command: .switchPane),
        Binding(keys: [.enter], command: .activate),
        Binding(keys: [.escape], command: .back),
        Binding(keys: [.character("a")], command: .advance),
        Binding(keys: [.character("s")], command: .pickStatus),
        Binding(keys: [.character("e")], command: .edit),
        Binding(keys: [.character(" "), .character("x")], command: .toggleItem),
        Binding(keys: [.character("u")], command: .undo),
        Binding(keys: [.control("r")], command: .redo),
        Binding(keys: [.character("p")], command: .showProfile),
        Binding(keys: [.character("H")], command: .showHistory),
        Binding(keys: [.character("T")], command: .showTimeline),
        Binding(keys: [.character("n")], command: .newDeadline),
        Binding(keys: [.character("d"), .delete], command: .deleteItem),
        Binding(keys: [.character("t")], command: .cycleTheme),
        Binding(keys: [.character("R")], command: .reload),
        Binding(keys: [.character("?"), .function(1)], command: .showHelp),
        Binding(keys: [.character("q"), .control("c")], command: .quit),
    ]

    private static let lookup: [Key: Command] = {
        var table: [Key: Command] = [:]
        for binding in bindings {
            for key in binding.keys where table[key] == nil { table[key] = binding.command }
        }
        return table
    }()

    /// The command a key asks for, if any.
    public static func command(for key: Key) -> Command? {
        if case .character(let c) = key, c == "\u{7F}" { return nil }
        return lookup[key]
    }

    /// The keys of a command as the help and status bar write them: "j/Down".
    public static func keys(for command: Command) -> String {
        bindings.filter { $0.command == command }.flatMap(\.keys).map(\.name).joined(separator: "/")
    }
}
