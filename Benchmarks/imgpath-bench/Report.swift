/// The figures of every history size as Markdown tables, and the in-process targets.
struct Report {
    /// Figures by history size, then by measurement name.
    let figures: [Int: [String: Measurement]]
    /// Peak memory of opening an empty file: the program's floor.
    let baselineKiB: Int
    /// The bare system calls of a crash-safe save of a tiny file (see `DiskFloor`).
    let diskFloor: Samples

    private var sizes: [Int] { figures.keys.sorted() }

    /// The whole report.
    var text: String {
        var out = ""
        out += "### Load and save\n\n"
        out += row(["events", "file", "load median", "load p90", "save median", "save p90", "open from disk median", "runs (load/save)"])
        out += separator(8)
        for size in sizes {
            out += row([
                count(size), bytes(value(size, "fileBytes")), time(size, "load"), time(size, "load", p90: true),
                time(size, "save"), time(size, "save", p90: true), time(size, "open"),
                "\(runs(size, "load"))/\(runs(size, "save"))",
            ])
        }
        out += "\nload = bytes to journal (UTF-8 and JSON syntax checks, JSON decoding, replay); "
        out += "save = PathwayStore.save (encode, compare with disk, backup and file each written, fsynced, renamed; folder fsynced).\n"
        out += "The same system calls for a 100-byte file with no encoding (the disk's floor for any crash-safe save): "
        out += "median \(format(diskFloor.median)), p90 \(format(diskFloor.p90)).\n\n"

        out += "### Where load and save time goes\n\n"
        out += row(["events", "replay", "load less replay (checks + JSON decoding)", "encode (JSON)", "save less encode (I/O, fsync)"])
        out += separator(5)
        for size in sizes {
            let load = median(size, "load"), replay = median(size, "replay")
            let save = median(size, "save"), encode = median(size, "encode")
            out += row([
                count(size), time(size, "replay"), format(load > replay ? load - replay : 0), time(size, "encode"),
                format(save > encode ? save - encode : 0),
            ])
        }

        out += "\n### Keys in process, 80x24 screen\n\n"
        out += row(["events", "j: reduce + render median", "p90", "reduce only", "render only", "Space tick + save + render median", "p90", "u undo: reduce + render median"])
        out += separator(8)
        for size in sizes {
            out += row([
                count(size), time(size, "keyJ"), time(size, "keyJ", p90: true), time(size, "reduceJ"), time(size, "render"),
                time(size, "keyTickSave"), time(size, "keyTickSave", p90: true), time(size, "keyUndo"),
            ])
        }

        out += "\n### Peak memory (fresh process per size: open the file, draw, one key, draw)\n\n"
        out += row(["events", "peak RSS (VmHWM)", "above an empty file", "resident after"])
        out += separator(4)
        for size in sizes {
            let peak = value(size, "peakKiB")
            out += row([count(size), kibibytes(peak), kibibytes(max(0, peak - baselineKiB)), kibibytes(value(size, "residentKiB"))])
        }
        out += "\nAn empty file (no history): \(kibibytes(baselineKiB)) peak.\n"

        out += "\n### Targets measured in process\n\n"
        out += targets
        return out
    }

    private var targets: String {
        guard figures[10_000] != nil else { return "(the 10,000-event size was not measured)\n" }
        var out = ""
        let key = median(10_000, "keyJ"), keyP90 = p90(10_000, "keyJ")
        out += "- A key handled and drawn in under 1 ms at 10,000 events: median \(format(key)), p90 \(format(keyP90)): "
        out += verdict(key < 1_000_000 && keyP90 < 1_000_000) + "\n"
        let load = median(10_000, "load"), save = median(10_000, "save")
        out += "- Load of 10,000 events under 20 ms: median \(format(load)), p90 \(format(p90(10_000, "load"))): "
        out += verdict(load < 20_000_000) + "\n"
        out += "- Save of 10,000 events under 20 ms: median \(format(save)), p90 \(format(p90(10_000, "save"))): "
        out += verdict(save < 20_000_000) + "\n"
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
        let whole = scaled / Int(scale), fraction = scaled % Int(scale)
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
        count < 1024 * 1024 ? fixed(Double(count) / 1024, digits: 1) + " KiB" : fixed(Double(count) / 1_048_576, digits: 1) + " MiB"
    }

    private func kibibytes(_ kib: Int) -> String { fixed(Double(kib) / 1024, digits: 1) + " MiB" }

    private func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }

    private func separator(_ columns: Int) -> String { "|" + String(repeating: "---|", count: columns) + "\n" }
}
