// Links ncursesw, as imgpath's backend does, for the C floor's drawing.
import CNcursesw
import FloorHello
import PathwayCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// The floor in Swift: a static executable built as imgpath is, that draws the C floor's frame
/// (Benchmarks/hello.c, the same code) after, optionally, reading a pathway's snapshot.
///
///     imgpath-floor                     the frame only: the Swift runtime and a static binary
///     imgpath-floor FILE                first reads FILE as imgpath does before its first frame
///                                       (PathwayDocument.decode: UTF-8, Foundation's JSONDecoder,
///                                       the check for unknown fields, the milestones' rules)
///     imgpath-floor --decoder-only FILE first decodes three fields of FILE with JSONDecoder:
///                                       the decoder's first use alone
///
/// Set beside the C floor and imgpath on the same file (Benchmarks/season_scale.sh), it splits
/// imgpath's first frame into what any Swift program reading this file pays and what imgpath
/// adds (its rules, plan, theme and views).
@main
enum FloorProgram {
    /// Three fields every snapshot has, for the decoder's fixed cost.
    struct ThreeFields: Decodable {
        let schemaVersion: Int
        let generator: String?
        let lastLetterNumber: Int?
    }

    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        switch arguments.count {
        case 0:
            break
        case 1:
            let path = arguments[0]
            do {
                _ = try PathwayDocument.decode(read(path), path: path)
            } catch {
                fail("\(error)")
            }
        case 2 where arguments[0] == "--decoder-only":
            do {
                _ = try JSONDecoder().decode(ThreeFields.self, from: Data(read(arguments[1])))
            } catch {
                fail("\(arguments[1]): \(error)")
            }
        default:
            fail("usage: imgpath-floor [[--decoder-only] FILE]")
        }
        exit(hello_main())
    }

    /// The whole file, in one buffer of its own size (a larger one would add page faults of its own).
    static func read(_ path: String) -> [UInt8] {
        guard let file = fopen(path, "rb") else { fail("\(path): cannot open it") }
        defer { fclose(file) }
        var info = stat()
        guard fstat(fileno(file), &info) == 0 else { fail("\(path): cannot read its size") }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        let count = bytes.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
        guard count == bytes.count else { fail("\(path): read \(count) of \(bytes.count) bytes") }
        return bytes
    }

    static func fail(_ message: String) -> Never {
        let line = Array("imgpath-floor: \(message)\n".utf8)
        _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        exit(1)
    }
}
