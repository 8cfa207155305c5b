import Testing

@testable import PathwayCore

/// A program's fields, status moves and fit warnings.
@Suite struct ProgramTests {
    @Test func programCodesAreCheckedForShapeOnly() {
        #expect(NRMPProgramCode.validate(" 1000140c0 ") == .success("1000140C0"))
        #expect(NRMPProgramCode.validate("1000140C12") == .success("1000140C12"))
        for bad in ["1000140X0", "100014C0", "1000140C", "1000140C0000", "١٠٠٠140C0", ""] {
            guard case .failure(let error) = NRMPProgramCode.validate(bad) else {
                Issue.record("\(bad) accepted")
                continue
            }
            #expect(error.reason.contains("1000140C0"))
        }
    }

    @Test func fieldsReadWhatPeopleTypeAndRefuseTheRest() {
        var program = Program(id: "pg-1", name: "Mercy")
        #expect(ProgramField.state.set(" ny", on: &program) == nil)
        #expect(program.state == "NY")
        #expect(ProgramField.state.set("ZZ", on: &program)?.reason.contains("not a US state") == true)
        #expect(program.state == "NY")
        #expect(ProgramField.visa.set("J-1", on: &program) == nil)
        #expect(program.visa == .j1)
        #expect(ProgramField.fee.set("$1,050.5", on: &program) == nil)
        #expect(program.feeCents == 105_050)
        #expect(ProgramField.fee.text(of: program) == "1050.50")
        #expect(ProgramField.fee.set("-5", on: &program) != nil)
        #expect(ProgramField.minimumStep2Score.set("-5", on: &program) != nil)
        #expect(ProgramField.minimumStep2Score.set("301", on: &program) != nil)
        #expect(ProgramField.minimumStep2Score.set("230", on: &program) == nil)
        #expect(program.minimumStep2Score == 230)
        #expect(ProgramField.minimumStep2Score.set("", on: &program) == nil)
        #expect(program.minimumStep2Score == nil)
        #expect(ProgramField.name.set("  ", on: &program) != nil)
        #expect(ProgramField.requiresUSClinicalExperience.set("Yes", on: &program) == nil)
        #expect(program.requiresUSClinicalExperience == true)
        #expect(ProgramField(lenient: "min-step2") == .minimumStep2Score)
        #expect(ProgramField(lenient: "Visa sponsorship") == .visa)
    }

    @Test(arguments: ProgramStatus.allCases)
    func movesGoForwardOrEndNeverBack(_ from: ProgramStatus) {
        for to in ProgramStatus.allCases {
            let allowed = ProgramTransitions.refusal(from: from, to: to) == nil
            let expected: Bool
            switch (from.progress, to.progress) {
            case (nil, _): expected = false
            case (.some, _) where from == to: expected = false
            case (.some, nil): expected = to == .withdrawn || from != .considering
            case (.some(let a), .some(let b)): expected = b > a
            }
            #expect(allowed == expected, "\(from) -> \(to)")
        }
    }

    @Test func fitWarningsComeFromThePersonsOwnData() {
        var program = Program(id: "pg-1", name: "Mercy")
        program.visa = .h1b
        program.minimumStep2Score = 230
        program.maximumYearsSinceGraduation = 5
        program.requiresUSClinicalExperience = true
        let applicant = ProgramFit.Applicant(
            citizenship: .other, visaTrack: .j1, step2Score: 225, graduationYear: 2015, hasHandsOnExperience: nil,
            today: CalendarDay(year: 2026, month: 11, day: 26)!)
        let kinds = ProgramFit.warnings(for: program, applicant: applicant).map(\.kind)
        #expect(kinds == [.visa, .score, .graduationYear, .clinicalExperience])

        var fits = applicant
        fits.visaTrack = .h1b
        fits.step2Score = 230
        fits.graduationYear = 2021
        fits.hasHandsOnExperience = true
        #expect(ProgramFit.warnings(for: program, applicant: fits).isEmpty)

        // A citizen needs no visa; a program that sponsors none is no problem for them.
        program.visa = .none
        var citizen = fits
        citizen.citizenship = .usCitizen
        #expect(ProgramFit.warnings(for: program, applicant: citizen).isEmpty)
        #expect(ProgramFit.warnings(for: program, applicant: fits).map(\.kind) == [.visa])
    }
}
