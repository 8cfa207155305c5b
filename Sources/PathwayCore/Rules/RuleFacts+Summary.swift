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
        lines += [
            (
                "OET Medicine for the communication skills requirement: "
                    + oetMinimums.map { "\($0.subtest) \($0.score)" }.joined(separator: ", ")
                    + " in one sitting, taken on or after \(oetRecentFrom) (editable per Pathway year)", oetSource
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
                "US training for a license: at least \(minimumTrainingYearsAnyState) year in every state, "
                    + "\(defaultRequiredTrainingYears) by default (editable per state; warns)",
                requiredTrainingYearsSource
            ),
            ("H-1B for patient care: Step 1, Step 2 CK and Step 3 required before the petition (warns)", h1bSource),
            (
                "Pathway-based ECFMG certificates: valid for entering residency through a date (warns after it)",
                certificateValiditySource
            ),
        ]
        return lines
    }
}
