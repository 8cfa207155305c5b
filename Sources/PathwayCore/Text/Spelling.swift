/// Finding what a person meant by a misspelt name ("pased" -> "passed", "stauts" -> "status").
public enum Spelling {
    /// The name closest to `word` by edit distance, ignoring case, if it is within `maximum` edits.
    public static func closest(to word: String, among names: [String], maximum: Int = 2) -> String? {
        let wanted = Array(word.lowercased())
        let scored = names.map { ($0, distance(wanted, Array($0.lowercased()))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= maximum else { return nil }
        return best.0
    }

    /// Levenshtein distance between two strings of characters.
    public static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1]
            for (j, cb) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
