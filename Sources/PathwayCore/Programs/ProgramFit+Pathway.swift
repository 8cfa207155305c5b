extension ProgramFit.Applicant {
    /// The person as their pathway records them: profile, the Step 2 CK score of the pass, and
    /// (until clinical experience is recorded entry by entry) no hands-on experience known.
    public init(pathway: Pathway, today: CalendarDay) {
        let step2 = pathway[.step2ck].attempts.last { $0.result == .passed }?.score
        self.init(
            citizenship: pathway.profile.citizenship, visaTrack: pathway.profile.visaTrack, step2Score: step2,
            graduationYear: pathway.profile.graduationYear, hasHandsOnExperience: nil, today: today)
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
