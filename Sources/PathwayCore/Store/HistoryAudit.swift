/// Reads a whole history the way `history`, `undo` and `redo` rely on it, for `imgpath check`:
/// every line decodes, belongs to this pathway and follows the one before it; every undo and
/// redo pointer names a line of the right kind; each line's "before" is what the lines before it
/// left; and the lines end where the snapshot says, with the snapshot's pathway.
///
/// A line edited in place or two lines swapped are found here at the first line that no longer
/// follows, instead of at the undo that reaches them.
public enum HistoryAudit {
    /// The first problem in the history up to `journal`'s position, as a sentence naming the line
    /// (its number and byte offset), or nil when every line holds.
    public static func firstProblem(in journal: Journal) -> String? {
        guard journal.head.seq > 0 else { return nil }
        guard let log = journal.log else { return nil }
        var replay = Pathway()
        var head = HistoryHead(log: journal.head.log)
        var kinds: [Int64: HistoryLine.Operation] = [:]
        var problem: String?
        // Lines on disk, then those only in memory (a schema 1 file converted for reading).
        let onDisk = journal.pending.first?.offset ?? journal.head.bytes
        let inMemory = journal.pending.map {
            HistoryLog.Located(offset: $0.offset, length: $0.bytes.count, line: $0.line)
        }
        do {
            let each = { (located: HistoryLog.Located) throws in
                let line = located.line
                let place = "line \(head.seq + 1) (byte \(located.offset))"
                if let found = linkProblem(line, at: located.offset, head: head, kinds: kinds) {
                    problem = "\(place): \(found)"
                    throw Stop()
                }
                guard replay.holds(line.before) else {
                    problem =
                        "\(place): its values before the change are not what the lines before it left "
                        + "(the line was edited, or lines were moved or removed)"
                    throw Stop()
                }
                replay.restore(line.after)
                kinds[located.offset] = line.op
                head = head.advanced(by: line, length: located.length)
            }
            if onDisk > 0 { try log.forEach(from: 0, to: onDisk, each) }
            try inMemory.forEach(each)
        } catch is Stop {
            return problem
        } catch {
            return "\(error)"
        }
        guard head.bytes == journal.head.bytes, head.undo == journal.head.undo, head.redo == journal.head.redo else {
            return "the history ends at byte \(head.bytes), but the pathway file expects byte \(journal.head.bytes) "
                + "with other undo and redo positions"
        }
        guard replay == journal.pathway else {
            return "applying every line in order does not give what the pathway file holds "
                + "(a line or the file was edited by hand)"
        }
        return nil
    }

    /// Ends the walk at the first problem.
    private struct Stop: Error {}

    /// Whether `line`, written at `offset`, continues `head`: the next number of the same history,
    /// with undo and redo pointers that name earlier lines of the kind undo and redo read.
    private static func linkProblem(
        _ line: HistoryLine, at offset: Int64, head: HistoryHead, kinds: [Int64: HistoryLine.Operation]
    ) -> String? {
        guard line.log == head.log else {
            return "it belongs to another history (\(line.log), expected \(head.log))"
        }
        guard line.seq == head.seq + 1 else {
            return "sequence number \(line.seq) where \(head.seq + 1) comes next "
                + (line.seq > head.seq + 1 ? "(lines are missing)" : "(a line is repeated or out of order)")
        }
        let pointers: [(String, Int64?, HistoryLine.Operation)] = [
            ("undo", line.undo, .change), ("undoBelow", line.undoBelow, .change), ("redo", line.redo, .undo),
            ("redoBelow", line.redoBelow, .undo),
        ]
        for (name, pointer, kind) in pointers {
            guard let pointer else { continue }
            // A change line's undo pointer names the line itself.
            if pointer == offset, line.op == kind { continue }
            guard kinds[pointer] == kind else {
                return "its \(name) position (byte \(pointer)) is not the start of an earlier \(kind.rawValue) line"
            }
        }
        switch line.op {
        case .change:
            guard line.undo == offset, line.undoBelow == head.undo, line.redo == nil else {
                return "a change whose undo positions do not follow the line before it"
            }
        case .undo:
            guard let target = line.target, target == head.undo, kinds[target] == .change else {
                return "an undo of something that was not the change to undo next"
            }
        case .redo:
            guard let target = line.target, head.redo != nil, kinds[target] == .change else {
                return "a redo of something that was not the change to redo next"
            }
        }
        return nil
    }
}
