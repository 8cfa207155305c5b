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

    /// The part of two values' dumps that differs: the lines between their common start and
    /// common end, expected ones with "-", actual ones with "+", after the path of the first.
    static func diff<T>(_ expected: T, _ actual: T) -> String {
        var left = ""
        var right = ""
        dump(expected, to: &left)
        dump(actual, to: &right)
        let a = left.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = right.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var start = 0
        while start < min(a.count, b.count), a[start] == b[start] { start += 1 }
        var endA = a.count
        var endB = b.count
        while endA > start, endB > start, a[endA - 1] == b[endB - 1] {
            endA -= 1
            endB -= 1
        }
        // The lines before the change that name the fields around it, for where it is.
        let context = a[max(0, start - 3)..<start].map { "  \($0)" }
        let removed = a[start..<endA].prefix(30).map { "- \($0)" }
        let added = b[start..<endB].prefix(30).map { "+ \($0)" }
        return (context + removed + added).joined(separator: "\n")
    }
}
