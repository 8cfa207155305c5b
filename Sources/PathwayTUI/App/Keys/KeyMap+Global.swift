extension KeyMap {
    /// The keys every screen shares (overlays such as the editor and the picker do not).
    public static let global = KeyMap(
        "Every screen", inheritsGlobal: false,
        [
            KeyBinding([.character("u")], .undo, help: "Undo the last change", hint: "undo"),
            KeyBinding([.control("r")], .redo, help: "Redo the last undone change"),
            KeyBinding(
                [.character("p")], .showProfile, help: "Profile: name, school, citizenship, visa track", hint: "profile"
            ),
            KeyBinding([.character("T")], .showTimeline, help: "Timeline: deadlines, season dates, what was done"),
            KeyBinding(
                [.character("P")], .showPrograms, help: "Programs: the application season, a row per program"),
            KeyBinding([.character("O")], .showRankOrder, help: "Rank order list: the interviewed programs in order"),
            KeyBinding(
                [.character("L")], .showLetters, help: "Letters: received by ERAS, assigned to programs"),
            KeyBinding([.character("X")], .showExperience, help: "US clinical experience: rotations, weeks by kind"),
            KeyBinding([.character("H")], .showHistory, help: "History of every change"),
            KeyBinding([.character("m")], .showMessage, help: "Show the last message in full"),
            KeyBinding([.character("t")], .cycleTheme, help: "Next colour theme"),
            KeyBinding([.character("R")], .reload, help: "Reload the file (changed elsewhere)"),
            KeyBinding([.character("?"), .function(1)], .showHelp, help: "Show or close this help", hint: "help"),
            KeyBinding(
                [.character("q"), .control("c")], .quit, help: "Quit (every change is saved as it is made)",
                hint: "quit"),
        ])

    /// The movement keys lists share, with the hint once ("j/k move").
    static func movement(hint: String = "move", page: String = "page") -> [KeyBinding] {
        [
            KeyBinding([.character("j"), .down], .moveDown, help: "Move down", hint: hint, barKeys: "j/k"),
            KeyBinding([.character("k"), .up], .moveUp, help: "Move up"),
            KeyBinding([.character("g"), .home], .moveFirst, help: "Go to the first line"),
            KeyBinding([.character("G"), .end], .moveLast, help: "Go to the last line (and the end of the text)"),
            KeyBinding([.pageDown, .control("f")], .pageDown, help: "Move down a \(page)"),
            KeyBinding([.pageUp, .control("b")], .pageUp, help: "Move up a \(page)"),
        ]
    }
}
