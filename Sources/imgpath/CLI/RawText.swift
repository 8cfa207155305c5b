#if canImport(Glibc)
    import Glibc
#endif

/// The command line and the environment as bytes, checked before they are read as text: Swift
/// turns a byte that is not UTF-8 into U+FFFD, so a file name holding one would name another
/// file (one that does not exist), and imgpath would show an empty pathway for a file that is
/// there.
enum RawText {
    /// The first argument or path variable that is not UTF-8, as a sentence for the person, or
    /// nil when all are.
    static func firstProblem() -> String? {
        for index in 1..<Int(CommandLine.argc) {
            guard let argument = CommandLine.unsafeArgv[index] else { continue }
            if !isUTF8(argument) {
                return "argument \(index) (\(shown(argument))) is not UTF-8 text"
            }
        }
        for name in ["IMGPATH_FILE", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "HOME"] {
            if let value = getenv(name), !isUTF8(value) {
                return "the environment variable \(name) (\(shown(value))) is not UTF-8 text"
            }
        }
        return nil
    }

    private static func isUTF8(_ text: UnsafePointer<CChar>) -> Bool {
        String(validatingCString: text) != nil
    }

    /// The bytes with every one outside printable ASCII as `\xNN`, so the message is safe and
    /// shows what is there.
    private static func shown(_ text: UnsafePointer<CChar>) -> String {
        var out = ""
        var pointer = text
        while pointer.pointee != 0 {
            let byte = UInt8(bitPattern: pointer.pointee)
            if (0x20..<0x7F).contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "\\x" + (hex.count == 1 ? "0" + hex : hex)
            }
            pointer += 1
        }
        return out
    }
}
