import PathwayCore
import Testing

@testable import PathwayTUI

/// The key maps: no key twice in a context, and the key bar, help and messages come from them.
@Suite struct KeyMapTests {
    /// Every context, as the person meets it: a screen with the global keys, or an overlay.
    static let contexts: [KeyMap] = KeyMap.all + [TooSmallScreen.keyMap]

    @Test(arguments: contexts.map(\.title))
    func noKeyIsBoundTwiceInAContext(title: String) throws {
        let map = try #require(Self.contexts.first { $0.title == title })
        #expect(Self.duplicates(in: map).isEmpty, "bound twice in \(title): \(Self.duplicates(in: map).map(\.name))")
    }

    /// The check above finds a real duplicate (a test that could not fail would prove nothing).
    @Test func aDuplicateKeyIsFound() {
        let broken = KeyMap(
            "broken",
            [
                KeyBinding([.character("x")], .toggleItem, help: "Tick"),
                KeyBinding([.character("u")], .deleteItem, help: "Clashes with the global undo"),
            ])
        #expect(Self.duplicates(in: broken) == [.character("u")])
    }

    static func duplicates(in map: KeyMap) -> [Key] {
        var seen: Set<Key> = []
        var twice: [Key] = []
        for key in map.allKeys where !seen.insert(key).inserted { twice.append(key) }
        return twice
    }

    @Test func theKeyBarComesFromTheKeyMapInForce() {
        var state = RenderTests.state(RenderTests.midPathway(), width: 120, height: 40)
        state.screen = .main
        let bar = { (state: AppState) in ScreenRenderer.render(state).lines[39] }
        for (keys, hint) in MainScreen.keyMap.shortHelp { #expect(bar(state).contains("\(keys) \(hint)")) }
        state.screen = .timeline
        for (keys, hint) in TimelineScreen.keyMap.shortHelp { #expect(bar(state).contains("\(keys) \(hint)")) }
        state.screen = .main
        _ = AppReducer.reduce(&state, .key(.character("n")), now: RenderTests.now)
        #expect(
            bar(state).contains("Enter save") && bar(state).contains("Esc cancel") && bar(state).contains("Ctrl-C quit")
        )
    }

    @Test func helpListsEveryBindingOfEveryMap() {
        let help = HelpView.lines(unicode: true).map(\.0)
        for map in KeyMap.all {
            #expect(help.contains(map.title))
            for binding in map.bindings {
                #expect(help.contains { $0.contains(binding.keyNames) && $0.contains(binding.help) }, "\(binding.help)")
            }
        }
    }

    @Test func messagesNameTheBoundKey() {
        var state = RenderTests.state(RenderTests.midPathway(), width: 80, height: 24)
        state.screen = .timeline
        _ = state.journal.record(
            .addDeadline(.eras, "Letters", CalendarDay(parsing: "2026-12-10")!), clock: .fixed(RenderTests.now))
        // The estimated NRMP late-fee date (2026-11-30) comes first on the timeline: select the deadline.
        state.timelineTarget = .deadline("dl-1")
        _ = AppReducer.reduce(&state, .key(.character("d")), now: RenderTests.now)
        #expect(state.message?.text == "Removed the deadline; \(KeyMap.global.key(.undo)) brings it back")
        _ = AppReducer.reduce(&state, .saveFinished(.failure(EffectFailure("disk full"))), now: RenderTests.now)
        #expect(state.message?.text.contains("\(KeyMap.global.key(.reload)) reloads the file") == true)
    }
}
