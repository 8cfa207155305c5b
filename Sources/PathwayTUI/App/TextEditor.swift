/// The text being typed into a field: characters (not bytes), a cursor, and, for notes, line
/// breaks. It knows editing, not keys: the editor's key map turns keys into its commands.
public struct TextEditor: Equatable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int
    /// Whether Enter makes a new line (notes) rather than saving.
    public let multiline: Bool
    /// The text the editor opened with, to tell whether anything was typed.
    public let original: String

    public init(_ text: String, multiline: Bool = false) {
        characters = Array(text)
        cursor = characters.count
        self.multiline = multiline
        original = text
    }

    public var text: String { String(characters) }

    /// Whether the text differs from what the editor opened with.
    public var isChanged: Bool { text != original }

    /// Types a character at the cursor.
    public mutating func insert(_ character: Character) {
        if character == "\n" && !multiline { return }
        // Keys arrive a scalar at a time: a vowel sign, a combining mark or the parts of a ZWJ
        // emoji join the cluster before them, as they will on screen and in the file.
        let before = String(characters[..<cursor]) + String(character)
        characters = Array(before + String(characters[cursor...]))
        cursor = min(characters.count, before.count)
    }

    /// Applies an editing command; returns false for commands that are not about editing.
    public mutating func apply(_ command: Command) -> Bool {
        switch command {
        case .cursorLeft: cursor = max(0, cursor - 1)
        case .cursorRight: cursor = min(characters.count, cursor + 1)
        case .lineStart: cursor = lineStart(of: cursor)
        case .lineEnd: cursor = lineEnd(of: cursor)
        case .cursorUp, .cursorDown:
            let start = lineStart(of: cursor)
            let column = cursor - start
            if command == .cursorUp {
                guard start > 0 else {
                    cursor = 0
                    return true
                }
                let previous = lineStart(of: start - 1)
                cursor = min(previous + column, start - 1)
            } else {
                let end = lineEnd(of: cursor)
                guard end < characters.count else {
                    cursor = characters.count
                    return true
                }
                cursor = min(end + 1 + column, lineEnd(of: end + 1))
            }
        case .deleteBackward:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .deleteForward:
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .clearToStart:
            let start = lineStart(of: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .clearToEnd:
            characters.removeSubrange(cursor..<lineEnd(of: cursor))
        case .newLine:
            insert("\n")
        default:
            return false
        }
        return true
    }

    /// Where the line holding `index` starts.
    private func lineStart(of index: Int) -> Int {
        var start = min(index, characters.count)
        while start > 0, characters[start - 1] != "\n" { start -= 1 }
        return start
    }

    /// Where the line holding `index` ends (at its line break, or the end of the text).
    private func lineEnd(of index: Int) -> Int {
        var end = min(index, characters.count)
        while end < characters.count, characters[end] != "\n" { end += 1 }
        return end
    }
}
