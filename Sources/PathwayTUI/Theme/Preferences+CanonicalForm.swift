extension Preferences {
    /// The settings in `bytes` when they are exactly what `save(to:)` writes for a theme and
    /// nothing else (`{"theme" : "light"}`, pretty-printed), or nil for any other text.
    ///
    /// The program reads its settings on every start, and `JSONDecoder` costs more there than
    /// drawing the first frame: its generic decoding goes through Swift runtime type lookups.
    /// Recognising the one form this program writes takes a comparison; anything else, a file
    /// edited by hand or written by a newer version, goes through the decoder as before. A test
    /// checks that both read the writer's output the same way.
    static func canonicalForm(_ bytes: [UInt8]) -> Preferences? {
        let prefix = Array(#"{\#n  "theme" : ""#.utf8)
        let suffix = Array(#""\#n}\#n"#.utf8)
        guard bytes.count > prefix.count + suffix.count, bytes.starts(with: prefix),
            bytes.suffix(suffix.count).elementsEqual(suffix)
        else { return nil }
        let name = bytes[prefix.count..<(bytes.count - suffix.count)]
        // Printable ASCII without a quote or backslash: the encoder writes these bytes as they
        // are, so the name needs no unescaping. Anything else is the decoder's to read.
        let plain = name.allSatisfy { byte in
            byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
        }
        guard plain else { return nil }
        return Preferences(themeName: String(decoding: name, as: UTF8.self))
    }
}
