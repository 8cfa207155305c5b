import Foundation
import Testing

@testable import PathwayTUI

/// Compares a rendered canvas with a golden text file (the text, then the style layer).
/// `IMGPATH_RECORD_GOLDEN=1 swift test` writes the files anew; a missing file fails loudly.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func text(of canvas: Canvas) -> String {
        let frame = "+" + String(repeating: "-", count: canvas.width) + "+"
        var out = [frame]
        out += canvas.lines.map { line in
            "|" + line + String(repeating: " ", count: max(0, canvas.width - TextWidth.of(line))) + "|"
        }
        out.append(frame)
        out.append("style:")
        out += canvas.styleLines
        return out.joined(separator: "\n") + "\n"
    }

    static func check(_ canvas: Canvas, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name + ".txt")
        let actual = text(of: canvas)
        if ProcessInfo.processInfo.environment["IMGPATH_RECORD_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            do {
                try actual.write(to: url, atomically: true, encoding: .utf8)
                // Recording is never a pass: the run that records must not also vouch for it.
                Issue.record(
                    "recorded \(name).txt; review it, then run again without IMGPATH_RECORD_GOLDEN",
                    sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot record \(name).txt: \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "no golden file \(name).txt; record it with IMGPATH_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
            Issue.record(
                "\(name).txt differs at line \(line + 1):\nexpected: \(line < e.count ? String(e[line]) : "<end>")\nactual:   \(line < a.count ? String(a[line]) : "<end>")\n\n\(actual)",
                sourceLocation: sourceLocation)
        }
    }
}
