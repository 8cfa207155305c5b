#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The versioned snapshot file (`pathway.json`): the pathway as it stands and where it sits in
/// the history file beside it. Pretty-printed with sorted keys, so a diff of two versions is
/// readable; a few kilobytes whatever the history's length and the season's size.
///
/// Schema 3 keeps the whole list of programs in a file of its own (`ProgramDocument`); this one
/// holds the programs in play and a glance at the rest (`ProgramGlance`), which is all the first
/// screen, `status` and a milestone change read. Schema 2 held every program here and is read as
/// it is (`ProgramLayout.inline`); the next save writes schema 3. Schema 1 (imgpath before the
/// history file) held the whole history in this file; it is still read, as `Decoded.legacy`, so
/// that the store can migrate it.
public enum PathwayDocument {
    /// The newest schema this build reads and the one it writes.
    public static let currentSchemaVersion = 3
    /// The schema before the programs had a file of their own; read, and converted by a save.
    static let inlineProgramsSchemaVersion = 2
    /// The largest pathway file imgpath reads or writes. A season of 3,000 programs is about
    /// 1 MiB, and a schema 1 file holding 50,000 changes about 10 MiB. Reading 16 MiB of the
    /// densest JSON (hundreds of thousands of small objects) peaks near 150 MiB, so no file can
    /// make imgpath use more than 256 MiB; a larger one is refused before it is read.
    public static let sizeLimit: Int64 = 16 << 20

    /// What a snapshot file holds.
    public enum Decoded: Sendable {
        case current(Pathway, HistoryHead, ProgramLayout)
        /// A schema 1 file: the changes in order and the undone ones (next to redo last).
        case legacy(history: [HistoryEntry], redo: [HistoryEntry])
    }

    struct Header: Decodable {
        let schemaVersion: Int
    }

    /// Where a snapshot's programs are.
    public enum ProgramLayout: Equatable, Sendable {
        /// Every program is in the snapshot (schema 2): the pathway read holds them all.
        case inline
        /// The programs are in `file` beside the snapshot; the pathway read holds those in play
        /// and the glance (`Pathway.programGlance`).
        case separate(file: String)
    }

    /// A file read in one pass of the decoder: its schema version first, then the body that
    /// version has. (Decoding the header and the body apart would parse the text twice.)
    enum Body: Decodable {
        case current(Snapshot)
        case legacy(LegacyBody)
        /// A version this build does not read; the body is not looked at.
        case other(version: Int)

        init(from decoder: any Decoder) throws {
            let version = try Header(from: decoder).schemaVersion
            switch version {
            case PathwayDocument.currentSchemaVersion, PathwayDocument.inlineProgramsSchemaVersion:
                self = .current(try Snapshot(from: decoder))
            case 1: self = .legacy(try LegacyBody(from: decoder))
            default: self = .other(version: version)
            }
        }
    }

    /// The schema 1 document; its derived snapshot is not read.
    struct LegacyBody: Decodable {
        var schemaVersion: Int
        var generator: String
        var history: [HistoryEntry]
        var redo: [HistoryEntry]
    }

    /// The schema 2 document.
    struct Snapshot: Codable {
        struct Milestone: Codable {
            let id: MilestoneID
            /// Derived, for people reading the file; ignored on load.
            let done: Bool
            let record: MilestoneRecord
        }
        /// Where the snapshot sits in the history file.
        struct Link: Codable {
            /// The history file's name, beside this one (for people; the store derives it).
            let file: String
            let log: String
            let seq: Int
            let bytes: Int64
            let undo: Int64?
            let redo: Int64?
            let lastAt: Timestamp?
        }
        let schemaVersion: Int
        let generator: String
        let history: Link
        let profile: Profile
        let milestones: [Milestone]
        let deadlines: [Deadline]
        let lastDeadlineNumber: Int
        let seasonCycle: Int?
        let seasonDates: [PathwaySlice.SeasonDate]
        /// Schema 2: every program; absent in snapshots written before programs were recorded.
        let programs: [Program]?
        /// Schema 3: where the programs are, the programs in play and the glance at the rest.
        let programList: ProgramList?
        let lastProgramNumber: Int?
        let rankOrder: RankOrderList?
        /// US clinical experience and letters; absent in snapshots written before they were recorded.
        let experiences: [ClinicalExperience]?
        let lastExperienceNumber: Int?
        let letters: [Letter]?
        let lastLetterNumber: Int?
        let letterLimit: Int?
    }

    /// Schema 3's pointer to the programs' own file, with what is read without it.
    struct ProgramList: Codable {
        /// The programs' file, beside this one (for people; the store derives it).
        let file: String
        let glance: ProgramGlance
        let inPlay: [Program]
    }

    /// The snapshot's bytes for a pathway at a place in its history.
    ///
    /// With `programFile`, schema 3: the programs in play and the glance, the whole list being in
    /// that file. Without, schema 2 with every program here: one self-contained document, which
    /// `export --format json` writes (the pathway must hold all its programs then).
    ///
    /// `counted` is the glance and the programs in play when the caller knows them already (the
    /// store keeps them while changes leave the programs, letters and rank order list alone).
    public static func encode(
        _ pathway: Pathway, head: HistoryHead, historyFile: String, programFile: String?,
        counted: (glance: ProgramGlance, inPlay: [Program])? = nil
    ) -> [UInt8] {
        let (glance, inPlay) = counted ?? glanceAndInPlay(of: pathway)
        let snapshot = Snapshot(
            schemaVersion: programFile == nil ? inlineProgramsSchemaVersion : currentSchemaVersion,
            generator: "imgpath",
            history: Snapshot.Link(
                file: historyFile, log: head.log, seq: head.seq, bytes: head.bytes, undo: head.undo, redo: head.redo,
                lastAt: head.lastAt),
            profile: pathway.profile,
            milestones: MilestoneID.allCases.map {
                Snapshot.Milestone(id: $0, done: pathway.isDone($0), record: pathway[$0])
            },
            deadlines: pathway.deadlines, lastDeadlineNumber: pathway.lastDeadlineNumber,
            seasonCycle: pathway.season.cycle,
            seasonDates: pathway.season.entered.map {
                PathwaySlice.SeasonDate(cycle: $0.cycle, event: $0.event, date: $0.date)
            },
            programs: programFile == nil ? pathway.programs : nil,
            programList: programFile.map { ProgramList(file: $0, glance: glance, inPlay: inPlay) },
            lastProgramNumber: pathway.lastProgramNumber, rankOrder: pathway.rankOrder,
            experiences: pathway.experiences, lastExperienceNumber: pathway.lastExperienceNumber,
            letters: pathway.letters, lastLetterNumber: pathway.lastLetterNumber,
            letterLimit: pathway.letterLimitSetting)
        return prettyJSON(snapshot, what: "snapshot")
    }

    /// A document's bytes as imgpath writes its files: pretty-printed with sorted keys, so a
    /// diff of two versions is readable, and ending in a line end.
    static func prettyJSON(_ document: some Encodable, what: String) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return Array(try encoder.encode(document)) + [0x0A]
        } catch {
            // Strings, integers and booleans only: encoding cannot fail.
            preconditionFailure("\(what) not encodable: \(error)")
        }
    }

    /// The glance at a pathway's programs and those in play, as its snapshot records them.
    static func glanceAndInPlay(of pathway: Pathway) -> (glance: ProgramGlance, inPlay: [Program]) {
        guard let glance = pathway.programGlance else {
            return (
                ProgramGlance(programs: pathway.programs, rankOrder: pathway.rankOrder, letters: pathway.letters),
                ProgramGlance.inPlay(pathway.programs, rankOrder: pathway.rankOrder)
            )
        }
        return (glance, pathway.programs)
    }

    /// Reads a snapshot (or a schema 1 file), or says precisely what is wrong with it and where.
    public static func decode(_ file: [UInt8], path: String) throws(StoreError) -> Decoded {
        let bytes = try utf8Text(file, path: path)
        let body: Body
        do {
            body = try JSONDecoder().decode(Body.self, from: Data(bytes))
        } catch {
            throw failure(error, bytes: bytes, path: path)
        }
        switch body {
        case .current(let snapshot):
            try checkNothingUnknown(in: bytes, path: path)
            return .current(
                try pathway(from: snapshot, path: path), head(from: snapshot), try layout(of: snapshot, path: path))
        case .legacy(let legacy):
            return .legacy(history: legacy.history, redo: legacy.redo)
        case .other(let version) where version > currentSchemaVersion:
            throw .newerSchema(path: path, found: version, supported: currentSchemaVersion)
        case .other(let version):
            throw .invalid(
                path: path, location: "schemaVersion", reason: "\(version) is not a schema version imgpath ever wrote")
        }
    }

    /// Schema 3 names the programs' file; schema 2 holds the programs. Either, never both.
    private static func layout(of snapshot: Snapshot, path: String) throws(StoreError) -> ProgramLayout {
        switch (snapshot.schemaVersion, snapshot.programList, snapshot.programs) {
        case (inlineProgramsSchemaVersion, nil, _): return .inline
        case (currentSchemaVersion, let list?, nil): return .separate(file: list.file)
        case (currentSchemaVersion, nil, _):
            throw .invalid(
                path: path, location: "programList", reason: "it is missing (schema 3 names the programs' file)")
        case (currentSchemaVersion, _, _?):
            throw .invalid(
                path: path, location: "programs", reason: "schema 3 keeps the programs in their own file, not here")
        default:
            throw .invalid(path: path, location: "programList", reason: "schema 2 keeps the programs here")
        }
    }

    /// A file's bytes checked as UTF-8 text, without a byte order mark, before a decoder sees them.
    static func utf8Text(_ file: [UInt8], path: String) throws(StoreError) -> [UInt8] {
        // Editors on Windows may start a UTF-8 file with a byte order mark; it carries nothing.
        let bytes = file.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(file.dropFirst(3)) : file
        // JSON never holds a raw NUL; UTF-16 or UTF-32 text without a byte order mark is full of
        // them, and Foundation would quietly read it as such.
        if let bad = bytes.firstIndex(of: 0) ?? firstInvalidUTF8(bytes) {
            let (line, column) = JSONSyntaxCheck.position(of: bad, in: bytes)
            throw .notUTF8(path: path, line: line, column: column, byteOffset: bad)
        }
        return bytes
    }

    private static func head(from snapshot: Snapshot) -> HistoryHead {
        var head = HistoryHead(log: snapshot.history.log)
        head.seq = snapshot.history.seq
        head.bytes = snapshot.history.bytes
        head.undo = snapshot.history.undo
        head.redo = snapshot.history.redo
        head.lastAt = snapshot.history.lastAt
        return head
    }

    /// The pathway a snapshot describes, refusing what imgpath never writes (a milestone twice
    /// or missing, a deadline id twice) instead of quietly dropping part of it on the next save.
    private static func pathway(from snapshot: Snapshot, path: String) throws(StoreError) -> Pathway {
        var pathway = Pathway()
        pathway.profile = snapshot.profile
        var seen = Set<MilestoneID>()
        for (index, milestone) in snapshot.milestones.enumerated() {
            guard seen.insert(milestone.id).inserted else {
                throw .invalid(
                    path: path, location: "milestones[\(index)].id", reason: "\(milestone.id.rawValue) appears twice")
            }
            pathway[milestone.id] = milestone.record
        }
        if let missing = MilestoneID.allCases.first(where: { !seen.contains($0) }) {
            throw .invalid(path: path, location: "milestones", reason: "\(missing.rawValue) is missing")
        }
        try checkEntries(
            snapshot.deadlines, list: "deadlines", kind: "deadline", id: { $0.id }, path: path, problem: { _ in nil })
        try checkNumbers(in: snapshot, path: path)
        let link = snapshot.history
        guard link.seq >= 0, link.bytes >= 0, (link.seq == 0) == (link.bytes == 0),
            link.undo.map({ $0 >= 0 && $0 < link.bytes }) ?? true, link.redo.map({ $0 >= 0 && $0 < link.bytes }) ?? true
        else {
            throw .invalid(path: path, location: "history", reason: "the history position is not one imgpath writes")
        }
        let programs = snapshot.programs ?? snapshot.programList?.inPlay ?? []
        try checkPrograms(programs, list: snapshot.programList == nil ? "programs" : "programList.inPlay", path: path)
        for program in programs { pathway.store(program) }
        if let glance = snapshot.programList?.glance {
            guard glance.count >= programs.count, glance.count <= ItemNumber.maximum else {
                throw .invalid(
                    path: path, location: "programList.glance.count",
                    reason: "\(glance.count) programs cannot be, with \(programs.count) in play")
            }
            pathway.programGlance = glance
        }
        pathway.lastProgramNumber = max(pathway.lastProgramNumber, snapshot.lastProgramNumber ?? 0)
        pathway.rankOrder = snapshot.rankOrder ?? RankOrderList()
        let experiences = snapshot.experiences ?? []
        try checkEntries(
            experiences, list: "experiences", kind: "experience", id: { $0.id }, path: path,
            problem: {
                $0.problem
                    ?? (ClinicalExperience.number(in: $0.id) == nil ? "\"\($0.id)\" is not an experience id" : nil)
            })
        for experience in experiences { pathway.store(experience) }
        pathway.lastExperienceNumber = max(pathway.lastExperienceNumber, snapshot.lastExperienceNumber ?? 0)
        let letters = snapshot.letters ?? []
        try checkEntries(
            letters, list: "letters", kind: "letter", id: { $0.id }, path: path,
            problem: {
                $0.problem ?? (Letter.number(in: $0.id) == nil ? "\"\($0.id)\" is not a letter id" : nil)
            })
        for letter in letters { pathway.store(letter) }
        pathway.lastLetterNumber = max(pathway.lastLetterNumber, snapshot.lastLetterNumber ?? 0)
        if let limit = snapshot.letterLimit, !LetterRules.limitRange.contains(limit) {
            throw .invalid(path: path, location: "letterLimit", reason: "\(limit) letters per program is out of range")
        }
        pathway.letterLimitSetting = snapshot.letterLimit
        pathway.deadlines = snapshot.deadlines
        // Like the other counters, never below a number in use: the next id is a new one.
        pathway.lastDeadlineNumber = max(
            snapshot.lastDeadlineNumber, snapshot.deadlines.compactMap { Deadline.number(in: $0.id) }.max() ?? 0)
        pathway.season.cycle = snapshot.seasonCycle
        for entry in snapshot.seasonDates { pathway.season.set(entry.event, cycle: entry.cycle, to: entry.date) }
        return pathway
    }

    /// Refuses a program imgpath would never write, or an id used twice.
    static func checkPrograms(_ programs: [Program], list: String, path: String) throws(StoreError) {
        try checkEntries(
            programs, list: list, kind: "program", id: { $0.id }, path: path,
            problem: {
                $0.problem ?? ($0.id.isEmpty ? "a program without an id" : nil)
            })
    }

    /// Refuses a number imgpath never writes, which arithmetic on it later could not handle: a
    /// "last number" counter outside what an id holds, a history position past what a history
    /// can count, a season cycle that is no year.
    private static func checkNumbers(in snapshot: Snapshot, path: String) throws(StoreError) {
        let counters: [(String, Int?)] = [
            ("lastDeadlineNumber", snapshot.lastDeadlineNumber), ("lastProgramNumber", snapshot.lastProgramNumber),
            ("lastExperienceNumber", snapshot.lastExperienceNumber), ("lastLetterNumber", snapshot.lastLetterNumber),
        ]
        for (name, value) in counters {
            guard let value, !(0...ItemNumber.maximum).contains(value) else { continue }
            throw .invalid(
                path: path, location: name,
                reason: "\(value) is outside 0 to \(ItemNumber.maximum), the numbers ids hold")
        }
        if !(0...historyLineMaximum).contains(snapshot.history.seq) {
            throw .invalid(
                path: path, location: "history.seq",
                reason: "\(snapshot.history.seq) is outside 0 to \(historyLineMaximum), the lines a history holds")
        }
        let cycles = [snapshot.seasonCycle].compactMap { $0 } + snapshot.seasonDates.map(\.cycle)
        let years = SeasonCalendar.cycleRange
        if let cycle = cycles.first(where: { !years.contains($0) }) {
            throw .invalid(
                path: path, location: "seasonCycle",
                reason: "\(cycle) is not a Match year (\(years.lowerBound) to \(years.upperBound))")
        }
    }

    /// More history lines than any person makes, far from where counting them could overflow.
    static let historyLineMaximum = 1 << 40

    /// Refuses a list entry imgpath would never write (what `problem` finds in it) or an id used
    /// twice, naming the entry's place in the file.
    static func checkEntries<Entry>(
        _ entries: [Entry], list: String, kind: String, id: (Entry) -> String, path: String,
        problem: (Entry) -> String?
    ) throws(StoreError) {
        var seen = Set<String>()
        for (index, entry) in entries.enumerated() {
            if let problem = problem(entry) {
                throw .invalid(path: path, location: "\(list)[\(index)]", reason: problem)
            }
            guard seen.insert(id(entry)).inserted else {
                throw .invalid(
                    path: path, location: "\(list)[\(index)].id",
                    reason: "the \(kind) id \(id(entry)) is used twice; give one of them another id")
            }
        }
    }

    /// Refuses fields this version does not know: saving would drop them without a word.
    static func checkNothingUnknown(
        in bytes: [UInt8], path: String, known: Set<String> = SnapshotSchema.known,
        freeKeyed: Set<String> = SnapshotSchema.freeKeyed
    ) throws(StoreError) {
        switch JSONSyntaxCheck.firstKeyProblem(in: bytes, known: known, freeKeyed: freeKeyed)
        {
        case .none:
            return
        case .unknown(let place):
            throw .invalid(
                path: path, location: place,
                reason: "imgpath does not know this field (written by a newer version or by hand?); "
                    + "saving would drop it, so the file is not read")
        case .repeated(let place, let line, let column):
            throw .invalid(
                path: path, location: "line \(line), column \(column) (\(place))",
                reason: "this key is written twice in one object; keep one of them (saving would drop the other "
                    + "without a word)")
        }
    }

    static func failure(_ error: any Error, bytes: [UInt8], path: String) -> StoreError {
        // Foundation's decoder gives no position for a syntax error; the scanner finds it.
        if let problem = JSONSyntaxCheck.firstProblem(in: bytes, wholeNumbers: true) {
            return .malformed(path: path, line: problem.line, column: problem.column, reason: problem.reason)
        }
        return StoreError.invalid(from: error, path: path)
    }

    /// The byte offset of the first byte that is not part of valid UTF-8, if any.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8(in: $0) }
    }

    private static func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let raw = UnsafeRawBufferPointer(bytes)
        var index = 0
        while index < bytes.count {
            // Eight ASCII bytes at a time: nearly all of a snapshot.
            if index + 8 <= bytes.count {
                if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
            }
            let lead = bytes[index]
            let length: Int
            var minimum: UInt32 = 0
            var scalar: UInt32
            switch lead {
            case 0x00...0x7F:
                index += 1
                continue
            case 0xC2...0xDF: (length, scalar, minimum) = (2, UInt32(lead & 0x1F), 0x80)
            case 0xE0...0xEF: (length, scalar, minimum) = (3, UInt32(lead & 0x0F), 0x800)
            case 0xF0...0xF4: (length, scalar, minimum) = (4, UInt32(lead & 0x07), 0x10000)
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for offset in 1..<length {
                let byte = bytes[index + offset]
                guard byte & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }
}
