import PathwayTUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Text edited in the person's own editor (`$VISUAL`, else `$EDITOR`, else `vi`), as `git
/// commit` does: the text goes to a new temporary file only they can read, the editor runs on
/// the terminal, and what it saved is read back.
struct ExternalEditor {
    let environment: [String: String]

    /// Runs the editor on `text`; the saved text, or why there is none. The terminal must be
    /// out of curses mode while this runs.
    func edit(_ text: String) -> Result<String, EffectFailure> {
        let command = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let folder = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var random = SystemRandomNumberGenerator()
        let path = "\(folder)/imgpath-note-\(getpid())-\(String(random.next(), radix: 36)).txt"
        // O_EXCL and O_NOFOLLOW: never write into a file or through a link someone put there.
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            return .failure(EffectFailure("cannot create \(path): \(String(cString: strerror(errno)))"))
        }
        defer { unlink(path) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else { return .failure(EffectFailure("cannot write \(path)")) }
        // Through the shell, as git does, so that "code --wait" and the like work.
        let quoted = "'" + path.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
        let status = system("\(command) \(quoted)")
        guard status == 0 else {
            return .failure(EffectFailure("\(command) ended with status \(status >> 8); the notes are unchanged"))
        }
        guard let file = fopen(path, "r") else { return .failure(EffectFailure("cannot read \(path) back")) }
        defer { fclose(file) }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            data += buffer[0..<count]
        }
        return .success(String(decoding: data, as: UTF8.self))
    }
}
