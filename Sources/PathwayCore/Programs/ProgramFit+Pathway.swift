extension ProgramFit.Applicant {
    /// The person as their pathway records them: profile, the Step 2 CK score of the pass, and
    /// hands-on US experience from the recorded entries (not known while none is recorded).
    public init(pathway: Pathway, today: CalendarDay) {
        let step2 = pathway[.step2ck].attempts.last { $0.result == .passed }?.score
        // A planned rotation that has not started yet does not count as experience.
        let handsOn: Bool? =
            pathway.experiences.isEmpty
            ? nil : pathway.experiences.contains { $0.kind == .handsOn && $0.start <= today }
        self.init(
            citizenship: pathway.profile.citizenship, visaTrack: pathway.profile.visaTrack, step2Score: step2,
            graduationYear: pathway.profile.graduationYear, hasHandsOnExperience: handsOn, today: today)
        hasPlannedHandsOnExperience = pathway.experiences.contains { $0.kind == .handsOn && $0.start > today }
    }
}

extension Pathway {
    /// The fit warnings of every program, by program id.
    public func programFits(today: CalendarDay) -> [String: [ProgramFit]] {
        let applicant = ProgramFit.Applicant(pathway: self, today: today)
        var fits: [String: [ProgramFit]] = [:]
        for program in programs {
            let found = ProgramFit.warnings(for: program, applicant: applicant)
            if !found.isEmpty { fits[program.id] = found }
        }
        return fits
    }
}
