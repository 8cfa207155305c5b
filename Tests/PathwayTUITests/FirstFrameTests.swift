import Foundation
import Testing

@testable import PathwayCore
@testable import PathwayTUI

/// The first frame is drawn from the programs in play and the glance at the rest: it must be the
/// frame the whole list gives, on every milestone, at every size.
@Suite struct FirstFrameTests {
    @Test func theFirstFrameIsTheFrameOfTheWholeList() throws {
        var journal = ProgramsScreenTests.season()
        // Many more programs, only applied: not in play, counted in the glance.
        var more: [Program] = []
        for number in 1...300 {
            more.append(
                Program(id: "pg-\(journal.pathway.lastProgramNumber + number)", name: "Community Hospital \(number)"))
        }
        if case .failure(let violation) = journal.record(.importPrograms(more), clock: .fixed(RenderTests.now)) {
            Issue.record("import refused: \(violation)")
            return
        }
        let folder = NSTemporaryDirectory() + "imgpath-first-frame-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/p.json"
        let (store, _) = try PathwayStore.open(path: path, lock: true)
        try store.save(journal)
        let partial = try PathwayStore.open(path: path, lock: false, allPrograms: false).1
        let whole = try PathwayStore.open(path: path, lock: false).1
        #expect(!partial.pathway.hasAllPrograms)
        #expect(partial.pathway.programs.count < 40)
        for (width, height) in [(80, 24), (100, 30), (60, 18), (140, 45)] {
            for milestone in MilestoneID.allCases {
                var glanced = RenderTests.state(partial, width: width, height: height)
                var full = RenderTests.state(whole, width: width, height: height)
                glanced.selected = milestone
                full.selected = milestone
                #expect(
                    ScreenRenderer.render(glanced).lines == ScreenRenderer.render(full).lines,
                    "\(width)x\(height) on \(milestone)")
            }
        }
    }
}
