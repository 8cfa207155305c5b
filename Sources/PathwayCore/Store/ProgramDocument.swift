#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The programs' own file (`pathway.programs.json`, schema 3): every program of the season as it
/// stood at one line of the history.
///
/// It is a checkpoint, not the only copy: the history holds every change to the programs, so the
/// store brings the list up to date by applying the program part of the lines after the one this
/// file names, and it rewrites the file only when those lines have grown to half the file's size.
/// A change to one program of thousands therefore appends one history line and rewrites the small
/// snapshot, not the whole list. Pretty-printed with sorted keys like the snapshot, so `jq` reads it.
public enum ProgramDocument {
    /// Where in the history the list stands: the line it includes last.
    public struct Position: Equatable, Sendable, Codable {
        public var log: String
        public var seq: Int
        /// The end of that line in the history (0 before the first line).
        public var bytes: Int64
    }

    struct Body: Codable {
        let schemaVersion: Int
        let generator: String
        let history: Position
        let programs: [Program]
    }

    /// The file's name for a snapshot's path (`pathway.json` → `pathway.programs.json`).
    public static func path(for snapshotPath: String) -> String {
        (snapshotPath.hasSuffix(".json") ? String(snapshotPath.dropLast(5)) : snapshotPath) + ".programs.json"
    }

    /// The file's bytes for a whole list of programs at a place in the history.
    public static func encode(_ programs: [Program], at position: Position) -> [UInt8] {
        let body = Body(
            schemaVersion: PathwayDocument.currentSchemaVersion, generator: "imgpath", history: position,
            programs: programs)
        return PathwayDocument.prettyJSON(body, what: "programs")
    }

    /// Reads the file, or says precisely what is wrong with it and where.
    public static func decode(_ file: [UInt8], path: String) throws(StoreError) -> (Position, [Program]) {
        let bytes = try PathwayDocument.utf8Text(file, path: path)
        let body: Body
        do {
            body = try JSONDecoder().decode(Body.self, from: Data(bytes))
        } catch {
            throw PathwayDocument.failure(error, bytes: bytes, path: path)
        }
        guard body.schemaVersion == PathwayDocument.currentSchemaVersion else {
            if body.schemaVersion > PathwayDocument.currentSchemaVersion {
                throw .newerSchema(
                    path: path, found: body.schemaVersion, supported: PathwayDocument.currentSchemaVersion)
            }
            throw .invalid(
                path: path, location: "schemaVersion",
                reason: "\(body.schemaVersion) is not a schema version of a programs file")
        }
        try PathwayDocument.checkNothingUnknown(
            in: bytes, path: path, known: SnapshotSchema.programFileKnown,
            freeKeyed: SnapshotSchema.programFileFreeKeyed)
        let position = body.history
        guard position.seq >= 0, position.bytes >= 0, (position.seq == 0) == (position.bytes == 0),
            position.seq <= PathwayDocument.historyLineMaximum
        else {
            throw .invalid(path: path, location: "history", reason: "the history position is not one imgpath writes")
        }
        try PathwayDocument.checkPrograms(body.programs, list: "programs", path: path)
        return (position, body.programs)
    }
}
