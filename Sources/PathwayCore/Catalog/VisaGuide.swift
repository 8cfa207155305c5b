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
                return j1Lines(book)
            case .h1b:
                return h1bLines(book)
            case .either:
                // Both tracks' facts: a program that sponsors either one fits.
                return ["Either J-1 (ECFMG) or H-1B (the program): a program that sponsors one of them fits."]
                    + j1Lines(book) + h1bLines(book).dropFirst()
            }
        }
    }

    /// The J-1 track: who sponsors it, for how long, and the home residency rule.
    static func j1Lines(_ book: FactBook) -> [String] {
        [
            "J-1: sponsored by ECFMG, at most \(book.integer(.j1MaxYears)) years; "
                + book.text(.j1StatementOfNeed) + " (\(book.label(.j1StatementOfNeed))).",
            sentence(book.text(.j1HomeResidency)) + " (\(book.label(.j1HomeResidency))).",
        ]
    }

    /// The H-1B track: the exams it needs, and the payment for a new petition from abroad.
    static func h1bLines(_ book: FactBook) -> [String] {
        let amount = book.integer(.h1bNewPetitionPayment).groupedInThousands
        let from = book[.h1bNewPetitionPayment]?.from.map { " from \($0)" } ?? ""
        let exams = sentence(book.text(.h1bExamsRequired)) + " (\(book.label(.h1bExamsRequired)))."
        var payment = "A new petition for a person outside the US carries a $\(amount) payment\(from) "
        payment += "(\(book.label(.h1bNewPetitionPayment))); "
        payment += book.text(.h1bPaymentExemption) + " (\(book.label(.h1bPaymentExemption)))."
        let texas = sentence(book.text(.h1bTexasPublicEmployers)) + " (\(book.label(.h1bTexasPublicEmployers)))."
        return ["H-1B: sponsored by the program, no mandatory return; fewer programs offer it.", exams, payment, texas]
    }

    /// The text with its first letter in capitals, as a sentence starts.
    static func sentence(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
