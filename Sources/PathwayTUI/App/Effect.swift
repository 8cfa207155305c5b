/// Work the reducer asks the program to do outside it.
public enum Effect: Equatable, Sendable {
    /// Save the journal to the file.
    case save
    /// Switch to the next theme.
    case cycleTheme
    /// Read the file again from disk, replacing what is on screen.
    case reload
    case quit
}
