import Testing

@testable import PathwayTUI

@Suite struct StateAssertionTests {
    /// The diff names what differs and leaves out what is the same.
    @Test func theDiffShowsOnlyWhatDiffers() {
        var expected = RenderTests.state(RenderTests.midPathway(), width: 80, height: 24)
        var actual = expected
        expected.message = StatusMessage("Saved")
        actual.message = nil
        actual.pane = .detail
        let diff = StateAssertion.diff(expected, actual)
        #expect(diff.contains("- ") && diff.contains("+ "))
        #expect(diff.contains("Saved"))
        #expect(diff.contains("detail"))
        #expect(!diff.contains("Amara Okafor"), "the unchanged journal is left out")
    }
}
