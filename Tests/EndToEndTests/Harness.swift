import Foundation

/// Runs the built `imgpath` binary as a subprocess on a temporary file.
struct Harness {
    /// The built binary: the test bundle lives in the same build folder.
    static let binary: String = {
        let exe =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("imgpath").path
    }()

    let folder: String
    var file: String { folder + "/pathway.json" }

    init() {
        folder = NSTemporaryDirectory() + "imgpath-e2e-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs `imgpath ARGS --file FILE` with a fixed clock and no inherited data file.
    @discardableResult
    func run(_ arguments: [String], useFile: Bool = true, environment extra: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Harness.binary)
        process.arguments = arguments + (useFile ? ["--file", file] : [])
        var environment = ProcessInfo.processInfo.environment
        environment["IMGPATH_FILE"] = nil
        environment["IMGPATH_NOW"] = "2026-11-26T12:00:00Z"
        environment["XDG_CONFIG_HOME"] = folder + "/config"
        environment["XDG_DATA_HOME"] = folder + "/data"
        // Line breaks in names show as ⏎ under a UTF-8 locale: the tests do not depend on the caller's.
        if environment["LC_ALL"] == nil, environment["LC_CTYPE"] == nil { environment["LANG"] = "C.UTF-8" }
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    func fileBytes() -> Data? { FileManager.default.contents(atPath: file) }

    func write(_ text: String) { FileManager.default.createFile(atPath: file, contents: Data(text.utf8)) }

    /// Runs any program (a shell around imgpath, `unshare`, `strace`) with no input, and gives
    /// its exit status and what it printed.
    static func runProgram(_ executable: String, _ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        // Standard error goes to a file, so neither stream can fill while the other is read.
        let errPath = NSTemporaryDirectory() + "imgpath-stderr-" + UUID().uuidString
        FileManager.default.createFile(atPath: errPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errPath) }
        process.standardOutput = out
        process.standardError = FileHandle(forWritingAtPath: errPath)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self))
    }
}
