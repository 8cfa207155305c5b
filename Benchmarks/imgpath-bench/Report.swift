/// The figures of every history size as Markdown tables, and the in-process targets.
struct Report {
    /// Figures by history size, then by measurement name.
    let figures: [Int: [String: Measurement]]
    /// Peak memory of opening a pathway file with no changes: the program's floor.
    let baselineKiB: Int
    /// Peak memory with no file at all (nothing decoded), for comparison.
    let noFileKiB: Int
    /// The bare system calls of a crash-safe save of a tiny file (see `DiskFloor`).
    let diskFloor: Samples

    private var sizes: [Int] { figures.keys.sorted() }

    /// The whole report.
    var text: String {
        var out = ""
        out += "### Open\n\n"
        out += row([
            "events", "files (snapshot + history)", "open median", "open p90", "snapshot encode median", "runs",
        ])
        out += separator(6)
        for size in sizes {
            out += row([
                count(size), bytes(value(size, "fileBytes")), time(size, "open"), time(size, "open", p90: true),
                time(size, "encode"), "\(runs(size, "open"))",
            ])
        }
        out += "\nopen = PathwayStore.open without the lock: read and decode the snapshot, read the history line it "
        out += "names from the end of the history file, roll nothing forward.\n"
        out += "A crash-safe save's bare system calls for a 100-byte file (the disk's floor): "
        out += "median \(format(diskFloor.median)), p90 \(format(diskFloor.p90)).\n"

        out += "\n### Keys in process, 80x24 screen\n\n"
        out += row([
            "events", "j: reduce + render median", "p90", "reduce only", "render only",
            "Space tick + save + render median", "p90", "u undo + save + render median", "p90",
        ])
        out += separator(9)
        for size in sizes {
            out += row([
                count(size), time(size, "keyJ"), time(size, "keyJ", p90: true), time(size, "reduceJ"),
                time(size, "render"),
                time(size, "keyTickSave"), time(size, "keyTickSave", p90: true), time(size, "keyUndoSave"),
                time(size, "keyUndoSave", p90: true),
            ])
        }
        out += "\nsave = append + fsync the history line, write the previous snapshot as the backup (temporary file, "
        out += "rename), write the snapshot (temporary file, fsync, rename), fsync the folder.\n"

        out += "\n### Peak memory (fresh process per size: open the file, draw, one key, draw)\n\n"
        out += row(["events", "peak RSS (VmHWM)", "above an empty file", "resident after"])
        out += separator(4)
        for size in sizes {
            let peak = value(size, "peakKiB")
            out += row([
                count(size), kibibytes(peak), kibibytes(max(0, peak - baselineKiB)),
                kibibytes(value(size, "residentKiB")),
            ])
        }
        out += "\nAn empty file (a snapshot with no changes, no history): \(kibibytes(baselineKiB)) peak; "
        out += "no file at all (nothing to decode): \(kibibytes(noFileKiB)).\n"

        out += "\n### Targets measured in process\n\n"
        out += targets
        return out
    }

    private var targets: String {
        guard let largest = sizes.last else { return "" }
        var out = ""
        let tick = median(largest, "keyTickSave")
        let undo = median(largest, "keyUndoSave")
        out += "- A change (tick + save + redraw) under 5 ms at \(count(largest)) events: median \(format(tick)), "
        out += "p90 \(format(p90(largest, "keyTickSave"))): " + verdict(tick < 5_000_000) + "\n"
        out += "- An undo (+ save + redraw) under 5 ms at \(count(largest)) events: median \(format(undo)), "
        out += "p90 \(format(p90(largest, "keyUndoSave"))): " + verdict(undo < 5_000_000) + "\n"
        let peak = value(largest, "peakKiB")
        out +=
            "- Peak memory at \(count(largest)) events within 2 MiB of an empty file: \(kibibytes(max(0, peak - baselineKiB))) above: "
        out += verdict(peak - baselineKiB <= 2048) + "\n"
        return out
    }

    private func verdict(_ met: Bool) -> String { met ? "**met**" : "**missed**" }

    // MARK: - Formatting

    private func value(_ size: Int, _ name: String) -> Int { Int(figures[size]?[name]?.median ?? 0) }
    private func median(_ size: Int, _ name: String) -> UInt64 { figures[size]?[name]?.median ?? 0 }
    private func p90(_ size: Int, _ name: String) -> UInt64 { figures[size]?[name]?.p90 ?? 0 }
    private func runs(_ size: Int, _ name: String) -> Int { figures[size]?[name]?.count ?? 0 }

    private func time(_ size: Int, _ name: String, p90 wantP90: Bool = false) -> String {
        guard let measurement = figures[size]?[name] else { return "-" }
        return format(wantP90 ? measurement.p90 : measurement.median)
    }

    /// Nanoseconds in the unit that keeps three significant digits readable.
    func format(_ nanoseconds: UInt64) -> String {
        let value = Double(nanoseconds)
        switch value {
        case ..<1_000: return "\(nanoseconds) ns"
        case ..<1_000_000: return fixed(value / 1_000, digits: value < 100_000 ? 1 : 0) + " µs"
        case ..<1_000_000_000: return fixed(value / 1_000_000, digits: value < 100_000_000 ? 2 : 1) + " ms"
        default: return fixed(value / 1_000_000_000, digits: 2) + " s"
        }
    }

    private func fixed(_ value: Double, digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        guard digits > 0 else { return String(scaled) }
        let whole = scaled / Int(scale)
        let fraction = scaled % Int(scale)
        let fractionText = String(fraction)
        return "\(whole)." + String(repeating: "0", count: digits - fractionText.count) + fractionText
    }

    private func count(_ number: Int) -> String {
        var digits = Array(String(number))
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: index)
            index -= 3
        }
        return String(digits)
    }

    private func bytes(_ count: Int) -> String {
        count < 1024 * 1024
            ? fixed(Double(count) / 1024, digits: 1) + " KiB" : fixed(Double(count) / 1_048_576, digits: 1) + " MiB"
    }

    private func kibibytes(_ kib: Int) -> String { fixed(Double(kib) / 1024, digits: 1) + " MiB" }

    private func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }

    private func separator(_ columns: Int) -> String { "|" + String(repeating: "---|", count: columns) + "\n" }
}
