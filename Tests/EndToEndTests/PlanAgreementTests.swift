import Foundation
import Testing

/// Every reader of the plan says the same thing about the same file at several dates:
/// `status --json`'s `next`, `next --json`, `plan --json`, `agenda`, the calendar export, the
/// Markdown report and the main screen (its Next line and "Coming up"). See `PlanReaders` for
/// what is compared; a deliberate disagreement is shown to be caught.
@Suite struct PlanAgreementTests {
    struct Step: Decodable, Equatable {
        let milestone: String
        let status: String
        let date: String?
        let estimated: Bool
    }

    struct Status: Decodable { let next: Step? }

    struct Next: Decodable {
        let kind: String
        let date: String?
        let step: Step?
    }

    struct Item: Decodable {
        let kind: String
        let date: String?
        let text: String
        let milestone: String?
        let status: String?
        let estimated: Bool
    }

    /// Records `commands` through the command line, each expected to be accepted.
    static func file(_ commands: [[String]]) throws -> Harness {
        let h = Harness()
        for command in commands {
            let run = try h.run(command, environment: ["IMGPATH_NOW": "2026-12-06T12:00:00Z"])
            #expect(run.status == 0, "\(command): \(run.stderr)")
        }
        return h
    }

    static let certified: [[String]] =
        [
            ["mark", "step1", "passed", "--date", "2022-03-01"],
            ["mark", "step2ck", "passed", "--date", "2023-03-01", "--score", "240"],
        ] + ["usmleId", "clinicalSkills", "communication", "credentials"].map { ["tick", "ecfmg", $0] } + [
            ["mark", "ecfmg", "certified", "--date", "2023-06-01"]
        ]

    static let resident =
        certified + [
            ["mark", "eras", "submitted", "--date", "2024-09-25"],
            ["mark", "match", "matched", "--date", "2025-03-21"],
            ["mark", "residency", "inTraining", "--date", "2025-07-01"], ["set", "residency", "lengthYears", "3"],
            ["mark", "step3", "passed", "--date", "2026-03-01", "--score", "220"], ["set", "license", "state", "TX"],
        ]

    static let applicant =
        certified + [
            ["calendar", "cycle", "2027"], ["mark", "eras", "submitted", "--date", "2026-09-25"],
            ["mark", "match", "registered", "--date", "2026-10-01"],
        ]

    /// An applicant of the 2027 cycle with interviews 19 to 25 days before 2026-12-06 and no
    /// thank-you note: pg-1 (2026-11-11), pg-2 (2026-11-17), pg-3 (2026-11-14, reminder dismissed),
    /// and pg-4 interviewed ahead on 2026-12-15.
    static let interviews: [[String]] =
        applicant
        + ["Northfield IM", "Lakeside FM", "Harbor Peds", "Summit IM"].map { ["program", "add", $0] }
        + [["program", "mark", "pg-1", "pg-2", "pg-3", "pg-4", "applied", "--date", "2026-09-25"]]
        + [("pg-1", "2026-11-11"), ("pg-2", "2026-11-17"), ("pg-3", "2026-11-14")].flatMap { id, day in
            [
                ["program", "mark", id, "interviewScheduled", "--date", day],
                ["program", "mark", id, "interviewed", "--date", day],
            ]
        } + [
            ["program", "set", "pg-3", "thankYou", "dismissed"],
            ["program", "mark", "pg-4", "interviewScheduled", "--date", "2026-12-15"],
        ]

    static let carlos = ["2026-01-10", "2026-04-01", "2026-10-01"].map {
        ["mark", "step1", "failed", "--date", $0]
    }

    func decode<T: Decodable>(_ type: T.Type, _ run: Harness.Run) throws -> T {
        #expect(run.status == 0, "\(run.stderr)")
        return try JSONDecoder().decode(type, from: Data(run.stdout.utf8))
    }

    /// Every reader at `day`, checked against each other; returns the plan's first step.
    @discardableResult
    func agree(_ h: Harness, at day: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Step? {
        let readers = try PlanReaders(h, at: day)
        #expect(readers.problems.isEmpty, "\(readers.problems.joined(separator: "\n"))", sourceLocation: sourceLocation)
        let now = ["IMGPATH_NOW": day + "T12:00:00Z"]
        let status = try decode(Status.self, try h.run(["status", "--json"], environment: now))
        let next = try decode(Next.self, try h.run(["next", "--json"], environment: now))
        let plan = try decode([Item].self, try h.run(["plan", "--json"], environment: now))
        let firstStep = plan.first { $0.kind == "step" }.map {
            Step(milestone: $0.milestone ?? "", status: $0.status ?? "", date: $0.date, estimated: $0.estimated)
        }
        #expect(status.next == firstStep, "status and plan at \(day)")
        #expect(next.step == firstStep, "next and plan at \(day)")
        #expect(next.kind == plan.first?.kind ?? "none", "next is the plan's first item at \(day)")
        #expect(next.date == plan.first?.date, "next's date at \(day)")
        return firstStep
    }

    @Test func aResidentIsToldWhenTheLicenseAndTheEndOfResidencyCome() throws {
        let h = try Self.file(Self.resident)
        let december = try agree(h, at: "2026-12-06")
        #expect(december == Step(milestone: "license", status: "applied", date: "2027-07-01", estimated: false))
        let july = try agree(h, at: "2027-07-02")
        #expect(july == Step(milestone: "license", status: "applied", date: nil, estimated: false))
        // --days leaves out what is further away: the license step 207 days ahead.
        let near = try decode(
            [Item].self,
            try h.run(["plan", "--days", "100", "--json"], environment: ["IMGPATH_NOW": "2026-12-06T12:00:00Z"]))
        #expect(!near.contains { $0.milestone == "license" })
        // Every key is there, a missing date or program as null.
        let raw = try h.run(["plan", "--json"], environment: ["IMGPATH_NOW": "2028-07-02T12:00:00Z"]).stdout
        #expect(raw.contains("\"date\" : null"))
        #expect(raw.contains("\"program\" : null"))
        let text = try h.run(["plan"], environment: ["IMGPATH_NOW": "2026-12-06T12:00:00Z"]).stdout
        #expect(
            text.contains("2027-07-01             in 207 days   [>] License: applied  (imgpath mark license applied)"))
        #expect(text.contains("TX also requires USMLE Step 3 and the Texas Medical Jurisprudence Exam"))
        let end = try agree(h, at: "2028-07-02")
        #expect(end == Step(milestone: "residency", status: "completed", date: nil, estimated: false))
    }

    /// The Match's step in the plan at `day`.
    func matchStep(_ h: Harness, at day: String) throws -> Item? {
        let now = ["IMGPATH_NOW": day + "T12:00:00Z"]
        return try decode([Item].self, try h.run(["plan", "--json"], environment: now)).first {
            $0.kind == "step" && $0.milestone == "match"
        }
    }

    @Test func anApplicantIsNotToldMatchedBeforeMatchDay() throws {
        let h = try Self.file(Self.applicant)
        // Certified, so Step 3 can be registered for now: that is the first step; the Match's waits.
        #expect(try agree(h, at: "2026-12-06")?.milestone == "step3")
        var step = try matchStep(h, at: "2026-12-06")
        #expect(step?.status == "ranked")
        #expect(step?.date == "2027-01-15")
        #expect(step?.estimated == true)
        let ranked = ["IMGPATH_NOW": "2027-02-01T12:00:00Z"]
        #expect(try h.run(["mark", "match", "ranked", "--date", "2027-02-01"], environment: ranked).status == 0)
        _ = try agree(h, at: "2027-02-01")
        step = try matchStep(h, at: "2027-02-01")
        #expect(step?.status == "matched")
        #expect(step?.date == "2027-03-19")
        #expect(step?.estimated == true)
        _ = try agree(h, at: "2027-03-19")
        step = try matchStep(h, at: "2027-03-19")
        #expect(step?.status == "matched")
        #expect(step?.date == nil)
    }

    @Test func aRetakeIsDatedAndTheLastAttemptSaid() throws {
        let h = try Self.file(Self.carlos)
        let step = try agree(h, at: "2026-12-06")
        #expect(step?.milestone == "step1")
        #expect(step?.date == nil)
        let now = ["IMGPATH_NOW": "2026-12-06T12:00:00Z"]
        for command in [["next"], ["status"]] {
            let text = try h.run(command, environment: now).stdout
            #expect(text.contains("earliest next attempt 2027-04-01"), "\(command)")
            #expect(text.contains("attempt 4 is the last allowed"), "\(command)")
        }
        #expect(try agree(h, at: "2027-04-02")?.milestone == "step1")
        let later = try h.run(["next"], environment: ["IMGPATH_NOW": "2027-04-02T12:00:00Z"]).stdout
        #expect(!later.contains("earliest next attempt"))
    }

    @Test func aCertifiedPersonAgreesEverywhereAndHasNoCertificateDeadline() throws {
        let h = try Self.file(Self.certified)
        for day in ["2026-12-06", "2027-05-01", "2027-07-02"] {
            try agree(h, at: day)
            let readers = try PlanReaders(h, at: day)
            #expect(!readers.plan.contains { $0.id == "ecfmgCertificationDeadline" }, "\(day)")
            #expect(!readers.events.contains { $0.uid.hasSuffix("ecfmgCertificationDeadline") && $0.day >= day })
        }
    }

    @Test func thankYouNotesStayOverdueEverywhereUntilRecordedOrDismissed() throws {
        let h = try Self.file(Self.interviews)
        try agree(h, at: "2026-12-06")
        let readers = try PlanReaders(h, at: "2026-12-06")
        // 24 and 18 days after the interview: overdue since the day after, wherever the plan is read.
        #expect(readers.plan.filter { $0.kind == "overdue" }.map(\.id) == ["pg-1-thanks", "pg-2-thanks"])
        #expect(readers.comingUp.first?.hasPrefix("!24d Thank-you note to Northfie") == true, "\(readers.comingUp)")
        #expect(readers.events.contains { $0.uid == "thanks-pg-1" })
        #expect(!readers.events.contains { $0.uid == "thanks-pg-3" }, "a dismissed reminder is not in the calendar")
        #expect(readers.report.contains { $0.hasPrefix("- Overdue since 2026-11-12") })
        // Later dates: the notes are still overdue; the Match's dates come and go.
        for day in ["2026-12-20", "2027-02-01", "2027-03-19"] { try agree(h, at: day) }
        let now = ["IMGPATH_NOW": "2026-12-07T12:00:00Z"]
        #expect(try h.run(["program", "set", "pg-1", "thankYou", "2026-12-07"], environment: now).status == 0)
        try agree(h, at: "2026-12-07")
        #expect(try PlanReaders(h, at: "2026-12-07").plan.filter { $0.kind == "overdue" }.map(\.id) == ["pg-2-thanks"])
    }

    @Test func theCasesAgreeAtEveryDate() throws {
        for (name, commands, days) in [
            ("resident", Self.resident, ["2026-12-06", "2027-06-30", "2027-07-02", "2028-06-30", "2028-07-02"]),
            ("applicant", Self.applicant, ["2026-12-06", "2027-01-15", "2027-02-24", "2027-03-20"]),
            ("carlos", Self.carlos, ["2026-12-06", "2027-03-31", "2027-04-02"]),
        ] {
            let h = try Self.file(commands)
            for day in days {
                let problems = try PlanReaders(h, at: day).problems
                #expect(problems.isEmpty, "\(name): \(problems.joined(separator: "\n"))")
            }
        }
    }

    /// The check is not blind: each reader, changed to say something else, is caught.
    @Test func aDeliberateDisagreementIsCaught() throws {
        let h = try Self.file(Self.interviews)
        let readers = try PlanReaders(h, at: "2026-12-06")
        #expect(readers.problems.isEmpty, "\(readers.problems)")
        var broken = readers
        broken.events.removeAll { $0.uid == "thanks-pg-1" }
        #expect(broken.problems.contains { $0.contains("thanks-pg-1") }, "a missing calendar event")
        broken = readers
        broken.events.append(PlanReaders.Event(uid: "thanks-pg-3", day: "2026-12-06", summary: "Thank-you note"))
        #expect(broken.problems.contains { $0.contains("thanks-pg-3") }, "a calendar event the plan has not")
        broken = readers
        broken.next = PlanReaders.Next(kind: broken.next.kind, date: "2027-01-01", step: broken.next.step)
        #expect(!broken.problems.isEmpty, "next on another day")
        broken = readers
        broken.agenda = PlanReaders.Agenda(cycle: readers.agenda.cycle, overdue: [], upcoming: readers.agenda.upcoming)
        #expect(!broken.problems.isEmpty, "an agenda without the overdue notes")
        broken = readers
        broken.report.removeLast()
        #expect(!broken.problems.isEmpty, "a report that leaves a date out")
        broken = readers
        broken.comingUp.swapAt(0, 1)
        #expect(!broken.problems.isEmpty, "Coming up in another order")
        broken = readers
        broken.nextLine = " Next: NRMP Match -> matched"
        #expect(!broken.problems.isEmpty, "a Next line naming another step")
        broken = readers
        broken.plan.append(
            PlanReaders.Item(
                kind: "season", date: "2026-03-20", daysLeft: -261, text: "Match Day", milestone: "match", program: nil,
                status: nil, estimated: false, id: "matchDay"))
        #expect(!broken.problems.isEmpty, "something past listed as coming up")
    }
}
