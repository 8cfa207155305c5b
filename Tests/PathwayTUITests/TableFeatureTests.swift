import Testing

@testable import PathwayCore
@testable import PathwayTUI

/// The table every list screen shares: moving, a click, and the cursor after rows are removed.
@Suite struct TableFeatureTests {
    private func state(letters: Int) throws -> AppState {
        var journal = Journal()
        for number in 1...letters {
            _ = try journal.record(.addLetter(Letter(id: "", writer: "Dr. W\(number)")), clock: .fixed(RenderTests.now))
                .get()
        }
        var state = RenderTests.state(journal, width: 80, height: 24)
        state.screen = .letters
        return state
    }

    @Test func movementMovesTheCursorAndOtherCommandsFindItARow() throws {
        var state = try state(letters: 3)
        #expect(LettersScreen.moved(&state, .moveLast, count: 3))
        #expect(state.letters.letters.selection == 2)
        state.letters.letters.selection = 9
        #expect(!LettersScreen.moved(&state, .activate, count: 3))
        #expect(state.letters.letters.selection == 2)
        #expect(LettersScreen.selectedIndex(state, count: 0) == nil)
    }

    @Test func removingTheLastRowKeepsTheCursorOnARow() throws {
        var state = try state(letters: 3)
        state.letters.letters.selection = 2
        _ = LettersScreen.removeRows(&state, .removeLetter(id: "lr-3"), what: "lr-3", now: RenderTests.now)
        #expect(state.pathway.letters.count == 2)
        #expect(state.letters.letters.selection == 1)
    }

    @Test func aClickSelectsTheRowUnderItAndTheRankListIgnoresClicks() throws {
        var state = try state(letters: 3)
        // The box starts on line 1, its heading on line 2: the third row is on line 5.
        LettersScreen.click(&state, x: 10, y: 5)
        #expect(state.letters.letters.selection == 2)
        let before = state.programs.rank
        RankOrderScreen.click(&state, x: 10, y: 3)
        #expect(state.programs.rank == before)
    }
}
