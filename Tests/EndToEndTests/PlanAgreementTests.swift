import Foundation
import Testing

/// `status --json`'s `next`, `next --json` and `plan --json` read one plan: at every date they
/// give the same step with the same date, and `next` is the plan's first item.
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

    static let carlos = ["2026-01-10", "2026-04-01", "2026-10-01"].map {
        ["mark", "step1", "failed", "--date", $0]
    }

    func decode<T: Decodable>(_ type: T.Type, _ run: Harness.Run) throws -> T {
        #expect(run.status == 0, "\(run.stderr)")
        return try JSONDecoder().decode(type, from: Data(run.stdout.utf8))
    }

    /// The three views at `day`, checked against each other; returns the plan's first step.
    func agree(_ h: Harness, at day: String) throws -> Step? {
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
}
