import Testing

@testable import PathwayCore

/// The list of snapshot fields that unknown fields are found against must hold every field
/// imgpath writes, and nothing it does not: a missing one would lock a person out of a file
/// imgpath wrote itself.
@Suite struct SnapshotSchemaTests {
    /// A pathway with every field of every kind of entry filled in (checked below with `Mirror`,
    /// so a field added later without a value here fails the test instead of passing unseen).
    static var everyField: (Pathway, HistoryHead) {
        var pathway = Pathway()
        pathway.profile = Profile()
        pathway.profile.name = "Amara Okafor"
        pathway.profile.graduationYear = 2019
        var record = MilestoneRecord()
        record.status = .passed
        record.dates = ["passed": Fixtures.day("2024-03-15")]
        record.attempts = [ExamAttempt(date: Fixtures.day("2024-03-15"), result: .passed, score: 240)]
        record.items = ["usmleId": true]
        record.details = ["usmleId": "5-123-456-7"]
        record.notes = "Prometric"
        pathway[.step1] = record
        pathway.deadlines = [
            Deadline(
                id: "dl-1", milestone: .eras, title: "Letters", date: Fixtures.day("2027-06-01"), note: "ask",
                done: true)
        ]
        pathway.lastDeadlineNumber = 1
        pathway.season.cycle = 2027
        pathway.season.set(.myerasOpens, cycle: 2027, to: Fixtures.day("2026-06-05"))
        var program = Program(id: "pg-1", name: "Internal Medicine, Riverside")
        program.code = "1234140C0"
        program.specialty = "Internal Medicine"
        program.city = "Detroit"
        program.state = "MI"
        program.minimumStep2Score = 230
        program.maximumYearsSinceGraduation = 5
        program.requiresUSClinicalExperience = true
        program.feeCents = 12_000
        program.notes = "J-1 only"
        program.dates = ["applied": Fixtures.day("2026-09-24")]
        program.thankYouSent = Fixtures.day("2026-11-02")
        program.thankYouDismissed = true
        program.soap = true
        program.interviewTime = "09:30"
        program.interviewTimeZone = "America/New_York"
        program.interviewFormat = .virtual
        program.interviewPlace = "https://zoom.example/j/1"
        program.interviewer = "Dr. Okafor"
        program.interviewNotes = "asked about research"
        program.rating = 4
        pathway.store(program)
        // A main-round program too, so the glance counts one per specialty.
        var main = Program(id: "pg-2", name: "Family Medicine, Lakeside")
        main.specialty = "Family Medicine"
        main.status = .applied
        pathway.store(main)
        pathway.lastProgramNumber = 2
        pathway.rankOrder = RankOrderList(order: ["pg-1"], certifiedOn: Fixtures.day("2027-02-20"))
        var experience = ClinicalExperience(
            id: "ce-1", kind: .handsOn, site: "Riverside", start: Fixtures.day("2026-01-05"),
            end: Fixtures.day("2026-02-01"))
        experience.city = "Detroit"
        experience.state = "MI"
        experience.specialty = "Internal Medicine"
        experience.supervisor = "Dr. Rao"
        experience.notes = "inpatient"
        pathway.store(experience)
        pathway.lastExperienceNumber = 1
        var letter = Letter(id: "lr-1", writer: "Dr. Rao")
        letter.title = "Program Director"
        letter.specialty = "Internal Medicine"
        letter.institution = "Riverside"
        letter.usPhysician = true
        letter.experienceID = "ce-1"
        letter.requested = Fixtures.day("2026-02-01")
        letter.received = Fixtures.day("2026-03-01")
        letter.assignments = ["pg-1": Fixtures.day("2026-09-20")]
        pathway.store(letter)
        pathway.lastLetterNumber = 1
        pathway.letterLimitSetting = 4
        var head = HistoryHead(log: "log")
        head.seq = 3
        head.bytes = 300
        head.undo = 200
        head.redo = 100
        head.lastAt = Fixtures.noon
        return (pathway, head)
    }

    /// The optional values and empty collections inside a value, by path: none may be left.
    static func unfilled(_ value: Any, path: String = "") -> [String] {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let wrapped = mirror.children.first?.value else { return [path] }
            return unfilled(wrapped, path: path)
        }
        if mirror.displayStyle == .collection || mirror.displayStyle == .dictionary {
            return mirror.children.isEmpty ? [path] : []
        }
        guard mirror.displayStyle == .struct else { return [] }
        return mirror.children.flatMap { child in unfilled(child.value, path: path + "." + (child.label ?? "?")) }
    }

    @Test func theSampleFillsEveryField() {
        let (pathway, head) = Self.everyField
        for entry in [pathway.programs[0], pathway.experiences[0], pathway.letters[0], pathway.deadlines[0]] as [Any] {
            #expect(Self.unfilled(entry) == [], "\(type(of: entry))")
        }
        #expect(Self.unfilled(pathway.profile) == [])
        #expect(Self.unfilled(pathway[.step1]) == [])
        #expect(Self.unfilled(pathway.rankOrder) == [])
        #expect(Self.unfilled(head) == [])
    }

    @Test func theSchemaListsExactlyWhatASnapshotHolds() throws {
        let (pathway, head) = Self.everyField
        // Schema 3 (the programs in their own file) and schema 2 (every program here, as the
        // JSON export writes it) between them write every field the list knows.
        let split = PathwayDocument.encode(
            pathway, head: head, historyFile: "p.history.jsonl", programFile: "p.programs.json")
        let whole = PathwayDocument.encode(pathway, head: head, historyFile: "p.history.jsonl", programFile: nil)
        var shapes: Set<String> = []
        for bytes in [split, whole] {
            shapes.formUnion(try #require(JSONSyntaxCheck.keyShapes(in: bytes, freeKeyed: SnapshotSchema.freeKeyed)))
            #expect(
                JSONSyntaxCheck.firstUnknownKey(
                    in: bytes, known: SnapshotSchema.known, freeKeyed: SnapshotSchema.freeKeyed)
                    == nil)
        }
        #expect(shapes.subtracting(SnapshotSchema.known).sorted() == [], "written but not in SnapshotSchema.known")
        #expect(SnapshotSchema.known.subtracting(shapes).sorted() == [], "in SnapshotSchema.known but never written")
        guard case .current(let read, _, .inline)? = try? PathwayDocument.decode(whole, path: "p.json") else {
            Issue.record("the sample does not read back")
            return
        }
        #expect(read == pathway)
        guard
            case .current(let glanced, _, .separate("p.programs.json"))? = try? PathwayDocument.decode(
                split, path: "p.json")
        else {
            Issue.record("the sample does not read back")
            return
        }
        #expect(glanced.programCount == pathway.programs.count)
        #expect(glanced.seasonSummary == pathway.seasonSummary)
        #expect(glanced.programs == ProgramGlance.inPlay(pathway.programs, rankOrder: pathway.rankOrder))
        // The programs' own file.
        let position = ProgramDocument.Position(log: head.log, seq: head.seq, bytes: head.bytes)
        let programs = ProgramDocument.encode(pathway.programs, at: position)
        let programShapes = try #require(
            JSONSyntaxCheck.keyShapes(in: programs, freeKeyed: SnapshotSchema.programFileFreeKeyed))
        #expect(programShapes == SnapshotSchema.programFileKnown)
        let (readPosition, readPrograms) = try ProgramDocument.decode(programs, path: "p.programs.json")
        #expect(readPosition == position)
        #expect(readPrograms == pathway.programs)
    }

    @Test func anUnknownKeyIsNamedByItsPlace() {
        let text = #"{"programs":[{"id":"pg-1"},{"id":"pg-2","dates":{"anything":"2026-01-01"},"rank":3}]}"#
        let known: Set<String> = ["programs", "programs[].id", "programs[].dates", "programs[].dates.*"]
        #expect(
            JSONSyntaxCheck.firstUnknownKey(in: Array(text.utf8), known: known, freeKeyed: ["programs[].dates"])
                == "programs[1].rank")
        // A null value is what the decoder reads as absent: nothing is lost.
        let null = #"{"programs":[{"id":"pg-1","rank":null}]}"#
        #expect(JSONSyntaxCheck.firstUnknownKey(in: Array(null.utf8), known: known, freeKeyed: []) == nil)
        // An unknown object is named, not a key inside it.
        let object = #"{"plans":{"a":1}}"#
        #expect(JSONSyntaxCheck.firstUnknownKey(in: Array(object.utf8), known: known, freeKeyed: []) == "plans")
    }

    @Test(arguments: [
        (#"{"a":1,"b":2,"a":3}"#, "a", 1, 14),
        (#"{"programs":[{"id":"pg-1"},{"name":"x","id":"pg-2","name":"y"}]}"#, "programs[1].name", 1, 52),
        (#"{"name":"Amina","n\u0061me":"EVIL"}"#, #"n\u0061me"#, 1, 17),
        ("{\n  \"b\" : 1,\n  \"a\" : 2,\n  \"b\" : 3\n}", "b", 4, 3),
    ])
    func aKeyWrittenTwiceInOneObjectIsFound(text: String, place: String, line: Int, column: Int) {
        let known: Set<String> = ["a", "b", "name", "n\\u0061me", "programs", "programs[].id", "programs[].name"]
        #expect(
            JSONSyntaxCheck.firstKeyProblem(in: Array(text.utf8), known: known, freeKeyed: [])
                == .repeated(place: place, line: line, column: column))
    }

    @Test func theSameKeyInDifferentObjectsOrOutOfOrderIsNoRepeat() {
        let text = #"{"b":{"a":1},"a":{"a":2,"b":3},"c":[{"a":1},{"a":1}]}"#
        let known: Set<String> = ["a", "b", "c", "b.a", "a.a", "a.b", "c[].a"]
        #expect(JSONSyntaxCheck.firstKeyProblem(in: Array(text.utf8), known: known, freeKeyed: []) == nil)
    }

    @Test func aSnapshotWithARepeatedKeyIsRefusedWithItsPlace() {
        let (pathway, head) = Self.everyField
        let text = String(
            decoding: PathwayDocument.encode(pathway, head: head, historyFile: "h", programFile: "p"), as: UTF8.self)
        let doubled = text.replacingOccurrences(
            of: "\"schemaVersion\" : 3,", with: "\"schemaVersion\" : 3, \"schemaVersion\" : 3,")
        #expect(doubled != text)
        #expect(throws: StoreError.self) { _ = try PathwayDocument.decode(Array(doubled.utf8), path: "p.json") }
        do {
            _ = try PathwayDocument.decode(Array(doubled.utf8), path: "p.json")
        } catch {
            #expect(error.description.contains("(schemaVersion)"))
            #expect(error.description.contains("written twice"))
        }
    }
}
