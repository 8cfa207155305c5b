/// What a visa track means, in plain words, with the facts behind each line and their sources.
public enum VisaGuide {
    /// The lines for the person's citizenship and visa track; the profile screen shows them.
    ///
    /// - Parameter editKey: the key that edits the citizenship, for the line that asks for it.
    public static func lines(for profile: Profile, editKey: String, book: FactBook = .current) -> [String] {
        switch profile.citizenship {
        case .usCitizen, .permanentResident:
            return ["No visa is needed to train in the US."]
        case .unknown:
            return ["Set citizenship (\(editKey)) to see what it means for a visa."]
        case .other:
            switch profile.visaTrack {
            case .none:
                return ["A visa is needed to train in the US: J-1 (sponsored by ECFMG) or H-1B (by the program)."]
            case .j1:
                return [
                    "J-1: sponsored by ECFMG, at most \(book.integer(.j1MaxYears)) years; "
                        + book.text(.j1StatementOfNeed) + " (\(book.label(.j1StatementOfNeed))).",
                    sentence(book.text(.j1HomeResidency)) + " (\(book.label(.j1HomeResidency))).",
                ]
            case .h1b:
                return h1bLines(book)
            }
        }
    }

    /// The H-1B track: the exams it needs, and the payment for a new petition from abroad.
    static func h1bLines(_ book: FactBook) -> [String] {
        let payment = book[.h1bNewPetitionPayment]
        let from = payment?.from.map { " from \($0)" } ?? ""
        return [
            "H-1B: sponsored by the program, no mandatory return; fewer programs offer it.",
            sentence(book.text(.h1bExamsRequired)) + " (\(book.label(.h1bExamsRequired))).",
            "A new petition for a person outside the US carries a $\(book.integer(.h1bNewPetitionPayment).formatted) "
                + "payment\(from) (\(book.label(.h1bNewPetitionPayment))); "
                + book.text(.h1bPaymentExemption) + " (\(book.label(.h1bPaymentExemption))).",
            sentence(book.text(.h1bTexasPublicEmployers)) + " (\(book.label(.h1bTexasPublicEmployers))).",
        ]
    }

    /// The text with its first letter in capitals, as a sentence starts.
    static func sentence(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
