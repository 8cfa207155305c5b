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
        /// The application season's programs, one of them in detail, and the rank order list.
        case programs
        case programDetail
        case rankOrder
        /// The letters of recommendation, one of them in detail.
        case letters
        case letterDetail
        /// The US clinical experience, one entry in detail.
        case experiences
        case experienceDetail
        /// The last message, whole, when it is longer than the message lines.
        case message
    }

    /// Which pane of the main screen has the keyboard.
    public enum Pane: Equatable, Sendable {
        case checklist
        case detail
        /// The "Coming up" list under the checklist.
        case comingUp
    }

    public var journal: Journal {
        didSet { refreshPlan() }
    }
    public var screen: Screen = .main
    public var pane: Pane = .checklist
    public var selected: MilestoneID = .step1
    /// The selected line of the details and how far they are scrolled past it.
    public var detail = ListCursor()
    /// The selected item of "Coming up", by its place in the plan, and how far the list is scrolled.
    public var comingUp = ListCursor()
    public var profile = ListCursor()
    public var onboarding = ListCursor()
    /// The selected line of the timeline, by what it stands for, so the selection stays on it
    /// when a change moves it (a season date set moves the event into "coming up").
    public var timelineTarget: TimelineLine.Target?
    /// Today, from the injected clock at the last action: days left count from it.
    public var today: CalendarDay {
        didSet { refreshPlan() }
    }
    /// How far the timeline is scrolled past its selected line.
    public var timelineScroll = ListCursor()
    /// The scroll position of the text screens (help, history, the whole message).
    public var text = ListCursor()
    /// The choice list (statuses, profile choices), when open.
    public var picker: Picker?
    /// The text editor, when open.
    public var editor: TextEditor?
    public var editTarget: EditTarget?
    public var message: StatusMessage?
    /// The programs table, the program in detail and the rank order list: selections, sort, filter.
    public var programs = ProgramBrowser()
    /// The letters and experience lists and the entry open in detail.
    public var letters = LetterBrowser()
    /// Where Esc on a text screen (help, history, a whole message) goes back to: the screen it
    /// was opened from.
    public var screenBeforeText: Screen = .main
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
        let today = CalendarDay.fromDaysSinceEpoch(0)
        self.today = today
        plan = Plan(pathway: journal.pathway, today: today)
        planKey = PlanKey(journal: journal, today: today)
        if journal.isEmpty { screen = .onboarding }
        selected = journal.pathway.nextStep?.milestone ?? .step1
    }

    public var pathway: Pathway { journal.pathway }

    public var detailRows: [DetailRow] { DetailRow.rows(for: selected, in: pathway) }

    /// Deadlines and season events, dated, from today: the ones the plan was made from.
    public var agenda: Agenda { plan.agenda }
    /// What to do next and by when: the screen's next line, "Coming up", the details and the
    /// timeline read it. Kept with the state and made again only when the pathway or the day
    /// changes, so a frame that reads it several times computes it at most once, and the
    /// reducer stays a function of the state.
    public private(set) var plan: Plan
    /// What `plan` was made from.
    private var planKey: PlanKey

    /// Takes the journal with the whole list of programs, read after the first frame. The plan
    /// stays the same, but is made again from the whole list: the plans after the changes to
    /// come then take its interviews again instead of reading every program.
    mutating func takeAllPrograms(_ whole: Journal) {
        journal = whole
        plan = Plan(pathway: pathway, today: today)
    }

    /// Makes the plan again when the pathway (a new history line, or another file read) or the
    /// day changed since it was made.
    private mutating func refreshPlan() {
        let key = PlanKey(journal: journal, today: today)
        guard key != planKey else { return }
        plan = Plan(pathway: pathway, today: today, previous: plan)
        planKey = key
    }

    /// The smallest window the main screen is drawn in.
    public static let minimumWidth = 60
    public static let minimumHeight = 18

    /// The selected line of the details.
    public var detailIndex: Int {
        get { detail.selection }
        set { detail.selection = newValue }
    }

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
}
