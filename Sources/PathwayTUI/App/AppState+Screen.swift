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
        case .message: "Message"
        }
    }
}
