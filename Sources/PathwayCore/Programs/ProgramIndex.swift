/// The recorded programs by NRMP code and by name and city, so that "is this program recorded
/// already?" costs a look-up, not a pass over every program (an import asks it for each row).
struct ProgramIndex {
    private var byCode: [String: Program] = [:]
    private var byNameAndCity: [String: [Program]] = [:]

    init(_ programs: [Program]) {
        for program in programs { insert(program) }
    }

    /// Name and city, ignoring case: the identity of a program without a code.
    private static func key(_ program: Program) -> String {
        program.name.lowercased() + "\u{0}" + program.city.lowercased()
    }

    mutating func insert(_ program: Program) {
        if let code = program.code { byCode[code] = program }
        byNameAndCity[Self.key(program), default: []].append(program)
    }

    mutating func remove(id: String) {
        for (code, program) in byCode where program.id == id { byCode[code] = nil }
        for (key, programs) in byNameAndCity where programs.contains(where: { $0.id == id }) {
            byNameAndCity[key] = programs.filter { $0.id != id }
        }
    }

    /// Another recorded program that `program` would duplicate: the same code, or (one of the
    /// two without a code) the same name and city.
    func duplicate(of program: Program) -> Program? {
        if let code = program.code, let other = byCode[code], other.id != program.id { return other }
        return byNameAndCity[Self.key(program)]?.first {
            $0.id != program.id && (program.code == nil || $0.code == nil)
        }
    }
}
