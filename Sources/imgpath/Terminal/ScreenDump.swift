import PathwayTUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes each frame the screen draws to a file, column by column (`Canvas.terminalRows`), so
/// a test can hold what imgpath meant to draw against what a terminal emulator shows.
///
/// Asked for with `IMGPATH_SCREEN_DUMP=PATH`; without it nothing is written. The file is
/// replaced whole (a temporary file renamed over it), so a reader never sees half a frame.
/// Format: a first line `frame N WIDTH HEIGHT`, then one line per row with its columns
/// separated by U+001F (which the screen never draws: control characters are made visible).
struct ScreenDump {
    let path: String
    private var frame = 0

    init?(environment: [String: String]) {
        guard let path = environment["IMGPATH_SCREEN_DUMP"], !path.isEmpty else { return nil }
        self.path = path
    }

    /// Writes one frame; a failure is ignored, since the dump only serves tests.
    mutating func write(_ canvas: Canvas) {
        frame += 1
        var text = "frame \(frame) \(canvas.width) \(canvas.height)\n"
        for row in canvas.terminalRows {
            text += row.joined(separator: "\u{1F}")
            text += "\n"
        }
        let temporary = path + ".tmp"
        guard let file = fopen(temporary, "w") else { return }
        fputs(text, file)
        fclose(file)
        rename(temporary, path)
    }
}
