/// Where an export writes its text, piece by piece, so that a long history is streamed rather
/// than built into one string.
public protocol ExportSink {
    mutating func write(_ bytes: [UInt8]) throws
}

extension ExportSink {
    public mutating func write(_ text: String) throws { try write(Array(text.utf8)) }
}

extension String {
    /// The text with every line break ("\n", "\r\n" or "\r") replaced, without Foundation.
    func replacingNewlines(with replacement: String) -> String {
        guard unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) else { return self }
        var result = ""
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                result += replacement
            } else if scalar == "\n" {
                if !previousWasCR { result += replacement }
            } else {
                result.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return result
    }
}
