import PathwayCore

@testable import PathwayTUI

/// A suite that drives the reducer key by key, as a person would, at its fixed `now`.
protocol KeyDriven {
    var now: Timestamp { get }
}

extension KeyDriven {
    /// Presses `keys` in order and returns the effects they asked for.
    @discardableResult
    func press(_ state: inout AppState, _ keys: Key...) -> [Effect] {
        var effects: [Effect] = []
        for key in keys { effects += AppReducer.reduce(&state, .key(key), now: now) }
        return effects
    }

    /// Types `text` a character at a time.
    func type(_ state: inout AppState, _ text: String) {
        for character in text { press(&state, .character(character)) }
    }
}
