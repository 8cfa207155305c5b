extension RuleFacts {
    /// The facts beside the transition table, one line each with its source and year, as
    /// `imgpath rules`, the help screen and the README print them.
    public static var summary: [(fact: String, source: String)] {
        var lines: [(String, String)] = [
            (
                "USMLE attempt limit: \(usmleAttemptLimit) per Step, incomplete attempts included; reaching it "
                    + "without a pass ends eligibility for every Step", usmleAttemptLimitSource
            ),
            (
                "Retake spacing: at most \(attemptsPerYear) attempts at a Step within 12 months; a 4th at least "
                    + "\(monthsAfterFirstAttempt) months after the first and \(monthsAfterLatestAttempt) after the latest "
                    + "(strict for new attempts)", retakeSpacingSource
            ),
            ("Step 1 scores: only for exams on or before 2022-01-25", step1PassFailSource),
            (
                "Chronology (strict): no result in the future or before \(earliestResultDay); ECFMG certification "
                    + "not before the Step 1 and Step 2 CK passes; residency not before the recorded match or the "
                    + "certification; a license not before the certification; attempts kept in date order",
                chronologySource
            ),
        ]
        for row in PassingScore.table {
            lines.append(
                (
                    "Passing score \(MilestoneCatalog[row.exam].shortName): \(row.score) from \(row.from) "
                        + "(warns only; your exam's own figure wins)", row.source
                ))
        }
        let book = FactBook.current
        let oet = OETRequirement.recency(in: Pathway(), book: book)
        let texas = texasTrainingYears(book)
        lines += [
            (
                "OET Medicine for the communication skills requirement: "
                    + oetMinimums.map { "\($0.subtest) \($0.score)" }.joined(separator: ", ")
                    + " in one sitting, taken on or after \(oet.day) (\(oet.label); enter your Pathway year's "
                    + "figures on the ECFMG step)", oetSource
            ),
            (
                "ECFMG certification: the exams passed within \(ecfmgWindowYears) years of the first one (warns)",
                ecfmgWindowSource
            ),
            (
                "The Match needs ECFMG's verification of Step 1, Step 2 CK, clinical and communication skills by "
                    + "the rank order list deadline, not the certificate (warns)", nrmpVerificationSource
            ),
            (
                "A license needs ECFMG certification (strict), alternative state pathways included",
                licenseNeedsECFMGSource
            ),
            (
                "US training for a license: at least \(minimumTrainingYearsAnyState) year in every state; "
                    + texas + "elsewhere \(defaultRequiredTrainingYears), the most common figure, until you enter "
                    + "your state's (warns)",
                requiredTrainingYearsSource
            ),
            (
                "Alternative licensure pathways without US residency (information, not tracked): "
                    + book.text(.alternativePathwayStates), book.label(.alternativePathwayStates)
            ),
            ("H-1B for patient care: Step 1, Step 2 CK and Step 3 required before the petition (warns)", h1bSource),
            (h1bPaymentLine(book), book.label(.h1bNewPetitionPayment)),
            ("H-1B: \(book.text(.h1bPaymentExemption))", book.label(.h1bPaymentExemption)),
            ("J-1: \(book.text(.j1HomeResidency))", book.label(.j1HomeResidency)),
            ("J-1: \(book.text(.j1StatementOfNeed))", book.label(.j1StatementOfNeed)),
            (
                "Pathway-based ECFMG certificates: valid for entering residency through a date (warns after it)",
                certificateValiditySource
            ),
        ]
        return lines
    }

    /// "Texas 2 (Tex. Occ. Code §155.003); ", or nothing when the facts have no Texas figure.
    private static func texasTrainingYears(_ book: FactBook) -> String {
        guard let fact = book[FactBook.stateID("TX", .stateTrainingYears)], let years = fact.integer else { return "" }
        return "Texas \(years) (\(book.label(of: fact))); "
    }

    /// The H-1B payment for a new petition from abroad, with the day it applies from.
    private static func h1bPaymentLine(_ book: FactBook) -> String {
        let amount = book.integer(.h1bNewPetitionPayment).groupedInThousands
        let from = book[.h1bNewPetitionPayment]?.from.map { ", from \($0)" } ?? ""
        return "H-1B: a $\(amount) payment for a new petition for a person outside the US\(from)"
    }
}
