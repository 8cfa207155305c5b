import Testing

@testable import PathwayCore

/// Clinical experience dates and weeks, and the ERAS letter warnings.
@Suite struct LetterRulesTests {
    func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }

    @Test func weeksCountBothEndsAndAnEndBeforeTheStartIsRefused() {
        let fourWeeks = ClinicalExperience(
            id: "ce-1", kind: .handsOn, site: "Mercy", start: day("2026-06-01"), end: day("2026-06-26"))
        #expect(fourWeeks.weeks == 4)
        let oneDay = ClinicalExperience(
            id: "ce-2", kind: .observership, site: "Mercy", start: day("2026-06-01"), end: day("2026-06-01"))
        #expect(oneDay.weeks == 1)
        #expect(ClinicalExperience.datesRefusal(start: day("2026-06-02"), end: day("2026-06-01")) != nil)
        #expect(ClinicalExperience.datesRefusal(start: day("2026-06-01"), end: day("2026-06-01")) == nil)
    }

    @Test func kindsReadLeniently() {
        #expect(ExperienceKind(lenient: "hands on") == .handsOn)
        #expect(ExperienceKind(lenient: "Externship") == .handsOn)
        #expect(ExperienceKind(lenient: "obs") == .observership)
        #expect(ExperienceKind(lenient: "vacation") == nil)
    }

    @Test func tooManyLettersForAProgramAndLettersAssignedBeforeReceiptAreWarned() {
        var letters = (1...5).map { number -> Letter in
            var letter = Letter(id: Letter.id(number: number), writer: "Dr \(number)")
            letter.received = day("2026-08-01")
            letter.assignments["pg-1"] = day("2026-09-01")
            return letter
        }
        letters[4].received = nil
        letters[3].received = day("2026-09-02")
        let warnings = LetterRules.warnings(letters: letters, programIDs: ["pg-1", "pg-2"], limit: 4)
        #expect(warnings.map(\.programID) == ["pg-1", "pg-1", "pg-1"])
        #expect(warnings.map(\.letterID) == [nil, "lr-4", "lr-5"])
        #expect(warnings[0].message.contains("5 letters"))
        #expect(warnings[2].message.contains("has not received"))
        #expect(LetterRules.warnings(letters: Array(letters.prefix(3)), programIDs: ["pg-1"], limit: 4).isEmpty)
        #expect(LetterRules.warnings(letters: Array(letters.prefix(3)), programIDs: ["pg-1"], limit: 2).count == 1)
    }

    @Test func aLetterBeforeItsRotationStartsIsWarnedWithItsSource() {
        let rotation = ClinicalExperience(
            id: "ce-6", kind: .handsOn, site: "Mercy", start: day("2027-02-01"), end: day("2027-02-28"))
        var letter = Letter(id: "lr-2", writer: "Dr Lee")
        letter.experienceID = "ce-6"
        letter.requested = day("2026-07-01")
        var warnings = LetterRules.warnings(letters: [letter], programIDs: [], limit: 4, experiences: [rotation])
        #expect(
            warnings.map(\.message) == [
                "lr-2 was requested on 2026-07-01, before its rotation ce-6 starts on 2027-02-01"
            ])
        #expect(warnings.map(\.kind) == [.beforeExperience])
        #expect(warnings.first.map(LetterRules.source(of:)) == LetterRules.experienceStartSource)
        letter.requested = nil
        letter.received = day("2027-01-15")
        warnings = LetterRules.warnings(letters: [letter], programIDs: [], limit: 4, experiences: [rotation])
        #expect(
            warnings.map(\.message) == [
                "lr-2 was received by ERAS on 2027-01-15, before its rotation ce-6 starts on 2027-02-01"
            ])
        letter.requested = day("2027-02-01")
        letter.received = day("2027-03-01")
        #expect(LetterRules.warnings(letters: [letter], programIDs: [], limit: 4, experiences: [rotation]).isEmpty)
    }

    @Test func thePersonsOwnLimitIsNotCitedAsERASs() {
        let letters = (1...4).map { number -> Letter in
            var letter = Letter(id: Letter.id(number: number), writer: "Dr \(number)")
            letter.received = day("2026-08-01")
            letter.assignments["pg-1"] = day("2026-09-01")
            return letter
        }
        let own = LetterRules.warnings(letters: letters, programIDs: ["pg-1"], limit: 3, customLimit: true)
        #expect(own.map(\.message) == ["pg-1 has 4 letters assigned; over your limit of 3 per program"])
        #expect(own.first.map(LetterRules.source(of:))?.hasPrefix("ERAS allows 4, source aamc.org") == true)
        let eras = LetterRules.warnings(letters: letters, programIDs: ["pg-1"], limit: 3)
        #expect(eras.first?.message.hasSuffix("ERAS allows 3 per program") == true)
        #expect(eras.first.map(LetterRules.source(of:)) == LetterRules.perProgramLimitSource)
    }

    @Test func plannedExperienceIsCountedApartAndDoesNotSatisfyAProgram() {
        let today = day("2026-11-26")
        let done = ClinicalExperience(
            id: "ce-1", kind: .observership, site: "Mercy", start: day("2026-06-01"), end: day("2026-06-28"))
        let planned = ClinicalExperience(
            id: "ce-2", kind: .handsOn, site: "Hope", start: day("2027-02-01"), end: day("2027-02-28"))
        #expect(ClinicalExperience.weeks([done, planned], today: today) == (done: 4, planned: 4))
        #expect(ClinicalExperience.weeksText([done, planned], today: today) == "4 weeks done, 4 planned")
        #expect(ClinicalExperience.weeksText([done], today: today) == "4 weeks")
        #expect(ClinicalExperience.weeksByKind([done, planned], today: today).map(\.kind) == [.observership])
        var pathway = Pathway()
        pathway.apply(.addExperience(done))
        pathway.apply(.addExperience(planned))
        var program = Program(id: "pg-1", name: "Mercy IM")
        program.requiresUSClinicalExperience = true
        let fits = ProgramFit.warnings(for: program, applicant: ProgramFit.Applicant(pathway: pathway, today: today))
        #expect(
            fits.map(\.message) == ["it requires US clinical experience and no hands-on experience has started yet"])
    }

    @Test func kindAliasesAreListedAndRead() {
        for alias in ExperienceKind.handsOn.aliases { #expect(ExperienceKind(lenient: alias) == .handsOn, "\(alias)") }
        #expect(
            ExperienceKind.namesWithAliases.contains("handsOn (or externship, extern, elective, rotation, clerkship"))
        #expect(ExperienceKind(lenient: "hands on") == .handsOn)
        #expect(ExperienceKind(lenient: "handsonrotation") == .handsOn)
    }
}
