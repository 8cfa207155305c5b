/// The keys of a JSON text without its values: what is compared to find fields a decoder
/// skipped without a word.
indirect enum JSONShape: Decodable {
    case object([String: JSONShape])
    case array([JSONShape])
    case scalar
    case null

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        if let container = try? decoder.container(keyedBy: AnyKey.self) {
            var members: [String: JSONShape] = [:]
            for key in container.allKeys {
                members[key.stringValue] = try container.decode(JSONShape.self, forKey: key)
            }
            self = .object(members)
        } else if var container = try? decoder.unkeyedContainer() {
            var elements: [JSONShape] = []
            while !container.isAtEnd { elements.append(try container.decode(JSONShape.self)) }
            self = .array(elements)
        } else {
            self = try decoder.singleValueContainer().decodeNil() ? .null : .scalar
        }
    }

    /// The path of the first key here that `known` lacks (a null value counts as absent).
    func firstKey(missingFrom known: JSONShape, path: String = "") -> String? {
        switch (self, known) {
        case (.object(let members), .object(let knownMembers)):
            for key in members.keys.sorted() {
                let child = path.isEmpty ? key : path + "." + key
                guard let member = members[key] else { continue }
                guard let knownMember = knownMembers[key] else {
                    if case .null = member { continue }
                    return child
                }
                if let found = member.firstKey(missingFrom: knownMember, path: child) { return found }
            }
        case (.array(let elements), .array(let knownElements)):
            for (index, element) in elements.enumerated() where index < knownElements.count {
                if let found = element.firstKey(missingFrom: knownElements[index], path: path + "[\(index)]") {
                    return found
                }
            }
        default:
            break
        }
        return nil
    }
}
