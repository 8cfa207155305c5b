/// The file form of a history entry: one flat object with a `kind`, readable in a diff.
///
/// `{"at": "2026-11-26T00:40:10Z", "kind": "mark", "milestone": "step1", "status": "passed",
/// "date": "2024-03-01"}`. Decoding checks every name against the catalog, so a misspelt status
/// is reported at its place in the file.
extension HistoryEntry: Codable {
    enum Key: String, CodingKey {
        case at, kind, milestone, status, date, score, note, incomplete, item, done, text, field, value
        case id, title, cycle, event
        case program, programs, position
        case experience, letter, limit
        case programIDs
    }

    /// The `kind` names of the file. New kinds are only ever added (the schema stays 1): a file
    /// that uses one is refused by an older imgpath with "unknown kind", never misread.
    enum Kind: String, Codable, CaseIterable {
        case mark, tick, note, detail, date, score, profile
        case deadlineAdd, deadlineEdit, deadlineRemove, seasonCycle, seasonDate
        case programAdd, programEdit, programMark, programRemove, programImport, rankMove, rankCertify
        case experienceAdd, experienceEdit, experienceRemove
        case letterAdd, letterEdit, letterRemove, letterAssign, letterUnassign, letterReceived, letterLimit
        case programMarkMany, programRemoveMany, letterAssignMany
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let at = try c.decode(Timestamp.self, forKey: .at)
        let kindText = try c.decode(String.self, forKey: .kind)
        guard let kind = Kind(rawValue: kindText) else {
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: c,
                debugDescription: "unknown kind \"\(kindText)\" (perhaps written by a newer imgpath; known kinds: "
                    + Kind.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        func milestone() throws -> MilestoneID {
            let text = try c.decode(String.self, forKey: .milestone)
            guard let id = MilestoneID(rawValue: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .milestone, in: c,
                    debugDescription: "unknown milestone \"\(text)\" (known: "
                        + MilestoneID.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
            return id
        }
        func status(of id: MilestoneID) throws -> Status {
            let text = try c.decode(String.self, forKey: .status)
            guard let status = Status(rawValue: text), MilestoneCatalog[id].statuses.contains(status) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .status, in: c, debugDescription: RuleViolation.statusNotInMilestone(id, text).description)
            }
            return status
        }
        func deadlineID() throws -> String {
            guard let text = try optionalDeadlineID() else {
                throw DecodingError.keyNotFound(
                    Key.id, .init(codingPath: c.codingPath, debugDescription: "a deadline id is needed"))
            }
            return text
        }
        func optionalDeadlineID() throws -> String? {
            guard let text = try c.decodeIfPresent(String.self, forKey: .id) else { return nil }
            guard Deadline.number(in: text) != nil else {
                throw DecodingError.dataCorruptedError(
                    forKey: .id, in: c, debugDescription: "\"\(text)\" is not a deadline id (dl-1, dl-2, ...)")
            }
            return text
        }
        func cycle(required: Bool) throws -> Int? {
            guard
                let year = try required
                    ? c.decode(Int.self, forKey: .cycle) : c.decodeIfPresent(Int.self, forKey: .cycle)
            else { return nil }
            guard SeasonCalendar.cycleRange.contains(year) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .cycle, in: c, debugDescription: RuleViolation.cycleOutOfRange(year).description)
            }
            return year
        }
        func programID() throws -> String {
            let text = try c.decode(String.self, forKey: .id)
            guard Program.number(in: text) != nil else {
                throw DecodingError.dataCorruptedError(
                    forKey: .id, in: c, debugDescription: "\"\(text)\" is not a program id (pg-1, pg-2, ...)")
            }
            return text
        }
        func checked(_ program: Program, key: Key) throws -> Program {
            if let problem = program.problem {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: problem)
            }
            return program
        }
        func experienceID() throws -> String {
            let text = try c.decode(String.self, forKey: .id)
            guard ClinicalExperience.number(in: text) != nil else {
                throw DecodingError.dataCorruptedError(
                    forKey: .id, in: c, debugDescription: "\"\(text)\" is not an experience id (ce-1, ce-2, ...)")
            }
            return text
        }
        func letterID() throws -> String {
            let text = try c.decode(String.self, forKey: .id)
            guard Letter.number(in: text) != nil else {
                throw DecodingError.dataCorruptedError(
                    forKey: .id, in: c, debugDescription: "\"\(text)\" is not a letter id (lr-1, lr-2, ...)")
            }
            return text
        }
        func assignedProgram() throws -> String {
            let text = try c.decode(String.self, forKey: .program)
            guard Program.number(in: text) != nil else {
                throw DecodingError.dataCorruptedError(
                    forKey: .program, in: c, debugDescription: "\"\(text)\" is not a program id (pg-1, pg-2, ...)")
            }
            return text
        }
        func programIDs() throws -> [String] {
            let list = try c.decode([String].self, forKey: .programIDs)
            guard !list.isEmpty else {
                throw DecodingError.dataCorruptedError(
                    forKey: .programIDs, in: c, debugDescription: "an empty list of programs")
            }
            for text in list where Program.number(in: text) == nil {
                throw DecodingError.dataCorruptedError(
                    forKey: .programIDs, in: c, debugDescription: "\"\(text)\" is not a program id (pg-1, pg-2, ...)")
            }
            return list
        }
        func programStatus() throws -> ProgramStatus {
            let text = try c.decode(String.self, forKey: .status)
            guard let status = ProgramStatus(rawValue: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .status, in: c, debugDescription: "unknown program status \"\(text)\"")
            }
            return status
        }
        let change: Change
        switch kind {
        case .mark:
            let id = try milestone()
            change = .mark(
                id, try status(of: id), date: try c.decodeIfPresent(CalendarDay.self, forKey: .date),
                score: try c.decodeIfPresent(Int.self, forKey: .score),
                note: try c.decodeIfPresent(String.self, forKey: .note),
                incomplete: try c.decodeIfPresent(Bool.self, forKey: .incomplete) ?? false)
        case .tick:
            let id = try milestone()
            let item = try c.decode(String.self, forKey: .item)
            guard MilestoneCatalog[id].item(item) != nil else {
                throw DecodingError.dataCorruptedError(
                    forKey: .item, in: c, debugDescription: RuleViolation.unknownItem(id, item).description)
            }
            change = .tick(id, item: item, done: try c.decode(Bool.self, forKey: .done))
        case .note:
            change = .note(try milestone(), text: try c.decode(String.self, forKey: .text))
        case .detail:
            let id = try milestone()
            let field = try c.decode(String.self, forKey: .field)
            guard MilestoneCatalog[id].field(field) != nil else {
                throw DecodingError.dataCorruptedError(
                    forKey: .field, in: c, debugDescription: RuleViolation.unknownField(id, field).description)
            }
            change = .detail(id, field: field, value: try c.decodeIfPresent(String.self, forKey: .value))
        case .date:
            let id = try milestone()
            change = .date(id, try status(of: id), try c.decodeIfPresent(CalendarDay.self, forKey: .date))
        case .score:
            change = .score(try milestone(), try c.decodeIfPresent(Int.self, forKey: .score))
        case .profile:
            let text = try c.decode(String.self, forKey: .field)
            guard let field = ProfileField(rawValue: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .field, in: c, debugDescription: "unknown profile field \"\(text)\"")
            }
            change = .profile(field, value: try c.decodeIfPresent(String.self, forKey: .value))
        case .deadlineAdd:
            change = .addDeadline(
                id: try optionalDeadlineID(), milestone: try milestone(),
                title: try c.decode(String.self, forKey: .title),
                date: try c.decode(CalendarDay.self, forKey: .date),
                note: try c.decodeIfPresent(String.self, forKey: .note))
        case .deadlineEdit:
            change = .editDeadline(
                id: try deadlineID(), title: try c.decodeIfPresent(String.self, forKey: .title),
                date: try c.decodeIfPresent(CalendarDay.self, forKey: .date),
                note: try c.decodeIfPresent(String.self, forKey: .note),
                done: try c.decodeIfPresent(Bool.self, forKey: .done))
        case .deadlineRemove:
            change = .removeDeadline(id: try deadlineID())
        case .seasonCycle:
            change = .seasonCycle(try cycle(required: false))
        case .seasonDate:
            let text = try c.decode(String.self, forKey: .event)
            guard let event = SeasonEventID(rawValue: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .event, in: c,
                    debugDescription: "unknown season event \"\(text)\" (known: "
                        + SeasonEventID.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
            change = .seasonDate(
                cycle: try cycle(required: true) ?? 0, event: event,
                date: try c.decodeIfPresent(CalendarDay.self, forKey: .date))
        case .programAdd:
            change = .addProgram(try checked(try c.decode(Program.self, forKey: .program), key: .program))
        case .programEdit:
            let text = try c.decode(String.self, forKey: .field)
            guard let field = ProgramField(rawValue: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .field, in: c, debugDescription: "unknown program field \"\(text)\"")
            }
            change = .editProgram(id: try programID(), field: field, value: try c.decode(String.self, forKey: .value))
        case .programMark:
            let text = try c.decode(String.self, forKey: .status)
            guard let status = ProgramStatus(rawValue: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .status, in: c, debugDescription: "unknown program status \"\(text)\"")
            }
            change = .markProgram(
                id: try programID(), status: status, date: try c.decodeIfPresent(CalendarDay.self, forKey: .date))
        case .programRemove:
            change = .removeProgram(id: try programID())
        case .programMarkMany:
            change = .markPrograms(
                ids: try programIDs(), status: try programStatus(),
                date: try c.decodeIfPresent(CalendarDay.self, forKey: .date))
        case .programRemoveMany:
            change = .removePrograms(ids: try programIDs())
        case .letterAssignMany:
            change = .assignLetterToPrograms(
                id: try letterID(), programs: try programIDs(),
                date: try c.decodeIfPresent(CalendarDay.self, forKey: .date))
        case .programImport:
            change = .importPrograms(
                try c.decode([Program].self, forKey: .programs).map { try checked($0, key: .programs) })
        case .rankMove:
            change = .rankMove(id: try programID(), position: try c.decode(Int.self, forKey: .position))
        case .rankCertify:
            change = .rankCertify(try c.decode(CalendarDay.self, forKey: .date))
        case .experienceAdd:
            let experience = try c.decode(ClinicalExperience.self, forKey: .experience)
            if let problem = experience.problem {
                throw DecodingError.dataCorruptedError(forKey: .experience, in: c, debugDescription: problem)
            }
            change = .addExperience(experience)
        case .experienceEdit:
            let text = try c.decode(String.self, forKey: .field)
            guard let field = ExperienceField(rawValue: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .field, in: c, debugDescription: "unknown experience field \"\(text)\"")
            }
            change = .editExperience(
                id: try experienceID(), field: field, value: try c.decode(String.self, forKey: .value))
        case .experienceRemove:
            change = .removeExperience(id: try experienceID())
        case .letterAdd:
            let letter = try c.decode(Letter.self, forKey: .letter)
            if let problem = letter.problem {
                throw DecodingError.dataCorruptedError(forKey: .letter, in: c, debugDescription: problem)
            }
            change = .addLetter(letter)
        case .letterEdit:
            let text = try c.decode(String.self, forKey: .field)
            guard let field = LetterField(rawValue: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .field, in: c, debugDescription: "unknown letter field \"\(text)\"")
            }
            change = .editLetter(id: try letterID(), field: field, value: try c.decode(String.self, forKey: .value))
        case .letterRemove:
            change = .removeLetter(id: try letterID())
        case .letterAssign:
            change = .assignLetter(
                id: try letterID(), program: try assignedProgram(),
                date: try c.decodeIfPresent(CalendarDay.self, forKey: .date))
        case .letterUnassign:
            change = .unassignLetter(id: try letterID(), program: try assignedProgram())
        case .letterReceived:
            change = .letterReceived(id: try letterID(), date: try c.decodeIfPresent(CalendarDay.self, forKey: .date))
        case .letterLimit:
            let limit = try c.decodeIfPresent(Int.self, forKey: .limit)
            if let limit, !LetterRules.limitRange.contains(limit) {
                throw DecodingError.dataCorruptedError(
                    forKey: .limit, in: c, debugDescription: "\(limit) letters per program is out of range")
            }
            change = .letterLimit(limit)
        }
        self.init(at: at, change: change)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        for (key, value) in fields {
            switch value {
            case .text(let text): try c.encode(text, forKey: key)
            case .number(let number): try c.encode(number, forKey: key)
            case .flag(let flag): try c.encode(flag, forKey: key)
            case .program(let program): try c.encode(program, forKey: key)
            case .programs(let programs): try c.encode(programs, forKey: key)
            case .texts(let texts): try c.encode(texts, forKey: key)
            case .experience(let experience): try c.encode(experience, forKey: key)
            case .letter(let letter): try c.encode(letter, forKey: key)
            }
        }
    }

    /// A value of the flat file form.
    enum FieldValue: Equatable {
        case text(String)
        case number(Int)
        case flag(Bool)
        case program(Program)
        case programs([Program])
        case texts([String])
        case experience(ClinicalExperience)
        case letter(Letter)
    }

    /// The entry's keys and values in the file form (absent optionals left out): the one
    /// description that `encode(to:)` writes.
    var fields: [(Key, FieldValue)] {
        var list: [(Key, FieldValue)] = [(.at, .text(at.description))]
        func add(_ key: Key, _ text: String?) { if let text { list.append((key, .text(text))) } }
        func add(_ key: Key, _ number: Int?) { if let number { list.append((key, .number(number))) } }
        func add(_ key: Key, _ flag: Bool?) { if let flag { list.append((key, .flag(flag))) } }
        func kind(_ kind: Kind) { add(.kind, kind.rawValue) }
        switch change {
        case .mark(let id, let status, let date, let score, let note, let incomplete):
            kind(.mark)
            add(.milestone, id.rawValue)
            add(.status, status.rawValue)
            add(.date, date?.description)
            add(.score, score)
            add(.note, note)
            if incomplete { add(.incomplete, true) }
        case .tick(let id, let item, let done):
            kind(.tick)
            add(.milestone, id.rawValue)
            add(.item, item)
            add(.done, done)
        case .note(let id, let text):
            kind(.note)
            add(.milestone, id.rawValue)
            add(.text, text)
        case .detail(let id, let field, let value):
            kind(.detail)
            add(.milestone, id.rawValue)
            add(.field, field)
            add(.value, value)
        case .date(let id, let status, let day):
            kind(.date)
            add(.milestone, id.rawValue)
            add(.status, status.rawValue)
            add(.date, day?.description)
        case .score(let id, let score):
            kind(.score)
            add(.milestone, id.rawValue)
            add(.score, score)
        case .profile(let field, let value):
            kind(.profile)
            add(.field, field.rawValue)
            add(.value, value)
        case .addDeadline(let id, let milestone, let title, let date, let note):
            kind(.deadlineAdd)
            // Recorded changes always carry the id the machine gave; without one, replay gives the next.
            add(.id, id)
            add(.milestone, milestone.rawValue)
            add(.title, title)
            add(.date, date.description)
            add(.note, note)
        case .editDeadline(let id, let title, let date, let note, let done):
            kind(.deadlineEdit)
            add(.id, id)
            add(.title, title)
            add(.date, date?.description)
            add(.note, note)
            add(.done, done)
        case .removeDeadline(let id):
            kind(.deadlineRemove)
            add(.id, id)
        case .seasonCycle(let cycle):
            kind(.seasonCycle)
            add(.cycle, cycle)
        case .seasonDate(let cycle, let event, let date):
            kind(.seasonDate)
            add(.cycle, cycle)
            add(.event, event.rawValue)
            add(.date, date?.description)
        case .addProgram(let program):
            kind(.programAdd)
            list.append((.program, .program(program)))
        case .editProgram(let id, let field, let value):
            kind(.programEdit)
            add(.id, id)
            add(.field, field.rawValue)
            add(.value, value)
        case .markProgram(let id, let status, let date):
            kind(.programMark)
            add(.id, id)
            add(.status, status.rawValue)
            add(.date, date?.description)
        case .removeProgram(let id):
            kind(.programRemove)
            add(.id, id)
        case .markPrograms(let ids, let status, let date):
            kind(.programMarkMany)
            list.append((.programIDs, .texts(ids)))
            add(.status, status.rawValue)
            add(.date, date?.description)
        case .removePrograms(let ids):
            kind(.programRemoveMany)
            list.append((.programIDs, .texts(ids)))
        case .assignLetterToPrograms(let id, let programs, let date):
            kind(.letterAssignMany)
            add(.id, id)
            list.append((.programIDs, .texts(programs)))
            add(.date, date?.description)
        case .importPrograms(let programs):
            kind(.programImport)
            list.append((.programs, .programs(programs)))
        case .rankMove(let id, let position):
            kind(.rankMove)
            add(.id, id)
            add(.position, position)
        case .rankCertify(let day):
            kind(.rankCertify)
            add(.date, day.description)
        case .addExperience(let experience):
            kind(.experienceAdd)
            list.append((.experience, .experience(experience)))
        case .editExperience(let id, let field, let value):
            kind(.experienceEdit)
            add(.id, id)
            add(.field, field.rawValue)
            add(.value, value)
        case .removeExperience(let id):
            kind(.experienceRemove)
            add(.id, id)
        case .addLetter(let letter):
            kind(.letterAdd)
            list.append((.letter, .letter(letter)))
        case .editLetter(let id, let field, let value):
            kind(.letterEdit)
            add(.id, id)
            add(.field, field.rawValue)
            add(.value, value)
        case .removeLetter(let id):
            kind(.letterRemove)
            add(.id, id)
        case .assignLetter(let id, let program, let date):
            kind(.letterAssign)
            add(.id, id)
            add(.program, program)
            add(.date, date?.description)
        case .unassignLetter(let id, let program):
            kind(.letterUnassign)
            add(.id, id)
            add(.program, program)
        case .letterReceived(let id, let date):
            kind(.letterReceived)
            add(.id, id)
            add(.date, date?.description)
        case .letterLimit(let limit):
            kind(.letterLimit)
            add(.limit, limit)
        }
        return list
    }
}

extension Change {
    /// The change's `kind` name in the file (`mark`, `deadlineAdd`, ...), for exports.
    public var kindName: String {
        let kind: HistoryEntry.Kind =
            switch self {
            case .mark: .mark
            case .tick: .tick
            case .note: .note
            case .detail: .detail
            case .date: .date
            case .score: .score
            case .profile: .profile
            case .addDeadline: .deadlineAdd
            case .editDeadline: .deadlineEdit
            case .removeDeadline: .deadlineRemove
            case .seasonCycle: .seasonCycle
            case .seasonDate: .seasonDate
            case .addProgram: .programAdd
            case .editProgram: .programEdit
            case .markProgram: .programMark
            case .removeProgram: .programRemove
            case .markPrograms: .programMarkMany
            case .removePrograms: .programRemoveMany
            case .assignLetterToPrograms: .letterAssignMany
            case .importPrograms: .programImport
            case .rankMove: .rankMove
            case .rankCertify: .rankCertify
            case .addExperience: .experienceAdd
            case .editExperience: .experienceEdit
            case .removeExperience: .experienceRemove
            case .addLetter: .letterAdd
            case .editLetter: .letterEdit
            case .removeLetter: .letterRemove
            case .assignLetter: .letterAssign
            case .unassignLetter: .letterUnassign
            case .letterReceived: .letterReceived
            case .letterLimit: .letterLimit
            }
        return kind.rawValue
    }
}
