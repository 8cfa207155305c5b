/// Every field a snapshot (schema 2 or 3) or a programs file may hold, by place (`programs[].code`: `[]` is any element
/// of a list, `*` any key of an object that maps names to values).
///
/// A snapshot is read with `JSONDecoder`, which skips a field it does not know without a word;
/// saving would then drop it. Comparing the file's keys with this list finds such a field in one
/// pass over the bytes, without encoding the snapshot again to see what the decoder kept. A
/// test encodes a snapshot with every field filled in and checks it against this list, so a
/// field added to the file must be added here too.
enum SnapshotSchema {
    /// Objects whose keys are data (status names, item ids, program ids), not fields.
    static let freeKeyed: Set<String> = [
        "milestones[].record.dates", "milestones[].record.items", "milestones[].record.details",
        "programs[].dates", "letters[].assignments", "programList.inPlay[].dates",
        "programList.glance.summary.byStatus",
        "programList.glance.summary.byVisa",
    ]

    /// A program's fields, after its list's place (`programs[]`).
    static let programFields: [String] = [
        ".id", ".name", ".code", ".specialty", ".city", ".state", ".visa", ".minimumStep2Score",
        ".maximumYearsSinceGraduation", ".requiresUSClinicalExperience", ".feeCents", ".notes", ".status", ".dates",
        ".dates.*", ".thankYouSent", ".soap", ".thankYouDismissed", ".interviewTime", ".interviewTimeZone",
        ".interviewFormat", ".interviewPlace", ".interviewer", ".interviewNotes", ".rating",
    ]

    /// Every place a value of the programs' own file may be.
    static let programFileKnown: Set<String> = Set(
        ["schemaVersion", "generator", "history", "history.log", "history.seq", "history.bytes", "programs"]
            + programFields.map { "programs[]" + $0 })

    /// The programs' file's objects whose keys are data.
    static let programFileFreeKeyed: Set<String> = ["programs[].dates"]

    /// Every place a value may be, in `JSONSyntaxCheck.firstUnknownKey`'s notation.
    static let known: Set<String> = Set([
        "schemaVersion", "generator",
        "history", "history.file", "history.log", "history.seq", "history.bytes", "history.undo", "history.redo",
        "history.lastAt",
        "profile", "profile.name", "profile.medicalSchool", "profile.schoolCountry", "profile.graduationYear",
        "profile.citizenship", "profile.visaTrack", "profile.targetSpecialty",
        "milestones", "milestones[].id", "milestones[].done", "milestones[].record", "milestones[].record.status",
        "milestones[].record.dates", "milestones[].record.dates.*", "milestones[].record.attempts",
        "milestones[].record.attempts[].date", "milestones[].record.attempts[].result",
        "milestones[].record.attempts[].score", "milestones[].record.items", "milestones[].record.items.*",
        "milestones[].record.details", "milestones[].record.details.*", "milestones[].record.notes",
        "deadlines", "deadlines[].id", "deadlines[].milestone", "deadlines[].title", "deadlines[].date",
        "deadlines[].note", "deadlines[].done", "lastDeadlineNumber",
        "seasonCycle", "seasonDates", "seasonDates[].cycle", "seasonDates[].event", "seasonDates[].date",
        "programs", "lastProgramNumber", "programList", "programList.file", "programList.glance",
        "programList.glance.count", "programList.glance.summary", "programList.glance.summary.byStatus",
        "programList.glance.summary.byStatus.*", "programList.glance.summary.byVisa",
        "programList.glance.summary.byVisa.*", "programList.glance.summary.applied",
        "programList.glance.summary.interviews", "programList.glance.summary.ranked", "programList.glance.summary.soap",
        "programList.glance.summary.feeCents", "programList.glance.summary.feesRecorded", "programList.glance.lettered",
        "programList.glance.lettered[].id", "programList.glance.lettered[].name", "programList.glance.bySpecialty",
        "programList.glance.bySpecialty[].specialty", "programList.glance.bySpecialty[].count", "programList.inPlay",
        "rankOrder", "rankOrder.order", "rankOrder.certifiedOn",
        "experiences", "experiences[].id", "experiences[].kind", "experiences[].site", "experiences[].city",
        "experiences[].state", "experiences[].specialty", "experiences[].start", "experiences[].end",
        "experiences[].supervisor", "experiences[].notes", "lastExperienceNumber",
        "letters", "letters[].id", "letters[].writer", "letters[].title", "letters[].specialty",
        "letters[].institution", "letters[].usPhysician", "letters[].experienceID", "letters[].requested",
        "letters[].received", "letters[].assignments", "letters[].assignments.*", "lastLetterNumber", "letterLimit",
    ]).union(programFields.map { "programs[]" + $0 }).union(programFields.map { "programList.inPlay[]" + $0 })
}
