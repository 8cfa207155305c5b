/// The eight milestones as data: names, statuses, sub-items and fields (see PATHWAY.md).
public enum MilestoneCatalog {
    public static let all: [MilestoneInfo] = MilestoneID.allCases.map(info(for:))

    public static subscript(id: MilestoneID) -> MilestoneInfo { all[id.order] }

    private static let examStatuses: [Status] = [.notStarted, .registered, .scheduled, .failed, .passed]
    private static let eligibility = [
        DetailField("eligibilityStart", "Eligibility starts", .date),
        DetailField("eligibilityEnd", "Eligibility ends", .date),
        DetailField("usmleId", "USMLE ID"),
    ]
    /// Step 1 is pass/fail (and has no cut-off in the passing score table); the scored Steps let the
    /// person enter the cut-off of their exam date when it differs from the published one.
    private static let passingScore = DetailField(
        "passingScore", "Passing score (if not the published one)", .number(1...300))

    private static func info(for id: MilestoneID) -> MilestoneInfo {
        switch id {
        case .step1:
            exam(id, "USMLE Step 1", "Step 1")
        case .step2ck:
            exam(id, "USMLE Step 2 CK", "Step 2 CK")
        case .step3:
            exam(id, "USMLE Step 3", "Step 3")
        case .ecfmg:
            MilestoneInfo(
                id: id, name: "ECFMG certification", shortName: "ECFMG",
                statuses: [.notStarted, .inProgress, .certified], doneStatuses: [.certified],
                attemptStatuses: [],
                items: [
                    ChecklistItem("usmleId", "USMLE/ECFMG ID obtained"),
                    ChecklistItem("clinicalSkills", "Clinical skills requirement (an ECFMG Pathway)"),
                    ChecklistItem("communication", "Communication skills requirement (OET Medicine)"),
                    ChecklistItem("credentials", "Diploma and transcript verified"),
                ],
                fields: [
                    DetailField("pathway", "Pathway / year"),
                    DetailField("oetDate", "OET date", .date),
                    DetailField("oetListening", "OET Listening", .number(0...500)),
                    DetailField("oetReading", "OET Reading", .number(0...500)),
                    DetailField("oetWriting", "OET Writing", .number(0...500)),
                    DetailField("oetSpeaking", "OET Speaking", .number(0...500)),
                    DetailField("oetRecentFrom", "OET accepted from (your Pathway year)", .date),
                    DetailField(
                        "oetMinimums", "OET minimums (L/R/W/S, your Pathway year)", .numbers(count: 4, 0...500)),
                    DetailField("validThrough", "Valid through (a Pathway-based certificate)", .date),
                ])
        case .eras:
            MilestoneInfo(
                id: id, name: "ERAS application", shortName: "ERAS",
                statuses: [.notStarted, .preparing, .submitted, .interviewing],
                doneStatuses: [.submitted, .interviewing], attemptStatuses: [],
                items: [
                    ChecklistItem("cv", "CV"),
                    ChecklistItem("personalStatement", "Personal statement"),
                    ChecklistItem("letters", "Letters of recommendation uploaded"),
                    ChecklistItem("mspe", "MSPE (dean's letter)"),
                    ChecklistItem("transcript", "Medical school transcript"),
                    ChecklistItem("photo", "Photo"),
                    ChecklistItem("usmleTranscript", "USMLE transcript released"),
                    ChecklistItem("token", "ERAS token from ECFMG (IMGs)"),
                ],
                fields: [
                    DetailField("letterCount", "Letters (count)", .number(0...20)),
                    DetailField("usLetters", "US letters", .number(0...20)),
                    DetailField("programs", "Programs applied", .number(0...2000)),
                    DetailField("interviews", "Interviews", .number(0...500)),
                    DetailField("cycle", "Match cycle", .number(2000...2100)),
                ])
        case .match:
            MilestoneInfo(
                id: id, name: "NRMP Match", shortName: "Match",
                statuses: [.notStarted, .registered, .ranked, .unmatched, .soap, .matched],
                doneStatuses: [.matched], attemptStatuses: [],
                items: [],
                fields: [
                    DetailField("cycle", "Match cycle", .number(2000...2100)),
                    DetailField("programsRanked", "Programs ranked", .number(0...500)),
                    DetailField("program", "Matched program"),
                ])
        case .residency:
            MilestoneInfo(
                id: id, name: "Residency", shortName: "Residency",
                statuses: [.notStarted, .inTraining, .completed], doneStatuses: [.completed],
                attemptStatuses: [],
                items: [],
                fields: [
                    DetailField("specialty", "Specialty"),
                    DetailField("program", "Program"),
                    DetailField("startDate", "Start date", .date),
                    DetailField("lengthYears", "Length (years)", .number(1...10)),
                    DetailField("pgy", "Current PGY year", .number(1...10)),
                ])
        case .license:
            MilestoneInfo(
                id: id, name: "Medical license", shortName: "License",
                statuses: [.notStarted, .applied, .granted], doneStatuses: [.granted],
                attemptStatuses: [],
                items: [],
                fields: [
                    DetailField("state", "State", .usState),
                    DetailField(
                        "requiredYears", "Years required", .number(1...10)),
                    DetailField("licenseNumber", "License number"),
                ])
        }
    }

    private static func exam(_ id: MilestoneID, _ name: String, _ short: String) -> MilestoneInfo {
        MilestoneInfo(
            id: id, name: name, shortName: short, statuses: examStatuses, doneStatuses: [.passed],
            attemptStatuses: [.passed, .failed], items: [],
            fields: id == .step1 ? eligibility : eligibility + [passingScore])
    }
}
