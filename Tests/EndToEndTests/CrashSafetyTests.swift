import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `kill -9` at random moments of a save: the file is always the old or the new version.
@Suite struct CrashSafetyTests {
    func lastNote(_ data: Data?) -> String? {
        guard let data, let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let history = object["history"] as? [[String: Any]]
        else { return nil }
        return history.last?["text"] as? String
    }

    @Test func aKilledSaveLeavesTheOldOrTheNewFile() throws {
        let h = Harness()
        try h.run(["note", "step1", "start"])
        var generator = SystemRandomNumberGenerator()
        for round in 0..<200 {
            let before = h.fileBytes()
            let text = "round \(round) " + String(repeating: "x", count: 4000)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Harness.binary)
            process.arguments = ["note", "step1", text, "--file", h.file]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...20_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let after = h.fileBytes()
            let check = try h.run(["check"])
            #expect(check.status == 0, "round \(round): the file no longer reads: \(check.stderr)")
            if after != before {
                #expect(lastNote(after) == text, "round \(round): neither the old nor the new version")
            }
        }
    }
}
