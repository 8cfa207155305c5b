#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The least any crash-safe save can cost on this disk: the same system calls as
/// `PathwayStore.save` (two files, each written to a temporary file, fsynced, renamed, then the
/// folder fsynced), for a 100-byte file, with no encoding at all.
enum DiskFloor {
    /// Timings of the bare write-fsync-rename sequence, done twice as a save does.
    static func measure(folder: String, budget: UInt64) -> Samples {
        let bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 100)
        return Samples.measure(minimumCount: 11, maximumCount: 2_000, budget: budget) {
            for name in ["floor.json.bak", "floor.json"] {
                let temporary = folder + "/." + name + ".tmp"
                let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
                guard descriptor >= 0 else { continue }
                _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                fsync(descriptor)
                close(descriptor)
                rename(temporary, folder + "/" + name)
                let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                if directory >= 0 {
                    fsync(directory)
                    close(directory)
                }
            }
        }
    }
}
