/// Work the reducer asks the program to do outside it.
public enum Effect: Equatable, Sendable {
    /// Save the journal to the file.
    case save
    /// Switch to the next theme.
    case cycleTheme
    case quit
}
