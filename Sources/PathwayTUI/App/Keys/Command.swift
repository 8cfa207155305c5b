/// Everything a person can ask the screen to do. Keys map to commands through a screen's
/// `KeyMap`, never straight to code; what a command is called on screen belongs to its binding,
/// because the same command reads differently in different places (Enter "saves" in the
/// editor and "opens" on the checklist).
public enum Command: String, CaseIterable, Sendable {
    case moveDown, moveUp, moveFirst, moveLast, pageDown, pageUp
    case switchPane, activate, back
    case advance, pickStatus, edit, editExternally, toggleItem
    case undo, redo
    case showProfile, showHelp, showHistory, showTimeline, showMessage, cycleTheme, reload
    case newDeadline, deleteItem
    // The main screen's "Coming up" list.
    case showComingUp, dismissReminder
    // The programs and the rank order list.
    case showPrograms, showRankOrder, addItem, startFilter, cycleSort, markRejected, markWithdrawn
    case chooseColumns, toggleMark, markAllShown, assignLetterToPrograms
    case moveItemDown, moveItemUp, certify
    // Letters of recommendation and US clinical experience.
    case showLetters, showExperience, assignLetter, tickReceived, setLetterLimit
    case quit
    // The text editor.
    case cursorLeft, cursorRight, cursorUp, cursorDown, lineStart, lineEnd
    case deleteBackward, deleteForward, clearToStart, clearToEnd, newLine

    /// Whether the command only moves a selection or a scroll position.
    public var isMovement: Bool {
        switch self {
        case .moveDown, .moveUp, .moveFirst, .moveLast, .pageDown, .pageUp: true
        default: false
        }
    }
}
