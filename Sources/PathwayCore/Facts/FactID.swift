/// The ids of the facts the code reads by name, each with what uses it.
///
/// Code reads a fact only through one of these cases or a `FactFamily`, so a test can check that
/// every id the code uses is in `Facts/` (and `imgpath facts ID` can say what uses a fact).
///
/// The cases are numbered (`Int` raw values) so that a book finds a fact by its case with an array
/// index: the rules read facts on every screen drawn, and hashing an id's text each time was a
/// visible part of the first frame.
public enum FactID: Int, CaseIterable, Sendable {
    case usmleAttemptLimit
    case retakeAttemptsWithin12Months
    case retakeMonthsAfterFirst
    case retakeMonthsAfterLatest
    case step1PassFailOnlyFrom
    case step3Timing
    case ecfmgExamWindowYears
    case oetListening
    case oetReading
    case oetWriting
    case oetSpeaking
    case ecfmgCertificateValidity
    case ecfmgCertificateBeforeResidency
    case nrmpVerification
    case residencyOutsideMatch
    case trainingStartsJuly1
    case matchRateNonUSCitizenIMG
    case matchRateUSCitizenIMG
    case matchedIMGStep2CK
    case lettersPerProgram
    case lettersSeenOnceReceived
    case minimumTrainingYears
    case defaultTrainingYears
    case licenseNeedsECFMG
    case alternativePathwayStates
    case j1HomeResidency
    case j1StatementOfNeed
    case j1MaxYears
    case h1bExamsRequired
    case h1bNewPetitionPayment
    case h1bPaymentExemption
    case h1bTexasPublicEmployers

    /// The dotted id, as written in `Facts/`.
    public var id: String {
        switch self {
        case .usmleAttemptLimit: "usmle.attemptLimit"
        case .retakeAttemptsWithin12Months: "usmle.retake.attemptsWithin12Months"
        case .retakeMonthsAfterFirst: "usmle.retake.monthsAfterFirst"
        case .retakeMonthsAfterLatest: "usmle.retake.monthsAfterLatest"
        case .step1PassFailOnlyFrom: "usmle.step1.passFailOnlyFrom"
        case .step3Timing: "usmle.step3.timing"
        case .ecfmgExamWindowYears: "ecfmg.examWindowYears"
        case .oetListening: "ecfmg.oet.listening"
        case .oetReading: "ecfmg.oet.reading"
        case .oetWriting: "ecfmg.oet.writing"
        case .oetSpeaking: "ecfmg.oet.speaking"
        case .ecfmgCertificateValidity: "ecfmg.certificateValidity"
        case .ecfmgCertificateBeforeResidency: "ecfmg.certificateBeforeResidency"
        case .nrmpVerification: "nrmp.verificationByRankDeadline"
        case .residencyOutsideMatch: "nrmp.residencyOutsideMatch"
        case .trainingStartsJuly1: "nrmp.trainingStartsJuly1"
        case .matchRateNonUSCitizenIMG: "nrmp.matchRate.nonUSCitizenIMG"
        case .matchRateUSCitizenIMG: "nrmp.matchRate.usCitizenIMG"
        case .matchedIMGStep2CK: "context.matchedNonUSIMGStep2CK"
        case .lettersPerProgram: "eras.lettersPerProgram"
        case .lettersSeenOnceReceived: "eras.lettersSeenOnceReceived"
        case .minimumTrainingYears: "license.minimumTrainingYears"
        case .defaultTrainingYears: "license.defaultTrainingYears"
        case .licenseNeedsECFMG: "license.needsECFMG"
        case .alternativePathwayStates: "license.alternativePathways.states"
        case .j1HomeResidency: "visa.j1.homeResidency"
        case .j1StatementOfNeed: "visa.j1.statementOfNeed"
        case .j1MaxYears: "visa.j1.maxYears"
        case .h1bExamsRequired: "visa.h1b.examsRequired"
        case .h1bNewPetitionPayment: "visa.h1b.newPetitionPayment"
        case .h1bPaymentExemption: "visa.h1b.paymentExemption"
        case .h1bTexasPublicEmployers: "visa.h1b.texasPublicEmployers"
        }
    }

    /// The case whose dotted id is `id`, if any.
    public init?(id: String) {
        guard let found = FactID.allCases.first(where: { $0.id == id }) else { return nil }
        self = found
    }

    /// What reads the fact, as `imgpath facts ID` says it.
    public var usedBy: String {
        switch self {
        case .usmleAttemptLimit:
            "the exam rules (a new attempt needs one left; reaching the limit ends eligibility), the exam screens, check"
        case .retakeAttemptsWithin12Months, .retakeMonthsAfterFirst, .retakeMonthsAfterLatest:
            "the retake spacing rule of a new exam attempt, and check"
        case .step1PassFailOnlyFrom: "the Step 1 score rule (a score only for exams before this day), and check"
        case .step3Timing: "the next step's advice about Step 3"
        case .ecfmgExamWindowYears: "the ECFMG certification warning about the exam window"
        case .oetListening, .oetReading, .oetWriting, .oetSpeaking:
            "the OET warning on the communication skills item (when you set no minimums of your own)"
        case .ecfmgCertificateValidity: "the residency start warning about a Pathway-based certificate"
        case .ecfmgCertificateBeforeResidency: "the season calendar's \"ECFMG certificate needed\" date"
        case .nrmpVerification: "the Match warnings about ECFMG's verification by the rank order list deadline"
        case .residencyOutsideMatch: "the residency start warning without a recorded match"
        case .trainingStartsJuly1: "the season calendar's \"Residency starts\" date"
        case .matchRateNonUSCitizenIMG, .matchRateUSCitizenIMG, .matchedIMGStep2CK:
            "the context lines on the profile, ERAS and Match screens"
        case .lettersPerProgram: "the letters-per-program warning (when you set no limit of your own)"
        case .lettersSeenOnceReceived: "the warning about a letter assigned before ERAS received it"
        case .minimumTrainingYears, .defaultTrainingYears:
            "the license warning about years of US training, when neither you nor the state table gives a figure"
        case .licenseNeedsECFMG: "the license rule that needs ECFMG certification"
        case .alternativePathwayStates: "the License screen's information on alternative licensure pathways"
        case .j1HomeResidency, .j1StatementOfNeed, .j1MaxYears: "the profile screen's J-1 lines"
        case .h1bExamsRequired: "the residency warning on the H-1B track, and the next step's advice"
        case .h1bNewPetitionPayment, .h1bPaymentExemption, .h1bTexasPublicEmployers:
            "the profile screen's H-1B lines"
        }
    }
}
