#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Finds where a JSON text first breaks, as a line and column a person can look at.
///
/// Foundation's decoder says only that data "was not valid JSON"; this small scanner walks the
/// bytes once more, after a failed decode, to say where and why.
public struct JSONSyntaxCheck {
    /// Where a JSON text is broken.
    public struct Problem: Equatable, Sendable, CustomStringConvertible {
        public let line: Int
        public let column: Int
        public let byteOffset: Int
        public let reason: String

        public var description: String { "line \(line), column \(column): \(reason)" }
    }

    /// Deeper nesting than this is refused rather than risking the stack.
    public static let maximumDepth = 512

    /// The text, borrowed for the length of one scan (byte access without a bounds-checked
    /// array copy per read: the season's snapshot holds hundreds of kilobytes).
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0
    /// While comparing keys with a schema (`firstUnknownKey`, `keyShapes`): where the scan is.
    private var keys: KeyComparison?

    /// Where a key comparison is: the shape of each key or element the scan is inside
    /// (`programs[].code`, what a schema lists), and the same place as a person reads it
    /// (`programs[3].code`), built only when an unknown key is found.
    private struct KeyComparison {
        enum Step {
            /// A key, by where its text is in the bytes.
            case key(Range<Int>)
            case element(Int)
        }
        /// A shape seen in this text, numbered: its text and what the schema says of it.
        struct Shape {
            let text: String
            let isKnown: Bool
            /// Whether its keys are data (`freeKeyed`): they count as `*`.
            let hasFreeKeys: Bool
            /// The shapes of its keys met so far: each key's bytes and the shape's number.
            var keys: [(name: [UInt8], number: Int)] = []
            /// Where in `keys` the last key was found. Keys are written sorted, so every object
            /// of a shape meets them in the same order: the next key is nearly always the next.
            var lastKey = -1
            /// The shape of any of its keys (`*`) when they are data, once met.
            var anyKey: Int?
            /// The shape of its elements, when it is a list, once met.
            var element: Int?
        }
        let known: Set<String>
        let freeKeyed: Set<String>
        /// Collect every shape (for `keyShapes`) instead of stopping at the first unknown one.
        let collecting: Bool
        /// Shapes by number (0 is the document itself). A text has a few dozen shapes repeated
        /// over thousands of keys, so a key costs a comparison of its bytes with its parent's
        /// keys, not a string of its whole path built and looked up. Without `collecting`, every
        /// shape made is known (the scan stops at an unknown one), so each shape's keys are
        /// as few as the schema's.
        var shapes = [Shape(text: "", isKnown: true, hasFreeKeys: false)]
        var frames: [Int] = []
        var steps: [Step] = []
        var unknown: String?
        /// A key found twice in one object: its place and where the second one starts.
        var repeated: (place: String, offset: Int)?
        var collected: Set<String> = []

        /// A new shape one step below `parent`.
        private mutating func makeShape(below parent: Int, name: String, isElement: Bool) -> Int {
            let parentText = shapes[parent].text
            let text = parentText.isEmpty || isElement ? parentText + name : parentText + "." + name
            shapes.append(Shape(text: text, isKnown: known.contains(text), hasFreeKeys: freeKeyed.contains(text)))
            return shapes.count - 1
        }

        /// The number of the shape of `key` in the current shape, made when new.
        private mutating func keyShape(_ key: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
            let parent = frames.last ?? 0
            if shapes[parent].hasFreeKeys {
                if let number = shapes[parent].anyKey { return number }
                let number = makeShape(below: parent, name: "*", isElement: false)
                shapes[parent].anyKey = number
                return number
            }
            let keys = shapes[parent].keys
            var index = shapes[parent].lastKey
            for _ in keys.indices {
                index = index + 1 < keys.count ? index + 1 : 0
                if keys[index].name.count == key.count, keys[index].name.elementsEqual(key) {
                    shapes[parent].lastKey = index
                    return keys[index].number
                }
            }
            let number = makeShape(below: parent, name: String(decoding: key, as: UTF8.self), isElement: false)
            shapes[parent].keys.append((Array(key), number))
            shapes[parent].lastKey = shapes[parent].keys.count - 1
            return number
        }

        /// Steps into an object's key (`bytes[range]`); true when the scan can stop (the key
        /// is unknown).
        mutating func enter(key range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, value first: UInt8?)
            -> Bool
        {
            steps.append(.key(range))
            // A null is what the decoder reads as absent: nothing is lost, and nothing is inside.
            guard first != UInt8(ascii: "n") else {
                frames.append(frames.last ?? 0)
                return false
            }
            let number = keyShape(bytes[range])
            frames.append(number)
            if collecting {
                collected.insert(shapes[number].text)
                return false
            }
            guard !shapes[number].isKnown else { return false }
            unknown = place(in: bytes)
            return true
        }

        /// Steps into an array's element.
        mutating func enter(element: Int) {
            let parent = frames.last ?? 0
            let number = shapes[parent].element ?? makeShape(below: parent, name: "[]", isElement: true)
            shapes[parent].element = number
            frames.append(number)
            steps.append(.element(element))
        }

        /// Steps out of the key or element entered last.
        mutating func leave() {
            _ = frames.popLast()
            _ = steps.popLast()
        }

        /// The keys met so far in one object.
        struct ObjectKeys {
            var ranges: [Range<Int>] = []
            /// Whether they are plain (no escapes) and in strictly ascending byte order, as
            /// imgpath writes them.
            var sortedAndPlain = true
        }

        /// Steps into `key` as `enter(key:)` does, after checking it against the keys before it in
        /// the same object (`earlier`); true when the scan can stop.
        mutating func enter(
            key range: Range<Int>, earlier: inout ObjectKeys, in bytes: UnsafeBufferPointer<UInt8>, value first: UInt8?
        ) -> Bool {
            if KeyComparison.repeats(range, earlier: &earlier, in: bytes) {
                steps.append(.key(range))
                repeated = (place(in: bytes), range.lowerBound - 1)
                return true
            }
            return enter(key: range, in: bytes, value: first)
        }

        /// Whether the key at `range` is one of `earlier`, which it then joins. A plain key after a
        /// smaller one, in an object whose keys are sorted and plain so far, is new without a
        /// search; escapes (`\u0061` for `a`) are compared by what they stand for.
        static func repeats(_ range: Range<Int>, earlier: inout ObjectKeys, in bytes: UnsafeBufferPointer<UInt8>)
            -> Bool
        {
            defer { earlier.ranges.append(range) }
            guard let last = earlier.ranges.last else {
                earlier.sortedAndPlain = !bytes[range].contains(UInt8(ascii: "\\"))
                return false
            }
            if earlier.sortedAndPlain, !bytes[range].contains(UInt8(ascii: "\\")),
                bytes[last].lexicographicallyPrecedes(bytes[range])
            {
                return false
            }
            earlier.sortedAndPlain = false
            let key = text(of: range, in: bytes)
            return earlier.ranges.contains { text(of: $0, in: bytes) == key }
        }

        /// A key's text, its escapes read.
        private static func text(of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
            let raw = bytes[range]
            guard raw.contains(UInt8(ascii: "\\")) else { return String(decoding: raw, as: UTF8.self) }
            let quoted = Data([UInt8(ascii: "\"")] + raw + [UInt8(ascii: "\"")])
            return (try? JSONDecoder().decode(String.self, from: quoted)) ?? String(decoding: raw, as: UTF8.self)
        }

        /// The place a person reads: `programs[3].code`.
        private func place(in bytes: UnsafeBufferPointer<UInt8>) -> String {
            var text = ""
            for step in steps {
                switch step {
                case .key(let range): text += (text.isEmpty ? "" : ".") + String(decoding: bytes[range], as: UTF8.self)
                case .element(let index): text += "[\(index)]"
                }
            }
            return text
        }
    }

    /// The first problem in `bytes`, or nil when they are well-formed JSON.
    /// - Parameter wholeNumbers: also refuse a number with a fraction, an exponent or more than
    ///   `Int` holds, for a document whose every number is a whole one (the pathway file), where
    ///   the decoder refuses such a number without saying where.
    public static func firstProblem(in bytes: [UInt8], wholeNumbers: Bool = false) -> Problem? {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONSyntaxCheck(bytes: buffer, wholeNumbers: wholeNumbers)
            return scanner.scanDocument()
        }
    }

    /// The first key in a JSON text, with a value other than null, whose place is not in `known`
    /// (as `programs[3].code`), or nil when there is none. Places are written with `[]` for any
    /// array element (`programs[].code`) and `*` for any key of an object listed in `freeKeyed`
    /// (`milestones[].record.dates.*`), so a schema lists each once. An unknown object is named
    /// rather than a key inside it. For a text that has already been read as JSON: it is not
    /// checked again.
    public static func firstUnknownKey(in bytes: [UInt8], known: Set<String>, freeKeyed: Set<String>) -> String? {
        if case .unknown(let place) = firstKeyProblem(in: bytes, known: known, freeKeyed: freeKeyed) { return place }
        return nil
    }

    /// What is wrong with a key of a JSON text that has been read already.
    public enum KeyProblem: Equatable, Sendable {
        /// A key whose place is not in the schema (as `firstUnknownKey` writes it).
        case unknown(String)
        /// A key written twice in one object: a decoder keeps one of the values without a word.
        case repeated(place: String, line: Int, column: Int)
    }

    /// The first unknown key (as `firstUnknownKey`) or key repeated in its object, whichever
    /// comes first in the text; nil when there is neither.
    public static func firstKeyProblem(in bytes: [UInt8], known: Set<String>, freeKeyed: Set<String>) -> KeyProblem? {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONSyntaxCheck(bytes: buffer, wholeNumbers: false)
            scanner.keys = KeyComparison(known: known, freeKeyed: freeKeyed, collecting: false)
            _ = scanner.scanDocument()
            if let repeated = scanner.keys?.repeated {
                let (line, column) = position(of: repeated.offset, in: buffer)
                return .repeated(place: repeated.place, line: line, column: column)
            }
            return scanner.keys?.unknown.map(KeyProblem.unknown)
        }
    }

    /// Every key place (as `firstUnknownKey` writes them) with a value other than null, or nil
    /// when the text is not JSON: what a schema for such texts must list.
    public static func keyShapes(in bytes: [UInt8], freeKeyed: Set<String>) -> Set<String>? {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONSyntaxCheck(bytes: buffer, wholeNumbers: false)
            scanner.keys = KeyComparison(known: [], freeKeyed: freeKeyed, collecting: true)
            guard scanner.scanDocument() == nil else { return nil }
            return scanner.keys?.collected
        }
    }

    /// Line (from 1) and column (in characters, from 1) of a byte offset.
    public static func position<Bytes: RandomAccessCollection<UInt8>>(of offset: Int, in bytes: Bytes) -> (
        line: Int, column: Int
    ) where Bytes.Index == Int {
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    private let wholeNumbers: Bool

    private init(bytes: UnsafeBufferPointer<UInt8>, wholeNumbers: Bool) {
        self.bytes = bytes
        self.wholeNumbers = wholeNumbers
    }

    private func problem(_ reason: String, at offset: Int? = nil) -> Problem {
        let at = offset ?? index
        let (line, column) = JSONSyntaxCheck.position(of: at, in: bytes)
        return Problem(line: line, column: column, byteOffset: at, reason: reason)
    }

    private mutating func scanDocument() -> Problem? {
        skipSpace()
        if index == bytes.count { return problem("the file is empty") }
        if let found = scanValue() { return found }
        skipSpace()
        return index == bytes.count ? nil : problem("unexpected text after the end of the document")
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private var endOfFile: Problem { problem("the file ends too early (is it truncated?)") }

    private mutating func scanValue() -> Problem? {
        skipSpace()
        guard index < bytes.count else { return endOfFile }
        switch bytes[index] {
        case UInt8(ascii: "{"): return scanContainer(close: UInt8(ascii: "}"), isObject: true)
        case UInt8(ascii: "["): return scanContainer(close: UInt8(ascii: "]"), isObject: false)
        case UInt8(ascii: "\""): return scanString()
        case UInt8(ascii: "t"): return scanLiteral("true")
        case UInt8(ascii: "f"): return scanLiteral("false")
        case UInt8(ascii: "n"): return scanLiteral("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return scanNumber()
        default: return problem("expected a value (text in quotes, a number, true, false, null, { or [)")
        }
    }

    private mutating func scanContainer(close: UInt8, isObject: Bool) -> Problem? {
        depth += 1
        defer { depth -= 1 }
        if depth > JSONSyntaxCheck.maximumDepth {
            return problem("nested more than \(JSONSyntaxCheck.maximumDepth) levels deep")
        }
        index += 1
        skipSpace()
        if index < bytes.count, bytes[index] == close {
            index += 1
            return nil
        }
        var element = 0
        // The keys of this object so far, while comparing keys with a schema.
        var earlierKeys = KeyComparison.ObjectKeys()
        while true {
            if isObject {
                skipSpace()
                guard index < bytes.count else { return endOfFile }
                guard bytes[index] == UInt8(ascii: "\"") else { return problem("expected a key in quotes") }
                let keyStart = index + 1
                if let found = scanString() { return found }
                let keyEnd = index - 1
                skipSpace()
                guard index < bytes.count else { return endOfFile }
                guard bytes[index] == UInt8(ascii: ":") else { return problem("expected ':' after the key") }
                index += 1
                if keys != nil {
                    skipSpace()
                    let first = index < bytes.count ? bytes[index] : nil
                    if keys?.enter(key: keyStart..<keyEnd, earlier: &earlierKeys, in: bytes, value: first) == true {
                        return nil
                    }
                }
            } else if keys != nil {
                keys?.enter(element: element)
            }
            element += 1
            let found = scanValue()
            keys?.leave()
            if let found { return found }
            skipSpace()
            guard index < bytes.count else { return endOfFile }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == close {
                index += 1
                return nil
            }
            return problem("expected ',' or '\(Character(Unicode.Scalar(close)))'")
        }
    }

    private mutating func scanString() -> Problem? {
        let start = index
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return nil
            }
            if byte < 0x20 { return problem("a control character inside text (a line break must be written \\n)") }
            if byte == UInt8(ascii: "\\") {
                index += 1
                guard index < bytes.count else { break }
                let escape = bytes[index]
                if escape == UInt8(ascii: "u") {
                    guard let unit = hexUnit(at: index + 1) else {
                        return problem("\\u must be followed by four hex digits")
                    }
                    // Foundation refuses a UTF-16 surrogate that is not half of a pair.
                    if (0xDC00...0xDFFF).contains(unit) {
                        return problem(
                            "\\u\(String(unit, radix: 16)) is half of a character (a lone low surrogate)", at: index - 1
                        )
                    }
                    if (0xD800...0xDBFF).contains(unit) {
                        let next = index + 5
                        guard next + 1 < bytes.count, bytes[next] == UInt8(ascii: "\\"),
                            bytes[next + 1] == UInt8(ascii: "u"),
                            let low = hexUnit(at: next + 2), (0xDC00...0xDFFF).contains(low)
                        else {
                            return problem(
                                "\\u\(String(unit, radix: 16)) is half of a character (a lone high surrogate)",
                                at: index - 1)
                        }
                        index += 6
                    }
                    index += 4
                } else if !Self.simpleEscapes.contains(escape) {
                    return problem("unknown escape \\\(Character(Unicode.Scalar(escape)))")
                }
            }
            index += 1
        }
        return problem("text in quotes is never closed (is the file truncated?)", at: start)
    }

    /// The letters that may follow a backslash, besides `u`.
    private static let simpleEscapes: Set<UInt8> = Set("\"\\/bfnrt".utf8)

    private mutating func scanLiteral(_ word: StaticString) -> Problem? {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return endOfFile }
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
        guard bytes[index..<index + count].elementsEqual(expected) else { return problem("expected \(word)") }
        index += count
        return nil
    }

    /// The UTF-16 unit of four hex digits at `offset`, if there are four.
    private func hexUnit(at offset: Int) -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[offset..<offset + 4] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
            value = value * 16 + UInt32(digit)
        }
        return value
    }

    private mutating func scanNumber() -> Problem? {
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, digits.contains(bytes[index]) else { return problem("expected a digit") }
        if bytes[index] == UInt8(ascii: "0"), index + 1 < bytes.count, digits.contains(bytes[index + 1]) {
            return problem("a number may not start with 0 (write 123, not 0123)")
        }
        while index < bytes.count, digits.contains(bytes[index]) { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, digits.contains(bytes[index]) else {
                return problem("expected a digit after '.'")
            }
            while index < bytes.count, digits.contains(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < bytes.count, digits.contains(bytes[index]) else { return problem("expected an exponent") }
            while index < bytes.count, digits.contains(bytes[index]) { index += 1 }
        }
        // Comparing keys, the text has been read already; its numbers need no second look.
        if keys != nil { return nil }
        // Foundation refuses a number no Double can hold.
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if let value = Double(text), !value.isFinite {
            return problem("the number \(text) is too large to read", at: start)
        }
        if wholeNumbers, Int(text) == nil {
            return problem("\(text) is not a whole number of the size imgpath stores", at: start)
        }
        return nil
    }
}
