/// A programs sheet read from CSV: the programs its rows describe, and the rows it could not read.
///
/// Every row is read in full before anything is imported, so the person sees every problem at
/// once, each with its line, column and reason.
public struct ProgramSheet: Sendable {
    /// One readable row: the program it describes (its id empty unless the sheet had one) and
    /// whether the sheet gave a status (otherwise the status comes from the dates).
    public struct Entry: Equatable, Sendable {
        public let line: Int
        public var program: Program
    }

    /// A row that could not be read.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public let line: Int
        public let column: Int
        public let reason: String

        public var description: String { "line \(line), column \(column): \(reason)" }
    }

    public private(set) var entries: [Entry] = []
    public private(set) var problems: [Problem] = []
    /// Header names that match no column imgpath reads; they are left out, and said so.
    public private(set) var ignoredColumns: [String] = []
    /// The columns the sheet has: an import updates only these fields of a known program.
    public private(set) var columns: Set<ProgramColumn> = []

    /// Reads a sheet; a file with no usable header is an error, a bad row is a `Problem`.
    public init(bytes: [UInt8], today: CalendarDay) throws(CSVReadError) {
        let rows = try CSVReader.rows(bytes)
        guard let header = rows.first else {
            throw CSVReadError(
                line: 1, column: 1, reason: "the file is empty; it needs a header row naming its columns")
        }
        var columns: [ProgramColumn: Int] = [:]
        for (index, name) in header.fields.enumerated() {
            guard let column = ProgramColumn(header: name) else {
                if !name.allSatisfy(\.isWhitespace) { ignoredColumns.append(name) }
                continue
            }
            if let earlier = columns[column] {
                throw CSVReadError(
                    line: header.line, column: header.columns[index],
                    reason: "\"\(name)\" and \"\(header.fields[earlier])\" both name the \(column.header) column")
            }
            columns[column] = index
        }
        self.columns = Set(columns.keys)
        guard columns[.name] != nil else {
            throw CSVReadError(
                line: header.line, column: 1,
                reason: "no column names the program; the header needs one of: "
                    + ProgramColumn.name.names.joined(separator: ", "))
        }
        let dateColumns: [ProgramColumn] = [.addedOn, .applied, .invited, .interview, .thankYou, .rejected, .withdrawn]
        let dateTexts = rows.dropFirst().flatMap { row in
            dateColumns.compactMap { columns[$0] }.compactMap { $0 < row.fields.count ? row.fields[$0] : nil }
        }
        let order: SheetDate.Order?
        switch SheetDate.order(of: dateTexts) {
        case .success(let found): order = found
        case .failure(let error): throw CSVReadError(line: header.line, column: 1, reason: error.reason)
        }
        for row in rows.dropFirst() {
            switch Self.program(from: row, columns: columns, order: order, today: today) {
            case .success(let program): entries.append(Entry(line: row.line, program: program))
            case .failure(let problem): problems.append(problem)
            }
        }
    }

    /// The program a row describes, or the first thing wrong with it.
    static func program(
        from row: CSVRow, columns: [ProgramColumn: Int], order: SheetDate.Order?, today: CalendarDay
    ) -> Result<Program, Problem> {
        func cell(_ column: ProgramColumn) -> (text: String, column: Int)? {
            guard let index = columns[column], index < row.fields.count else { return nil }
            return (unguarded(row.fields[index]), row.columns[index])
        }
        func problem(_ column: ProgramColumn, _ reason: String) -> Problem {
            Problem(line: row.line, column: cell(column)?.column ?? 1, reason: reason)
        }
        var program = Program(id: cell(.id)?.text.trimmingSpaces() ?? "", name: "")
        if !program.id.isEmpty, Program.number(in: program.id) == nil {
            return .failure(problem(.id, "\"\(program.id)\" is not an imgpath program id (pg-1, pg-2, ...)"))
        }
        // The columns that hold a field as its text (the SOAP round only when filled in, below).
        let fields = ProgramColumn.allCases.compactMap { column in column.field.map { (column, $0) } }
            .filter { $0.0 != .soap }
        // Every cell is read, and the problem said is the row's first, left to right.
        var found: [Problem] = []
        for (column, field) in fields {
            guard let (text, _) = cell(column) else { continue }
            if let error = field.set(text, on: &program) { found.append(problem(column, error.reason)) }
        }
        // A zone read from a sheet is one the time zone database knows, in its spelling.
        if let zone = program.interviewTimeZone {
            if let known = TimeZoneNames.known(zone) {
                program.interviewTimeZone = known
            } else {
                found.append(problem(.interviewTimeZone, TimeZoneNames.refusal(zone) ?? "not a time zone"))
            }
        }
        if let (text, _) = cell(.soap), !text.trimmingSpaces().isEmpty,
            let error = ProgramField.soap.set(text, on: &program)
        {
            found.append(problem(.soap, error.reason))
        }
        let statusDates: [(ProgramColumn, ProgramStatus)] = [
            (.addedOn, .considering), (.applied, .applied), (.invited, .invited), (.interview, .interviewed),
            (.rejected, .rejected), (.withdrawn, .withdrawn),
        ]
        for (column, status) in statusDates {
            guard let (text, _) = cell(column) else { continue }
            switch SheetDate.parse(text, order: order) {
            case .success(let day): if let day { program.dates[status.rawValue] = day }
            case .failure(let error): found.append(problem(column, error.reason))
            }
        }
        if let (text, _) = cell(.thankYou) {
            switch SheetDate.parse(text, order: order) {
            case .success(let day): program.thankYouSent = day
            case .failure(let error): found.append(problem(.thankYou, error.reason))
            }
        }
        if let (text, _) = cell(.status), !text.trimmingSpaces().isEmpty, ProgramStatus(lenient: text) == nil {
            found.append(
                problem(
                    .status,
                    "\"\(text)\" is not a program status; use one of "
                        + ProgramStatus.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        if let first = found.min(by: { $0.column < $1.column }) { return .failure(first) }
        if let (text, _) = cell(.status), let status = ProgramStatus(lenient: text) {
            program.status = status
        } else {
            program.status = inferredStatus(program, today: today)
        }
        // An interview still ahead is scheduled, not held; the sheet's one interview column
        // holds either.
        if let day = program.dates.removeValue(forKey: ProgramStatus.interviewed.rawValue) {
            let held = program.status == .interviewed || (program.status.isActive == false && day <= today)
            program.dates[(held ? ProgramStatus.interviewed : .interviewScheduled).rawValue] = day
        }
        return .success(program)
    }

    /// The status the filled-in dates imply when the sheet has no status column.
    static func inferredStatus(_ program: Program, today: CalendarDay) -> ProgramStatus {
        if program.date(of: .withdrawn) != nil { return .withdrawn }
        if program.date(of: .rejected) != nil { return .rejected }
        if let interview = program.date(of: .interviewed) {
            return interview <= today ? .interviewed : .interviewScheduled
        }
        if program.date(of: .invited) != nil { return .invited }
        if program.date(of: .applied) != nil { return .applied }
        return .considering
    }

    /// A cell without the apostrophe that an export puts before text a spreadsheet would run
    /// as a formula (`'=SUM(...)`), so that exported sheets import back exactly.
    static func unguarded(_ cell: String) -> String {
        guard cell.hasPrefix("'"), let next = cell.dropFirst().first, CSVExport.formulaStarts.contains(next) else {
            return cell
        }
        return String(cell.dropFirst())
    }
}
