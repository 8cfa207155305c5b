/// A `Decoder` over `FastJSON` values: just enough of the protocol for the history entries (a
/// keyed object of strings, integers and booleans, and types that decode from one string), so
/// that `HistoryEntry.init(from:)` serves both this fast path and Foundation's decoder.
///
/// Any surprise throws; the caller then reads the file with Foundation, whose errors carry the
/// place in the file for the message.
struct FastJSONDecoder: Decoder {
    /// Why the fast path gave up; never shown to a person.
    struct Unsupported: Error {}

    let value: FastJSON
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else { throw Unsupported() }
        return KeyedDecodingContainer(Keyed<Key>(members: members))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw Unsupported() }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(value: value) }

    private struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let members: [String: FastJSON]
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

        func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

        func decodeNil(forKey key: Key) throws -> Bool { members[key.stringValue] == .null }

        func member(_ key: Key) throws -> FastJSON {
            guard let value = members[key.stringValue] else { throw Unsupported() }
            return value
        }

        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
            guard case .bool(let flag) = try member(key) else { throw Unsupported() }
            return flag
        }

        func decode(_ type: String.Type, forKey key: Key) throws -> String {
            guard case .string(let text) = try member(key) else { throw Unsupported() }
            return text
        }

        func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
            guard case .integer(let number) = try member(key) else { throw Unsupported() }
            return number
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            try T(from: FastJSONDecoder(value: try member(key)))
        }

        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { throw Unsupported() }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { throw Unsupported() }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { throw Unsupported() }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { throw Unsupported() }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { throw Unsupported() }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { throw Unsupported() }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { throw Unsupported() }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { throw Unsupported() }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { throw Unsupported() }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { throw Unsupported() }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { throw Unsupported() }

        func nestedContainer<NestedKey: CodingKey>(
            keyedBy type: NestedKey.Type, forKey key: Key
        ) throws -> KeyedDecodingContainer<NestedKey> { throw Unsupported() }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { throw Unsupported() }
        func superDecoder() throws -> any Decoder { throw Unsupported() }
        func superDecoder(forKey key: Key) throws -> any Decoder { throw Unsupported() }
    }

    private struct Single: SingleValueDecodingContainer {
        let value: FastJSON
        var codingPath: [any CodingKey] { [] }

        func decodeNil() -> Bool { value == .null }

        func decode(_ type: String.Type) throws -> String {
            guard case .string(let text) = value else { throw Unsupported() }
            return text
        }

        func decode(_ type: Int.Type) throws -> Int {
            guard case .integer(let number) = value else { throw Unsupported() }
            return number
        }

        func decode(_ type: Bool.Type) throws -> Bool {
            guard case .bool(let flag) = value else { throw Unsupported() }
            return flag
        }

        func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: FastJSONDecoder(value: value)) }

        func decode(_ type: Double.Type) throws -> Double { throw Unsupported() }
        func decode(_ type: Float.Type) throws -> Float { throw Unsupported() }
        func decode(_ type: Int8.Type) throws -> Int8 { throw Unsupported() }
        func decode(_ type: Int16.Type) throws -> Int16 { throw Unsupported() }
        func decode(_ type: Int32.Type) throws -> Int32 { throw Unsupported() }
        func decode(_ type: Int64.Type) throws -> Int64 { throw Unsupported() }
        func decode(_ type: UInt.Type) throws -> UInt { throw Unsupported() }
        func decode(_ type: UInt8.Type) throws -> UInt8 { throw Unsupported() }
        func decode(_ type: UInt16.Type) throws -> UInt16 { throw Unsupported() }
        func decode(_ type: UInt32.Type) throws -> UInt32 { throw Unsupported() }
        func decode(_ type: UInt64.Type) throws -> UInt64 { throw Unsupported() }
    }
}
