import PathwayCore

/// Something that happened, fed to the reducer: a key, or the result of an effect the program
/// performed. Every change of the state comes through here.
public enum Action: Sendable {
    case key(Key)
    case resized(width: Int, height: Int)
    /// The save asked for by `Effect.save` finished; on success, how long the history file is
    /// now (the lines before that are on disk and need not be kept in memory).
    case saveFinished(Result<Int64, EffectFailure>)
    /// The change is saved (up to this many history bytes), but part of the save could not be
    /// written; the warning says what.
    case savedWithWarning(written: Int64, warning: String)
    /// The reload asked for by `Effect.reload` finished.
    case reloadFinished(Result<Journal, EffectFailure>)
    /// The whole list of programs was read after the first frame (which needs only those in
    /// play): the same journal, with every program.
    case allProgramsRead(Journal)
    /// The theme changed (`Effect.cycleTheme`): its name, a warning when the one asked for could
    /// not be used, and whether colours are off so only attributes show.
    case themeChanged(name: String, warning: String?, colorsOff: Bool)
    /// The external editor (`Effect.editExternally`) closed: the text it saved, for the target.
    case externalEditFinished(EditTarget, Result<String, EffectFailure>)
    /// A screen setting was written to the settings file (`Effect.rememberProgramColumns`);
    /// nothing on screen depends on it.
    case screenSettingSaved
}
