import Foundation
import Testing

/// The real program's screen held against terminal emulators that are not imgpath: tmux, and
/// pyte (a VT emulator from PyPI) fed the bytes imgpath writes to a pseudo-terminal. After every
/// key, each column the emulator shows must be the column imgpath's canvas meant
/// (`IMGPATH_SCREEN_DUMP`). The work is done by `Tests/Emulator/terminal_check.py`; see there
/// for how the emulators are driven.
///
/// Text in Devanagari, Bengali, Tamil, Arabic, Hebrew, CJK and Hangul, emoji with ZWJ,
/// flags, VS16 and combining accents, mixed at random with a seed (a failure names its seed),
/// on every screen at three sizes; and the three names whose drawing first showed the problem.
/// `IMGPATH_EMULATOR_SEEDS=1,2,3` runs more seeds than the one per size and emulator.
@Suite(.serialized) struct EmulatorTests {
    static let sizes = ["60x18", "80x24", "200x50"]
    static let emulators = ["tmux", "pyte"]

    static let script: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Emulator/terminal_check.py").path

    /// Why the check could not run: python3 or pyte is missing.
    struct EmulatorMissing: Error, CustomStringConvertible {
        let description: String
    }

    @Test(.enabled(if: ScreenTests.tmuxTestsEnabled), arguments: emulators, sizes)
    func everyScreenShowsWhatTheCanvasHolds(emulator: String, size: String) throws {
        // A different seed for each size and emulator, so one run sees six mixes.
        let seed =
            (Self.emulators.firstIndex(of: emulator) ?? 0) * Self.sizes.count
            + (Self.sizes.firstIndex(of: size) ?? 0) + 1
        let seeds = ProcessInfo.processInfo.environment["IMGPATH_EMULATOR_SEEDS"] ?? "\(seed)"
        try Self.check(["--emulator", emulator, "--size", size, "--seeds", seeds])
    }

    @Test(.enabled(if: ScreenTests.tmuxTestsEnabled), arguments: emulators, sizes)
    func theReportedNamesShowAsTheCanvasHoldsThem(emulator: String, size: String) throws {
        try Self.check(["--emulator", emulator, "--size", size, "--names"])
    }

    /// The release executable as the README installs it (static, `swift build -c release
    /// --static-swift-stdlib`), when the environment names one: `.ci/run` builds it and sets
    /// `IMGPATH_RELEASE_BINARY`. It measures text with the same C library calls as the tested
    /// build, but linked statically; a look-up by name that found nothing there once drew every
    /// character one column wide, which the debug build could not show.
    static let releaseBinary: String? = ProcessInfo.processInfo.environment["IMGPATH_RELEASE_BINARY"].flatMap {
        $0.isEmpty ? nil : $0
    }

    @Test(.enabled(if: ScreenTests.tmuxTestsEnabled && releaseBinary != nil), arguments: emulators)
    func theReleaseExecutableShowsWhatTheCanvasHolds(emulator: String) throws {
        let binary = try #require(Self.releaseBinary)
        #expect(FileManager.default.isExecutableFile(atPath: binary), "IMGPATH_RELEASE_BINARY=\(binary)")
        try Self.check(["--emulator", emulator, "--size", "80x24", "--names"], binary: binary)
        try Self.check(["--emulator", emulator, "--size", "60x18", "--seeds", "7"], binary: binary)
    }

    /// Runs the checker; a difference fails the test with the checker's account of it.
    static func check(_ arguments: [String], binary: String = Harness.binary) throws {
        guard let python = ScreenTests.executable(named: "python3") else {
            throw EmulatorMissing(description: "python3 is not on PATH; the emulator check needs it and pyte")
        }
        if ScreenTests.tmuxPath == nil { throw ScreenTests.TmuxMissing() }
        let probe = try run(python, ["-c", "import pyte"])
        if probe.status != 0 {
            throw EmulatorMissing(description: "pyte is not installed: `pip install pyte` (.ci/run does)")
        }
        let result = try run(python, [script, "--binary", binary] + arguments)
        #expect(result.status == 0, "\(result.output)")
    }

    /// Runs a program to its end; its exit status and everything it printed.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
