#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The bytes of one history line as the file holds it.
extension HistoryLine {
    /// The line's bytes: compact JSON with sorted keys and a line end.
    static func encoded(_ line: HistoryLine) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return Array(try encoder.encode(line)) + [0x0A]
        } catch {
            // Every field is a string, integer or boolean: encoding cannot fail.
            preconditionFailure("history line not encodable: \(error)")
        }
    }
}
