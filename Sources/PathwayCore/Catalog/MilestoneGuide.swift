/// A short "about" for each milestone: what it is, what it needs, typical timing, with where the
/// facts come from. Written for imgpath from PATHWAY.md and the seed text.
public enum MilestoneGuide {
    /// The text and its source line.
    public static func about(_ id: MilestoneID) -> (text: String, source: String) {
        switch id {
        case .step1:
            ("The first USMLE exam: basic medical science. Pass/fail only for exams from 26 Jan 2022; "
                + "4 attempts at most, incomplete ones included.",
                "usmle.org, 2021")
        case .step2ck:
            ("USMLE Step 2 Clinical Knowledge, with a three-digit score that programs weigh heavily. "
                + "Needed with Step 1 for ECFMG certification; 4 attempts at most.",
                "usmle.org, 2021; IMG pathway overview")
        case .ecfmg:
            ("ECFMG certification: Step 1 and Step 2 CK passed, the communication requirement (OET "
                + "Medicine / the Pathway of your Match year) and your diploma verified with your school. "
                + "Needed to start an ACGME residency; you may apply before it is issued.",
                "ECFMG certification requirements, 2021-2022")
        case .eras:
            ("The residency application (AAMC ERAS): application form, CV, personal statement, letters "
                + "(those from US clinical experience help IMGs), MSPE, transcripts, photo. MyERAS "
                + "opens in June; programs review from late September.",
                "AAMC ERAS timeline, 2025; IMG pathway overview")
        case .match:
            ("The NRMP Main Residency Match: register, interview, certify a rank order list by the "
                + "deadline; results in Match Week in March. Unmatched applicants may take part in SOAP.",
                "nrmp.org, 2021-2025")
        case .residency:
            ("ACGME-accredited training, typically 3 to 7 years by specialty; it starts around 1 July. "
                + "Needs a match and ECFMG certification; non-citizens need a J-1 or H-1B visa.",
                "IMG pathway overview; NRMP")
        case .step3:
            ("The last USMLE exam, usually taken during residency (often PGY-1 or PGY-2, verify). "
                + "Needs Step 1, Step 2 CK and, for IMGs, ECFMG certification. An H-1B usually needs it.",
                "IMG pathway overview; secondary sources")
        case .license:
            ("An unrestricted license from a state board, after the years of US training that state "
                + "requires (at least two, usually three) and typically Step 3. Some states have new "
                + "pathways for internationally trained physicians (verify with the board).",
                "immigration-law handbook excerpt, 2019; state laws since 2023")
        }
    }
}
