import PathwayCore

/// Turns a theme file into a `Theme`, checking every key so a mistake is reported with the file
/// and the key's path (`roles.blocked.color8.fg`) rather than as a generic decoding failure.
///
/// The format, one object per file:
///
///     {"name": "light", "description": "...",
///      "roles": {"text": {"color256": {"fg": 235, "bg": null},
///                         "color8": {"fg": "black", "bg": "default"},
///                         "attributes": ["bold"]}, ...}}
///
/// Every role must be present. Inside a role each of the three keys may be left out (no colour,
/// no attributes), and `fg`/`bg` may be left out or null (the terminal's default). Unknown keys
/// are errors, because a misspelt key silently ignored is a theme that mysteriously does nothing.
struct ThemeDecoder {
    /// The name used in messages.
    let file: String

    func decode(_ bytes: [UInt8], expectedName: String?) throws(ThemeError) -> Theme {
        guard let document = JSONValue.parse(bytes) else {
            let problem = JSONSyntaxCheck.firstProblem(in: bytes)?.description ?? "the text is not UTF-8 JSON"
            throw .malformedJSON(file: file, problem: problem)
        }
        let top = try object(document, at: "(top level)")
        try checkKeys(top, allowed: ["name", "description", "roles"], at: nil)
        let name = try string(top["name"], at: "name")
        if let expectedName, name != expectedName {
            throw .nameMismatch(file: file, name: name, expected: expectedName)
        }
        let description =
            try top["description"].map { value throws(ThemeError) in
                try string(value, at: "description")
            } ?? ""
        guard let rolesValue = top["roles"] else { throw .missingKey(file: file, key: "roles") }
        let roles = try object(rolesValue, at: "roles")
        try checkKeys(roles, allowed: StyleRole.allCases.map(\.rawValue), at: "roles")
        var styles: [StyleRole: RoleStyle] = [:]
        for role in StyleRole.allCases {
            let key = "roles." + role.rawValue
            guard let value = roles[role.rawValue] else { throw .missingKey(file: file, key: key) }
            styles[role] = try style(value, at: key)
        }
        return Theme(name: name, description: description, styles: styles)
    }

    private func style(_ value: JSONValue, at key: String) throws(ThemeError) -> RoleStyle {
        let fields = try object(value, at: key)
        try checkKeys(fields, allowed: ["color256", "color8", "attributes"], at: key)
        var style = RoleStyle()
        if let pair = fields["color256"] {
            let colours = try colourPair(pair, at: key + ".color256")
            style.foreground256 = try paletteIndex(colours["fg"], at: key + ".color256.fg")
            style.background256 = try paletteIndex(colours["bg"], at: key + ".color256.bg")
        }
        if let pair = fields["color8"] {
            let colours = try colourPair(pair, at: key + ".color8")
            style.foreground8 = try basicColor(colours["fg"], at: key + ".color8.fg")
            style.background8 = try basicColor(colours["bg"], at: key + ".color8.bg")
        }
        if let list = fields["attributes"] {
            guard case .array(let items) = list else {
                throw .wrongType(file: file, key: key + ".attributes", expected: "a list", found: list.kindName)
            }
            for (index, item) in items.enumerated() {
                style.attributes.insert(try attribute(item, at: "\(key).attributes[\(index)]"))
            }
        }
        return style
    }

    private func colourPair(_ value: JSONValue, at key: String) throws(ThemeError) -> [String: JSONValue] {
        let pair = try object(value, at: key)
        try checkKeys(pair, allowed: ["fg", "bg"], at: key)
        return pair
    }

    private func paletteIndex(_ value: JSONValue?, at key: String) throws(ThemeError) -> Int? {
        switch value {
        case nil, .null?: return nil
        case .integer(let index)?:
            guard RoleStyle.paletteRange.contains(index) else {
                throw .outOfRange(file: file, key: key, value: String(index), range: RoleStyle.paletteRange)
            }
            return index
        case .number(let number)?:
            throw .outOfRange(file: file, key: key, value: String(number), range: RoleStyle.paletteRange)
        case let other?:
            throw .wrongType(file: file, key: key, expected: "a number from 0 to 255 or null", found: other.kindName)
        }
    }

    private func basicColor(_ value: JSONValue?, at key: String) throws(ThemeError) -> BasicColor {
        switch value {
        case nil, .null?: return .default
        case .string(let name)?:
            guard let color = BasicColor(rawValue: name) else {
                throw .notOneOf(
                    file: file, key: key, value: "\"\(name)\"", allowed: BasicColor.allCases.map(\.rawValue))
            }
            return color
        case let other?:
            throw .wrongType(file: file, key: key, expected: "a colour name", found: other.kindName)
        }
    }

    private func attribute(_ value: JSONValue, at key: String) throws(ThemeError) -> TextAttribute {
        guard case .string(let name) = value else {
            throw .wrongType(file: file, key: key, expected: "an attribute name", found: value.kindName)
        }
        guard let attribute = TextAttribute(rawValue: name) else {
            throw .notOneOf(
                file: file, key: key, value: "\"\(name)\"", allowed: TextAttribute.allCases.map(\.rawValue))
        }
        return attribute
    }

    private func object(_ value: JSONValue, at key: String) throws(ThemeError) -> [String: JSONValue] {
        guard case .object(let fields) = value else {
            throw .wrongType(file: file, key: key, expected: "an object", found: value.kindName)
        }
        return fields
    }

    private func string(_ value: JSONValue?, at key: String) throws(ThemeError) -> String {
        guard let value else { throw .missingKey(file: file, key: key) }
        guard case .string(let text) = value else {
            throw .wrongType(file: file, key: key, expected: "a string", found: value.kindName)
        }
        return text
    }

    private func checkKeys(_ fields: [String: JSONValue], allowed: [String], at parent: String?) throws(ThemeError) {
        // Sorted so that the same broken file always gives the same message.
        for key in fields.keys.sorted() where !allowed.contains(key) {
            throw .unknownKey(file: file, key: parent.map { $0 + "." + key } ?? key, expected: allowed)
        }
    }
}
