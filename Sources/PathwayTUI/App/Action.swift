import PathwayCore

/// Something that happened, fed to the reducer.
public enum Action: Equatable, Sendable {
    case key(Key)
    case resized(width: Int, height: Int)
    case saved
    case saveFailed(String)
    case themeChanged(String)
    case reloaded(Journal)
    case reloadFailed(String)
}
