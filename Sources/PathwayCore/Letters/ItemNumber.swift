/// Reads the number in an id such as `ce-12` or `lr-3`: the prefix, then digits without a
/// leading zero (so each number has one spelling).
enum ItemNumber {
    static func number(in id: String, prefix: String) -> Int? {
        guard id.hasPrefix(prefix) else { return nil }
        let digits = id.dropFirst(prefix.count)
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy(\.isASCIIDigit), digits.first != "0" else {
            return nil
        }
        return Int(digits)
    }
}
