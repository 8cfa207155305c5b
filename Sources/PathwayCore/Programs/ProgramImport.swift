/// What importing a sheet does to the recorded programs: which rows add programs and which
/// update ones already recorded, as the one change `importPrograms` records.
///
/// A row is the same program as a recorded one when it carries that program's id, else the same
/// NRMP code, else (neither having a code) the same name and city, ignoring case; importing the
/// same sheet twice therefore updates instead of duplicating. An update changes only the fields
/// the sheet has columns for.
public struct ProgramImport: Sendable {
    /// The programs to record, updated ones under their ids and new ones under the next ids.
    public let programs: [Program]
    public let added: Int
    public let updated: Int
    /// Rows that match a recorded program and change nothing.
    public let unchanged: Int
    /// Rows for a program an earlier row of the same sheet already names (the same id, NRMP code,
    /// or name and city): left out, since one of the two would be lost without a word.
    public let repeats: [ProgramSheet.Problem]

    public init(entries: [ProgramSheet.Entry], columns: Set<ProgramColumn>, into pathway: Pathway) {
        var result: [Program] = []
        var added = 0
        var updated = 0
        var unchanged = 0
        var known = pathway.programs
        // Where each recorded program is in `known`, by id, code, and name and city.
        var byID: [String: Int] = [:]
        var byCode: [String: Int] = [:]
        var byNameAndCity: [String: Int] = [:]
        func remember(_ index: Int) {
            let program = known[index]
            byID[program.id] = index
            if let code = program.code { byCode[code] = byCode[code] ?? index }
            if program.code == nil {
                byNameAndCity[ProgramImport.key(program)] = byNameAndCity[ProgramImport.key(program)] ?? index
            }
        }
        for index in known.indices { remember(index) }
        var next = pathway.lastProgramNumber + 1
        // The line of the sheet that named each program already, by its place in `known`.
        var namedBy: [Int: Int] = [:]
        var repeats: [ProgramSheet.Problem] = []
        for entry in entries {
            let row = entry.program
            let match: Int? =
                !row.id.isEmpty && byID[row.id] != nil
                ? byID[row.id] : row.code.map { byCode[$0] } ?? byNameAndCity[ProgramImport.key(row)]
            if let index = match, let earlier = namedBy[index] {
                let program = known[index]
                repeats.append(
                    ProgramSheet.Problem(
                        line: entry.line, column: 1,
                        reason: "the same program as line \(earlier) (\(program.name)"
                            + (program.city.isEmpty ? "" : ", \(program.city)")
                            + "); keep one row for it, or give each its NRMP code"))
                continue
            }
            namedBy[match ?? known.count] = entry.line
            if let index = match {
                let merged = ProgramImport.merge(row, into: known[index], columns: columns)
                if merged == known[index] {
                    unchanged += 1
                    continue
                }
                known[index] = merged
                remember(index)
                result.removeAll { $0.id == merged.id }
                result.append(merged)
                updated += 1
            } else {
                let program = row.withID(Program.id(number: next))
                next += 1
                known.append(program)
                remember(known.count - 1)
                result.append(program)
                added += 1
            }
        }
        programs = result
        self.repeats = repeats
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
    }

    /// Name and city, ignoring case: the identity of a program without a code.
    static func key(_ program: Program) -> String {
        program.name.lowercased() + "\u{0}" + program.city.lowercased()
    }

    /// A recorded program with the fields the sheet has columns for taken from the row.
    static func merge(_ row: Program, into program: Program, columns: Set<ProgramColumn>) -> Program {
        var merged = program
        // The fields the sheet holds, taken through their text as `program set` would.
        let fields = Set(columns.compactMap(\.field))
        if case .success(let taken) = ProgramField.copy(
            of: row, onto: merged, where: { field, _ in fields.contains(field) })
        {
            merged = taken
        }
        for column in columns where column.field == nil {
            switch column {
            case .status: merged.status = row.status
            case .addedOn, .applied, .invited, .rejected, .withdrawn:
                let status = column == .addedOn ? .considering : ProgramStatus(rawValue: column.rawValue) ?? .applied
                merged.dates[status.rawValue] = row.date(of: status)
            case .interview:
                // The sheet's one interview column holds the day `interviewDay` gives (the day
                // held, else the day scheduled). When it is still that day, the recorded days of
                // both stay: a re-imported export must change nothing.
                guard row.interviewDay != program.interviewDay else { continue }
                merged.dates[ProgramStatus.interviewScheduled.rawValue] = row.date(of: .interviewScheduled)
                merged.dates[ProgramStatus.interviewed.rawValue] = row.date(of: .interviewed)
            case .thankYou: merged.thankYouSent = row.thankYouSent
            default: break
            }
        }
        // Without a status column the status follows the dates, as for a new row, but only
        // forward: a sheet with an "applied" column alone says nothing against an interview
        // recorded since.
        if !columns.contains(.status),
            columns.contains(where: { [.applied, .invited, .interview, .rejected, .withdrawn].contains($0) }),
            row.status == program.status || ProgramTransitions.refusal(from: program.status, to: row.status) == nil
        {
            merged.status = row.status
        }
        return merged
    }
}
