import PathwayCore

/// Everything the screen shows, as a value. The reducer changes it; views only read it.
public struct AppState: Equatable, Sendable {
    /// The screens a person can be on.
    public enum Screen: Equatable, Sendable {
        case main
        case help
        case profile
        case history
        case timeline
        case onboarding
    }

    /// Which pane of the main screen has the keyboard.
    public enum Pane: Equatable, Sendable {
        case checklist
        case detail
    }

    public var journal: Journal
    public var screen: Screen = .main
    public var pane: Pane = .checklist
    public var selected: MilestoneID = .step1
    public var detailIndex = 0
    public var profileIndex = 0
    public var onboardingIndex = 0
    /// The selected line of the timeline, by what it stands for, so the selection stays on it
    /// when a change moves it (a season date set moves the event into "coming up").
    public var timelineTarget: TimelineLine.Target?
    /// Today, from the injected clock at the last action: days left count from it.
    public var today: CalendarDay
    /// First line shown of scrolling screens (help, history).
    public var scroll = 0
    /// The status picker, when open: the options and the highlighted one.
    public var picker: [StatusOption]?
    public var pickerIndex = 0
    /// The inline editor, when open.
    public var editor: LineEditor?
    public var editTarget: EditTarget?
    public var message: StatusMessage?
    public var themeName: String
    public var filePath: String
    /// False when the locale is not UTF-8: views then draw ASCII only.
    public var unicode: Bool
    /// Changes not yet saved because the last save failed.
    public var unsaved = false
    /// Why the last save failed, while `unsaved`.
    public var saveError: String?
    /// Set after q with unsaved changes: a second q quits anyway.
    public var confirmingQuit = false
    public var width = 80
    public var height = 24

    public init(journal: Journal, filePath: String, themeName: String, unicode: Bool) {
        self.journal = journal
        self.filePath = filePath
        self.themeName = themeName
        self.unicode = unicode
        today = CalendarDay.fromDaysSinceEpoch(0)
        if journal.isEmpty { screen = .onboarding }
        selected = journal.pathway.nextStep?.milestone ?? .step1
    }

    public var pathway: Pathway { journal.pathway }

    public var detailRows: [DetailRow] { DetailRow.rows(for: selected, in: pathway) }

    /// Deadlines and season events, dated, from today.
    public var agenda: Agenda { Agenda(pathway: pathway, today: today) }

    /// The smallest window the main screen is drawn in.
    public static let minimumWidth = 60
    public static let minimumHeight = 18

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
}
