/// A filter over the programs, as people ask it: free words matched in the name, city, state
/// and specialty, and filter words such as `status:applied`, `visa:h1b`, `state:NY`, `spec:IM`,
/// `fit:V`, `fit:ok` and `soap:yes`. Words are separated by spaces and a program must match
/// every one; a filter word's value may list choices with commas (`status:applied,invited`).
///
/// The screen's filter and `imgpath program list --filter` read the same words, so what finds a
/// program in one finds it in the other.
public struct ProgramQuery: Equatable, Sendable {
    /// One word of the filter.
    public enum Term: Equatable, Sendable {
        /// Free text, lower case: found in the name, city, state or specialty.
        case text(String)
        case status(Set<ProgramStatus>)
        /// Programs that sponsor any of these visas (`visa:h1b` finds H-1B and both).
        case visa(Set<VisaSponsorship>)
        case state(Set<String>)
        /// A specialty holding the text, or whose initials it is (`spec:IM`, Internal Medicine).
        case specialty([String])
        /// Programs with any of these fit marks, or (empty) with none at all (`fit:ok`).
        case fit(Set<ProgramFit.Kind>)
        case soap(Bool)
    }

    /// The filter words, each with what it takes: for the help and the command line.
    public static let words: [(word: String, takes: String)] = [
        ("status:", "a status such as applied or invited"),
        ("visa:", "j1, h1b (each also finds both), both, none, unknown"),
        ("state:", "a state code such as NY"),
        ("spec:", "a specialty, or its initials such as IM"),
        ("fit:", "V, S, Y, U (a fit mark), or ok (no marks)"),
        ("soap:", "yes or no"),
    ]

    public private(set) var terms: [Term] = []
    /// The words that did not read, with why: the filter leaves them out and says so.
    public private(set) var problems: [String] = []

    /// Reads a filter. A word with a known name before `:` is a filter word; any other word is
    /// free text.
    public init(_ text: String) {
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            guard let colon = word.firstIndex(of: ":"),
                let name = FilterName(rawValue: word[..<colon].lowercased())
            else {
                terms.append(.text(word.lowercased()))
                continue
            }
            let values = word[word.index(after: colon)...].split(separator: ",").map(String.init)
            if values.isEmpty {
                problems.append("\(name.rawValue): needs a value (\(name.takes))")
                continue
            }
            switch name.term(values) {
            case .success(let term): terms.append(term)
            case .failure(let problem): problems.append(problem.reason)
            }
        }
    }

    /// Whether nothing is asked: every program matches.
    public var isEmpty: Bool { terms.isEmpty }

    /// Whether a term needs the programs' fit warnings (worked out only then).
    public var needsFit: Bool {
        terms.contains {
            if case .fit = $0 { return true }
            return false
        }
    }

    /// Whether a program matches every word; `fits` are its fit warnings (needed only for `fit:`).
    public func matches(_ program: Program, fits: [ProgramFit] = []) -> Bool {
        terms.allSatisfy { term in
            switch term {
            case .text(let query):
                let bytes = Array(query.utf8)
                return [program.name, program.city, program.state, program.specialty].contains {
                    Self.contains($0, query, bytes)
                }
            case .status(let statuses): return statuses.contains(program.status)
            case .visa(let visas):
                return visas.contains(program.visa)
                    || (program.visa == .both && !visas.isDisjoint(with: [.j1, .h1b]))
            case .state(let states): return states.contains(program.state)
            case .specialty(let names): return names.contains { Self.specialty(program.specialty, matches: $0) }
            case .fit(let kinds):
                return kinds.isEmpty ? fits.isEmpty : fits.contains { kinds.contains($0.kind) }
            case .soap(let soap): return program.soap == soap
            }
        }
    }

    /// Whether a specialty holds `query` (lower case), or has it as its initials: "IM" is
    /// Internal Medicine, "FM" Family Medicine, "EM" Emergency Medicine.
    static func specialty(_ specialty: String, matches query: String) -> Bool {
        let lower = specialty.lowercased()
        if lower.contains(query) { return true }
        let initials = lower.split(whereSeparator: { !$0.isLetter }).compactMap(\.first)
        return String(initials) == query
    }

    /// Whether `field` holds `query` (already lower case), ignoring case. An ASCII query is looked
    /// for in the field's bytes, folding ASCII letters, with no copy of the field: a keystroke
    /// runs this for every field of thousands of programs.
    public static func contains(_ field: String, _ query: String, _ bytes: [UInt8]) -> Bool {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return field.lowercased().contains(query) }
        let found: Bool? = field.utf8.withContiguousStorageIfAvailable { text in
            guard text.count >= bytes.count else { return false }
            for start in 0...(text.count - bytes.count) {
                var index = 0
                while index < bytes.count {
                    var byte = text[start + index]
                    if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte += 32 }
                    guard byte == bytes[index] else { break }
                    index += 1
                }
                if index == bytes.count { return true }
            }
            return false
        }
        if let found { return found }
        return field.lowercased().contains(query)
    }
}

/// The names of the filter words, and how each reads its values.
private enum FilterName: String {
    case status, visa, state, spec, fit, soap

    var takes: String { ProgramQuery.words.first { $0.word == rawValue + ":" }?.takes ?? "" }

    /// The term for the values after the colon, or why they do not read.
    func term(_ values: [String]) -> Result<ProgramQuery.Term, ProgramFieldError> {
        func fail(_ value: String) -> Result<ProgramQuery.Term, ProgramFieldError> {
            .failure(ProgramFieldError(field: rawValue, reason: "\(rawValue):\(value) is not understood (\(takes))"))
        }
        switch self {
        case .status:
            var statuses = Set<ProgramStatus>()
            for value in values {
                // A status being typed (`status:app`) already finds what it begins.
                let begun = ProgramStatus.allCases.filter { $0.rawValue.lowercased().hasPrefix(value.lowercased()) }
                let found = ProgramStatus(lenient: value).map { [$0] } ?? begun
                if found.isEmpty { return fail(value) }
                statuses.formUnion(found)
            }
            return .success(.status(statuses))
        case .visa:
            var visas = Set<VisaSponsorship>()
            for value in values {
                guard let visa = VisaSponsorship(lenient: value) else { return fail(value) }
                visas.insert(visa)
            }
            return .success(.visa(visas))
        case .state:
            var states = Set<String>()
            for value in values {
                guard let code = USState.code(value) else { return fail(value) }
                states.insert(code)
            }
            return .success(.state(states))
        case .spec:
            return .success(.specialty(values.map { $0.lowercased() }))
        case .fit:
            var kinds = Set<ProgramFit.Kind>()
            for value in values {
                if value.lowercased() == "ok" || value.lowercased() == "none" { continue }
                for letter in value.uppercased() {
                    guard let kind = ProgramFit.Kind.allCases.first(where: { $0.mark == letter }) else {
                        return fail(value)
                    }
                    kinds.insert(kind)
                }
            }
            return .success(.fit(kinds))
        case .soap:
            guard values.count == 1, let value = ProgramField.yesNo(values[0], allowEmpty: false), let soap = value
            else { return fail(values.joined(separator: ",")) }
            return .success(.soap(soap))
        }
    }
}
