import PathwayCore

/// One screen (or overlay) of the program: its key map and its reducer. The root reducer
/// (`AppReducer`) turns a key into a command with the feature's map, keeps the global commands
/// for itself, and hands the rest to the feature; the view draws the state.
///
/// A new screen is a case of `AppState.Screen`, a type conforming to this protocol in
/// `App/Screens/`, a view in `Views/`, and a line in `AppState.Screen.feature` and
/// `ScreenRenderer`.
protocol ScreenFeature {
    /// The screen's keys; the root adds the global ones when the map inherits them.
    static var keyMap: KeyMap { get }

    /// The keys in force for a state: the screen's map, unless a part of the screen has its own.
    static func keyMap(for state: AppState) -> KeyMap

    /// Acts on a command the key map gave (global commands never arrive here, unless the
    /// screen's own map binds them).
    static func reduce(_ state: inout AppState, _ command: Command, now: Timestamp) -> [Effect]

    /// A key that the map does not bind; by default it is explained away.
    static func unbound(_ state: inout AppState, _ key: Key, now: Timestamp) -> [Effect]

    /// A mouse click at a cell (no editor or list of choices open); by default nothing.
    static func click(_ state: inout AppState, x: Int, y: Int)
}

extension ScreenFeature {
    static func keyMap(for state: AppState) -> KeyMap { keyMap }

    static func unbound(_ state: inout AppState, _ key: Key, now: Timestamp) -> [Effect] {
        state.message = StatusMessage("\(key.name) does nothing here; press \(KeyMap.global.key(.showHelp)) for help")
        return []
    }

    static func click(_ state: inout AppState, x: Int, y: Int) {}
}
