import PathwayCore

/// What the keys do while the window is below the minimum size: the notice says "press q to
/// quit", so q quits and every other key waits for a bigger window; nothing reaches the screen
/// or editor hidden behind the notice.
enum TooSmallScreen: ScreenFeature {
    static let keyMap = KeyMap(
        "Window too small", inheritsGlobal: false,
        [KeyBinding([.character("q"), .control("c")], .quit, help: "Quit", hint: "quit")])

    static func reduce(_ state: inout AppState, _ command: Command, now: Timestamp) -> [Effect] {
        command == .quit ? AppReducer.quit(&state) : []
    }

    static func unbound(_ state: inout AppState, _ key: Key, now: Timestamp) -> [Effect] { [] }
}
