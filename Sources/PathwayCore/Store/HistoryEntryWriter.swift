/// Writes history entries in exactly the text `JSONEncoder` gives them with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes`, an order of magnitude faster: a save writes the
/// whole history, and going through `Codable` containers made it the cost of every change.
///
/// A test compares the two byte for byte over many entries of every kind.
enum HistoryEntryWriter {
    /// Appends one entry as a pretty-printed object whose lines after the first start with
    /// `indent` (the opening brace is not indented: the caller places it).
    static func append(_ entry: HistoryEntry, indent: [UInt8], to bytes: inout [UInt8]) {
        let fields = entry.fields.sorted { $0.0.rawValue.utf8.lexicographicallyPrecedes($1.0.rawValue.utf8) }
        bytes.append(UInt8(ascii: "{"))
        for (index, (key, value)) in fields.enumerated() {
            bytes.append(UInt8(ascii: "\n"))
            bytes.append(contentsOf: indent)
            bytes.append(contentsOf: [0x20, 0x20])
            appendString(key.rawValue, to: &bytes)
            bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
            switch value {
            case .text(let text): appendString(text, to: &bytes)
            case .number(let number): bytes.append(contentsOf: Array(String(number).utf8))
            case .flag(let flag): bytes.append(contentsOf: Array((flag ? "true" : "false").utf8))
            }
            if index < fields.count - 1 { bytes.append(UInt8(ascii: ",")) }
        }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: indent)
        bytes.append(UInt8(ascii: "}"))
    }

    /// A JSON string as the encoder escapes it: quote, backslash and control characters; the
    /// usual short forms for backspace, tab, newline, form feed and return; everything else raw.
    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
