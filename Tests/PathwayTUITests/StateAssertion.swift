import PathwayCore
import Testing

@testable import PathwayTUI

/// Sends actions to the reducer and checks the whole state afterwards, as TCA's `TestStore`
/// does: the test says what changed, and anything else that changed (or did not) fails with a
/// readable diff of the two states.
struct StateAssertion {
    var state: AppState
    let now: Timestamp

    init(_ state: AppState, now: Timestamp = RenderTests.now) {
        self.state = state
        self.now = now
    }

    /// Sends an action; `update` makes the expected changes to the state before it.
    mutating func send(
        _ action: Action, effects expected: [Effect] = [], sourceLocation: SourceLocation = #_sourceLocation,
        _ update: (inout AppState) -> Void = { _ in }
    ) {
        var expectedState = state
        update(&expectedState)
        let effects = AppReducer.reduce(&state, action, now: now)
        // The reducer sets today from the clock on every action.
        expectedState.today = now.localDay
        #expect(effects == expected, "effects", sourceLocation: sourceLocation)
        if state != expectedState {
            let report = "the state after \(action) differs (- expected, + actual):\n" + Self.diff(expectedState, state)
            Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
        }
    }

    /// Sends a key.
    mutating func press(
        _ key: Key, effects expected: [Effect] = [], sourceLocation: SourceLocation = #_sourceLocation,
        _ update: (inout AppState) -> Void = { _ in }
    ) {
        send(.key(key), effects: expected, sourceLocation: sourceLocation, update)
    }

    /// The lines of two values' dumps that differ, with their line numbers.
    static func diff<T>(_ expected: T, _ actual: T) -> String {
        var left = ""
        var right = ""
        dump(expected, to: &left)
        dump(actual, to: &right)
        let a = left.split(separator: "\n", omittingEmptySubsequences: false)
        let b = right.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for index in 0..<max(a.count, b.count) {
            let l = index < a.count ? String(a[index]) : "<none>"
            let r = index < b.count ? String(b[index]) : "<none>"
            if l != r { out += ["@\(index + 1)", "- \(l)", "+ \(r)"] }
            if out.count > 60 {
                out.append("...")
                break
            }
        }
        return out.joined(separator: "\n")
    }
}
