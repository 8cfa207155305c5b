/// The shape of an NRMP program code, checked so a typing slip is caught (its existence cannot be).
///
/// nrmp.org, "Program Codes and Types": 9 to 11 characters; 1-4 the institution code, 5-7 the
/// ACGME specialty code, 8 the program type letter, 9-11 the track number ("1000140C0").
public enum NRMPProgramCode {
    /// Program type letters the NRMP lists (Main Residency Match and Specialties Matching Service).
    public static let typeLetters: Set<Character> = ["C", "M", "P", "A", "R", "F", "S"]
    public static let source = "nrmp.org, Program Codes and Types"

    /// The code in upper case, or why it does not have the shape of a program code.
    public static func validate(_ text: String) -> Result<String, ProgramFieldError> {
        let code = String(text.filter { !$0.isWhitespace }).uppercased()
        let characters = Array(code)
        let digits = characters.prefix(7)
        guard (9...11).contains(characters.count), digits.count == 7, digits.allSatisfy(\.isASCIIDigit),
            typeLetters.contains(characters[7]), characters[8...].allSatisfy(\.isASCIIDigit)
        else {
            return .failure(
                ProgramFieldError(
                    field: "code",
                    reason: "\"\(text)\" is not an NRMP program code: 7 digits, a program type letter "
                        + "(C, M, P, A, R, F, S) and a track number, as in 1000140C0 (\(source))"))
        }
        return .success(code)
    }
}

extension Character {
    /// 0-9 only: `isNumber` would also take other scripts' digits and fractions.
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
