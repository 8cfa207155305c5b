/// Reads the number in an id such as `pg-4`, `dl-2`, `ce-12` or `lr-3`: the prefix, then digits
/// without a leading zero (so each number has one spelling).
enum ItemNumber {
    /// The largest number an id can hold (nine digits): a snapshot's "last number" counters are
    /// refused above it, so the next id can always be made.
    static let maximum = 999_999_999

    /// Read from the UTF-8 bytes: lists are kept in id order, so this runs for every entry a
    /// snapshot or an import places, and asking Unicode whether a character is a digit costs far
    /// more.
    static func number(in id: String, prefix: String) -> Int? {
        guard id.hasPrefix(prefix) else { return nil }
        let digits = id.utf8.dropFirst(prefix.utf8.count)
        guard !digits.isEmpty, digits.count <= 9, digits.first != UInt8(ascii: "0"),
            digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    /// Puts an entry in its place in a list kept in id order, replacing one with the same id;
    /// returns its number. An entry numbered above the last one (every entry of a snapshot, a
    /// newly added one) goes last without a search.
    static func store<Entry>(
        _ entry: Entry, in list: inout [Entry], id: (Entry) -> String, number: (String) -> Int?
    ) -> Int {
        let entryNumber = number(id(entry)) ?? 0
        if let last = list.last, entryNumber > 0, (number(id(last)) ?? 0) < entryNumber {
            list.append(entry)
            return entryNumber
        }
        if let index = list.firstIndex(where: { id($0) == id(entry) }) {
            list[index] = entry
            return entryNumber
        }
        let index = list.firstIndex { (number(id($0)) ?? 0) > entryNumber } ?? list.endIndex
        list.insert(entry, at: index)
        return entryNumber
    }
}
