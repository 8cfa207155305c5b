#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Prints a value as pretty JSON with sorted keys, for scripts.
enum JSONOutput {
    /// Encodes and prints; DEL, C1 and bidi controls in strings come out as `\uXXXX` escapes
    /// (JSONEncoder escapes only C0), so `jq` output of it is safe on a terminal too.
    static func print<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        Output.json(String(decoding: data, as: UTF8.self))
    }
}
