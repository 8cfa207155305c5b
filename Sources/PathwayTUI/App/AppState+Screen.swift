extension AppState.Screen {
    /// The feature that reads this screen's keys.
    var feature: any ScreenFeature.Type {
        switch self {
        case .main: MainScreen.self
        case .help, .history, .message: TextScreen.self
        case .profile: ProfileScreen.self
        case .timeline: TimelineScreen.self
        case .onboarding: OnboardingScreen.self
        case .programs: ProgramsScreen.self
        case .programDetail: ProgramDetailScreen.self
        case .rankOrder: RankOrderScreen.self
        case .letters: LettersScreen.self
        case .letterDetail: LetterDetailScreen.self
        case .experiences: ExperienceScreen.self
        case .experienceDetail: ExperienceDetailScreen.self
        }
    }

    /// The screen's name in the title bar (none for the main screen).
    public var title: String {
        switch self {
        case .main: ""
        case .help: "Help"
        case .profile: "Profile"
        case .history: "History"
        case .timeline: "Timeline"
        case .onboarding: "Welcome"
        case .programs: "Programs"
        case .programDetail: "Program"
        case .rankOrder: "Rank order list"
        case .letters: "Letters"
        case .letterDetail: "Letter"
        case .experiences: "US clinical experience"
        case .experienceDetail: "Experience"
        case .message: "Message"
        }
    }
}
