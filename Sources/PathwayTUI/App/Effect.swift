import PathwayCore

/// Work the reducer asks the program to do outside it. Each reports back as an `Action`.
public enum Effect: Equatable, Sendable {
    /// Save the journal to the file; reported as `Action.saveFinished`.
    case save
    /// Switch to the next theme; reported as `Action.themeChanged`.
    case cycleTheme
    /// Read the file again from disk, replacing what is on screen; `Action.reloadFinished`.
    case reload
    /// Edit text in `$VISUAL` or `$EDITOR` (as `git commit` does); `Action.externalEditFinished`.
    case editExternally(String, EditTarget)
    /// Remember the programs table's columns in the settings file (nil: the width's defaults).
    case rememberProgramColumns([ProgramTableColumn]?)
    case quit
}
