/// Turning a decoder's error into words that point at the place in the file.
extension StoreError {
    /// An `invalid` error for a `DecodingError`, naming the key path.
    static func invalid(from error: any Error, path: String) -> StoreError {
        guard let decoding = error as? DecodingError else {
            return .invalid(path: path, location: "(document)", reason: "\(error)")
        }
        switch decoding {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return .invalid(path: path, location: location(context.codingPath), reason: describe(decoding: decoding))
        case .keyNotFound(let key, let context):
            return .invalid(
                path: path, location: location(context.codingPath + [key]), reason: describe(decoding: decoding))
        @unknown default:
            return .invalid(path: path, location: "(document)", reason: "\(decoding)")
        }
    }

    /// What is wrong, with the key path when the error has one.
    static func describe(decoding error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return "\(error)" }
        switch decoding {
        case .typeMismatch(let type, let context):
            return "expected \(typeName(type)) at \(location(context.codingPath))"
        case .valueNotFound(let type, let context):
            return "missing \(typeName(type)) at \(location(context.codingPath))"
        case .keyNotFound(let key, let context):
            return "the required key \(location(context.codingPath + [key])) is missing"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty
                ? context.debugDescription : "\(location(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(decoding)"
        }
    }

    private static func location(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text.isEmpty ? "(top level)" : text
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type, is Double.Type, is Int64.Type: "a number"
        case is Bool.Type: "true or false"
        default:
            "\(type)".hasPrefix("Dictionary")
                ? "an object ({...})" : "\(type)".hasPrefix("Array") ? "a list ([...])" : "\(type)"
        }
    }
}
