extension KeyMap {
    /// Every key map, in the order help and the README list them.
    public static var all: [KeyMap] {
        [
            global, MainScreen.keyMap, MainScreen.comingUpKeyMap, TimelineScreen.keyMap, ProgramsScreen.keyMap,
            ProgramDetailScreen.keyMap, RankOrderScreen.keyMap, LettersScreen.keyMap, LetterDetailScreen.keyMap,
            ExperienceScreen.keyMap, ExperienceDetailScreen.keyMap, ProfileScreen.keyMap, OnboardingScreen.keyMap,
            TextScreen.keyMap, PickerScreen.keyMap, EditorScreen.keyMap, EditorScreen.filterKeyMap,
            EditorScreen.notesKeyMap,
        ]
    }

    /// The README's key tables: a heading and a table per map, generated from the maps (a test
    /// holds the README to this text).
    public static var markdown: String {
        all.map { map in
            var lines = ["#### \(map.title)", "", "| keys | what they do |", "|---|---|"]
            lines += map.bindings.map { "| `\($0.keyNames)` | \($0.help) |" }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }
}
