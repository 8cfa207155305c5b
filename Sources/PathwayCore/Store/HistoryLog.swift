#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads the history file (JSON Lines) by byte offset: one line for an undo or redo, the newest
/// lines backwards for the history view, or a range forwards; never the whole file at open.
public final class HistoryLog: Sendable {
    public let path: String
    /// A line longer than this is not one imgpath wrote: the store refuses to write one (a
    /// change that large is refused before anything is written), and reading refuses it too.
    /// Room for a whole season imported at once (3,000 programs make a line of about 1.3 MiB).
    public static let lineLimit = 16 << 20
    /// The limit as a person reads it.
    static var lineLimitText: String { StoreError.megabytes(Int64(lineLimit)) }

    public init(path: String) { self.path = path }

    /// A decoded line and where it sits.
    public struct Located: Sendable {
        public let offset: Int64
        public let length: Int
        public let line: HistoryLine
    }

    /// Which history a line belongs to and its place in it: all the open needs to check the line
    /// a snapshot names. Decoding only these two fields skips the generic decoding of a whole
    /// change (its entry and slices), the larger part of the start-up cost of a history line.
    public struct Identity: Decodable, Equatable, Sendable {
        public let seq: Int
        public let log: String
    }

    /// The line that starts at `offset`.
    public func line(at offset: Int64) throws(StoreError) -> Located {
        let file = try ReadOnlyFile(path: path)
        defer { file.close() }
        var bytes: [UInt8] = []
        var position = offset
        while true {
            let chunk = try file.read(at: position, count: 4096)
            if chunk.isEmpty {
                throw StoreError.history(
                    path: path, location: "byte \(offset)", reason: "the line is cut off (no line end)")
            }
            if let end = chunk.firstIndex(of: 0x0A) {
                bytes += chunk[..<end]
                try checkLength(bytes.count, at: offset)
                break
            }
            bytes += chunk
            position += Int64(chunk.count)
            if bytes.count > HistoryLog.lineLimit {
                throw StoreError.history(
                    path: path, location: "byte \(offset)",
                    reason: "the line is longer than \(HistoryLog.lineLimitText), more than imgpath writes")
            }
        }
        return Located(offset: offset, length: bytes.count + 1, line: try decode(bytes, location: "byte \(offset)"))
    }

    /// Lines ending at or before `end`, newest first, at most `limit`; reads backwards in chunks.
    public func newestFirst(endingAt end: Int64, limit: Int) throws(StoreError) -> [Located] {
        try linesBackwards(endingAt: end, limit: limit, as: HistoryLine.self).map {
            Located(offset: $0.offset, length: $0.length, line: $0.line)
        }
    }

    /// The identity of the line ending at `end`, read from the line's last bytes only: a line's
    /// keys are sorted, so `log`, `op`, the pointers and `seq` come after the change and its
    /// slices, which a season's import makes a megabyte long. Those fields are decoded as an
    /// object of their own (`{"log":…}` from the last `,"log":"` of the line: a key inside a
    /// string would have its quotes escaped). Nil when the tail is not of that shape (a line
    /// edited by hand): `identity(endingAt:)` reads the whole line then.
    public func identityFromTail(endingAt end: Int64) throws(StoreError) -> Identity? {
        guard end > 1 else { return nil }
        let file = try ReadOnlyFile(path: path)
        defer { file.close() }
        let count = Int(min(end, 512))
        let tail = try file.read(at: end - Int64(count), count: count)
        let marker = Array(#","log":""#.utf8)
        guard tail.count == count, tail.last == 0x0A, tail.count > marker.count + 1 else { return nil }
        var start = tail.count - 1 - marker.count
        while start >= 0, !tail[start..<(start + marker.count)].elementsEqual(marker) { start -= 1 }
        guard start >= 0, !tail[start..<(tail.count - 1)].contains(0x0A) else { return nil }
        let object = [UInt8(ascii: "{")] + tail[(start + 1)..<(tail.count - 1)]
        return try? JSONDecoder().decode(Identity.self, from: Data(object))
    }

    /// The identity and offset of the line ending at `end`, or nil when there is none.
    public func identity(endingAt end: Int64) throws(StoreError) -> (offset: Int64, identity: Identity)? {
        try linesBackwards(endingAt: end, limit: 1, as: Identity.self).first.map { ($0.offset, $0.line) }
    }

    /// Lines ending at or before `end`, newest first, at most `limit`, each decoded as `Line`.
    private func linesBackwards<Line: Decodable>(endingAt end: Int64, limit: Int, as type: Line.Type)
        throws(StoreError) -> [(offset: Int64, length: Int, line: Line)]
    {
        guard limit > 0, end > 0 else { return [] }
        let file = try ReadOnlyFile(path: path)
        defer { file.close() }
        var found: [(offset: Int64, length: Int, line: Line)] = []
        // `buffer` holds the file's bytes from `bufferStart` to the end of the newest line not yet
        // returned; its last byte is that line's newline.
        // Lines are a few hundred bytes: start small, read more (doubling) only when needed.
        var chunk: Int64 = 4096
        var buffer = try file.read(at: max(0, end - chunk), count: Int(min(end, chunk)))
        var bufferStart = end - Int64(buffer.count)
        while found.count < limit, !buffer.isEmpty {
            let last = buffer.count - 1
            if let newline = buffer[..<last].lastIndex(of: 0x0A) {
                let start = bufferStart + Int64(newline) + 1
                try checkLength(last - newline - 1, at: start)
                let location = "line \(found.count + 1) from the end (byte \(start))"
                let line = try decode(Array(buffer[(newline + 1)..<last]), as: type, location: location)
                found.append((start, last - newline, line))
                buffer.removeSubrange((newline + 1)...)
                continue
            }
            if bufferStart == 0 {
                try checkLength(last, at: 0)
                found.append(
                    (0, buffer.count, try decode(Array(buffer[..<last]), as: type, location: "line 1 (byte 0)")))
                break
            }
            if buffer.count > HistoryLog.lineLimit {
                throw StoreError.history(
                    path: path, location: "byte \(bufferStart)",
                    reason: "a line is longer than \(HistoryLog.lineLimitText), more than imgpath writes")
            }
            chunk = min(chunk * 2, 1 << 20)
            let readStart = max(0, bufferStart - chunk)
            buffer = try file.read(at: readStart, count: Int(bufferStart - readStart)) + buffer
            bufferStart = readStart
        }
        return found
    }

    /// Every line from `start` up to `end`, oldest first.
    public func forEach(from start: Int64, to end: Int64, _ body: (Located) throws -> Void) throws {
        try eachLine(as: HistoryLine.self, from: start, to: end) { offset, length, line in
            try body(Located(offset: offset, length: length, line: line))
        }
    }

    /// Where, from the first line to `end`, a line's sequence number is not the one after the
    /// line before it: a line removed or added by hand. Nil when every line follows the one
    /// before it, or a line cannot be read (which the open reports). Only each line's place is
    /// decoded, so a long history is read quickly enough for `check`.
    public func firstGap(to end: Int64) -> (line: Int, offset: Int64, expected: Int, found: Int)? {
        var previous: Int?
        var number = 0
        var gap: (line: Int, offset: Int64, expected: Int, found: Int)?
        struct Found: Error {}
        // The first gap ends the reading (thrown as `Found`), as does a line that cannot be read.
        try? eachLine(as: Identity.self, from: 0, to: end) { offset, _, line in
            number += 1
            if let previous, line.seq != previous + 1 {
                gap = (number, offset, previous + 1, line.seq)
                throw Found()
            }
            previous = line.seq
        }
        return gap
    }

    /// Every line from `start` up to `end`, oldest first, decoded as `type`, with its offset and
    /// length.
    private func eachLine<Line: Decodable>(
        as type: Line.Type, from start: Int64, to end: Int64, _ body: (Int64, Int, Line) throws -> Void
    ) throws {
        let file = try ReadOnlyFile(path: path)
        defer { file.close() }
        var offset = start
        var buffer: [UInt8] = []
        var bufferStart = start
        // Where in `buffer` the search for the next line end goes on: each byte is looked at
        // once, however long the line.
        var searched = 0
        var number = 0
        while offset < end {
            let lineStart = Int(offset - bufferStart)
            if let newline = buffer[max(lineStart, searched)...].firstIndex(of: 0x0A) {
                number += 1
                try checkLength(newline - lineStart, at: offset)
                let bytes = Array(buffer[lineStart..<newline])
                try body(
                    offset, bytes.count + 1,
                    try decode(bytes, as: type, location: "line \(number) after byte \(start) (byte \(offset))"))
                offset = bufferStart + Int64(newline) + 1
                searched = newline + 1
                continue
            }
            try checkLength(buffer.count - lineStart, at: offset)
            buffer.removeSubrange(..<lineStart)
            bufferStart = offset
            searched = buffer.count
            let chunk = try file.read(at: bufferStart + Int64(buffer.count), count: 65_536)
            if chunk.isEmpty {
                throw StoreError.history(
                    path: path, location: "byte \(offset)", reason: "the line is cut off (no line end)")
            }
            buffer += chunk
        }
    }

    /// Refuses a line longer than any imgpath writes, found at `offset`.
    private func checkLength(_ length: Int, at offset: Int64) throws(StoreError) {
        guard length > HistoryLog.lineLimit else { return }
        throw StoreError.history(
            path: path, location: "byte \(offset)",
            reason: "the line is longer than \(HistoryLog.lineLimitText), more than imgpath writes")
    }

    /// The file's length and whether its last byte ends a line (a crash mid-append leaves a
    /// torn tail that is ignored and cut off by the next append).
    func tail() throws(StoreError) -> (size: Int64, lastLineEnd: Int64) {
        let file = try ReadOnlyFile(path: path)
        defer { file.close() }
        let size = file.size
        var position = size
        while position > 0 {
            let start = max(0, position - 4096)
            let chunk = try file.read(at: start, count: Int(position - start))
            if let newline = chunk.lastIndex(of: 0x0A) { return (size, start + Int64(newline) + 1) }
            position = start
            // A torn tail is part of one line; longer than any line, it is not one imgpath wrote.
            if size - position > Int64(HistoryLog.lineLimit) {
                throw StoreError.history(
                    path: path, location: "byte \(position)",
                    reason: "the last line is longer than \(HistoryLog.lineLimitText), more than imgpath writes")
            }
        }
        return (size, 0)
    }

    func decode(_ bytes: [UInt8], location: String) throws(StoreError) -> HistoryLine {
        try decode(bytes, as: HistoryLine.self, location: location)
    }

    private func decode<Line: Decodable>(_ bytes: [UInt8], as type: Line.Type, location: String) throws(StoreError)
        -> Line
    {
        do {
            return try JSONDecoder().decode(type, from: Data(bytes))
        } catch {
            throw StoreError.history(path: path, location: location, reason: StoreError.describe(decoding: error))
        }
    }
}
