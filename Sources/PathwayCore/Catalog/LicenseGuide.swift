/// What the License step shows beside the person's entries: the years of US training their
/// state requires, what else it asks for, and the alternative licensure pathways, as information
/// with sources and dates (the residency route stays the one imgpath tracks).
public enum LicenseGuide {
    /// One paragraph each.
    public static func lines(for pathway: Pathway, book: FactBook = .current) -> [String] {
        let figure = TrainingYears(for: pathway, book: book)
        var lines = [
            "US training for your license: \(figure.years) year\(figure.years == 1 ? "" : "s") (\(figure.source)). "
                + "Every state requires at least \(book.integer(.minimumTrainingYears)) "
                + "(\(book.label(.minimumTrainingYears)))."
        ]
        if let state = figure.state, let also = book[FactBook.stateID(state, .stateAlsoRequires)], let text = also.text
        {
            lines.append("\(state) also requires \(text) (\(book.label(of: also))).")
        }
        lines.append(
            "Alternative licensure pathways for physicians trained abroad, without US residency (information only; "
                + "imgpath tracks the residency route): \(book.text(.alternativePathwayStates)) "
                + "(\(book.label(.alternativePathwayStates))).")
        let suffix = "." + FactFamily.stateAlternativePathway.stateSuffix
        for fact in book.facts where fact.id.hasPrefix("license.") && fact.id.hasSuffix(suffix) {
            guard let text = fact.text else { continue }
            let state = fact.id.split(separator: ".")[1]
            lines.append("  \(state): \(text) (\(book.label(of: fact))).")
        }
        return lines
    }
}
