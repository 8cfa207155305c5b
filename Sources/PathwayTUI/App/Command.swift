/// Everything a person can ask the screen to do. Keys map to commands (see `KeyMap`), never
/// straight to code, so the help screen is generated from the same table that handles keys.
public enum Command: String, CaseIterable, Sendable {
    case moveDown, moveUp, moveFirst, moveLast, pageDown, pageUp
    case switchPane, activate, back
    case advance, pickStatus, edit, toggleItem
    case undo, redo
    case showProfile, showHelp, showHistory, showTimeline, cycleTheme, reload
    case newDeadline, deleteItem
    case quit

    /// What the command does, as the help screen says it.
    public var help: String {
        switch self {
        case .moveDown: "Move down"
        case .moveUp: "Move up"
        case .moveFirst: "Go to the first line"
        case .moveLast: "Go to the last line"
        case .pageDown: "Move down a page"
        case .pageUp: "Move up a page"
        case .switchPane: "Switch pane (checklist / details)"
        case .activate: "Open the step, or act on the line"
        case .back: "Close, cancel, or go back"
        case .advance: "Advance the step to its next status"
        case .pickStatus: "Pick a status (blocked ones say why)"
        case .edit: "Edit the selected field (date, score, note...)"
        case .toggleItem: "Tick or untick the selected checklist item"
        case .undo: "Undo the last change"
        case .redo: "Redo the last undone change"
        case .showProfile: "Profile: name, school, citizenship, visa track"
        case .showHelp: "Show this help"
        case .showHistory: "History of every change"
        case .showTimeline: "Timeline: deadlines, the season calendar, what was done"
        case .newDeadline: "Add a deadline to the selected step"
        case .deleteItem: "Remove the selected deadline (u brings it back)"
        case .cycleTheme: "Next colour theme"
        case .reload: "Reload the file (changed elsewhere)"
        case .quit: "Quit (every change is saved as it is made)"
        }
    }
}
