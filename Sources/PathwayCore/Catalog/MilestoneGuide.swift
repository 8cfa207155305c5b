/// A short "about" for each milestone: what it is, what it needs, typical timing, with where the
/// facts come from. Written for imgpath from PATHWAY.md and the seed text.
public enum MilestoneGuide {
    /// "Listening 350, Reading 350, Writing 300, Speaking 350", put together by hand: `joined` on
    /// the first frame's path costs a run-time type lookup worth more than the whole text.
    private static var oetMinimums: String {
        var text = ""
        for (subtest, score) in RuleFacts.oetMinimums {
            if !text.isEmpty { text += ", " }
            text += "\(subtest) \(score)"
        }
        return text
    }

    /// The text and its source line.
    public static func about(_ id: MilestoneID) -> (text: String, source: String) {
        switch id {
        case .step1:
            (
                "The first USMLE exam: basic medical science. Pass/fail only for exams from "
                    + "\(RuleFacts.step1PassFailOnlyFrom?.description ?? "2022-01-26"); "
                    + "\(RuleFacts.usmleAttemptLimit) attempts at most, incomplete ones included.",
                RuleFacts.usmleAttemptLimitSource
            )
        case .step2ck:
            (
                "USMLE Step 2 Clinical Knowledge, with a three-digit score that programs weigh heavily. "
                    + "Needed with Step 1 for ECFMG certification; \(RuleFacts.usmleAttemptLimit) attempts at most.",
                RuleFacts.usmleAttemptLimitSource + "; IMG pathway overview"
            )
        case .ecfmg:
            (
                "ECFMG certification: Step 1 and Step 2 CK passed, the clinical skills requirement (a "
                    + "Pathway of your Match year), the communication skills requirement (OET Medicine: "
                    + oetMinimums
                    + ", one sitting, recent enough for your Pathway year) and your diploma verified with your "
                    + "school. Needed to start an ACGME "
                    + "residency; the Match needs ECFMG's verification of the exams and both skills by the rank "
                    + "order list deadline, not the certificate.",
                "ECFMG certification requirements; \(RuleFacts.oetSource); \(RuleFacts.nrmpVerificationSource)"
            )
        case .eras:
            (
                "The residency application (AAMC ERAS): application form, CV, personal statement, letters "
                    + "(those from US clinical experience help IMGs), MSPE, transcripts, photo. MyERAS "
                    + "opens in June; programs review from late September.",
                "AAMC ERAS timeline, 2025; IMG pathway overview"
            )
        case .match:
            (
                "The NRMP Main Residency Match: register, interview, certify a rank order list by the "
                    + "deadline; results in Match Week in March. Unmatched applicants may take part in SOAP. "
                    + "ECFMG must verify Step 1, Step 2 CK and the clinical and communication skills by the "
                    + "rank order list deadline, or the applicant is withdrawn (SOAP too).",
                "nrmp.org, 2021-2025"
            )
        case .residency:
            (
                "ACGME-accredited training, typically 3 to 7 years by specialty; it starts around 1 July. "
                    + "Needs ECFMG certification; usually a match, though positions after SOAP and off-cycle "
                    + "exist. Non-citizens need a J-1 or H-1B visa.",
                "IMG pathway overview; nrmp.org FAQs, 2025"
            )
        case .step3:
            (
                "The last USMLE exam, usually taken during residency (often PGY-1 or PGY-2, per secondary sources). "
                    + "Needs Step 1, Step 2 CK and, for IMGs, ECFMG certification. On the H-1B track it is "
                    + "required before the petition (HHS, 1992).",
                "fsmb.org, 2025; HHS notice, 1992"
            )
        case .license:
            (
                "An unrestricted license from a state board. It needs ECFMG certification, alternative state "
                    + "pathways included; then the years of US training the state requires (below) and typically "
                    + "Step 3.",
                RuleFacts.licenseNeedsECFMGSource
            )
        }
    }
}
