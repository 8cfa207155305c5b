/// Turning a decoder's error into words that point at the place in the file.
extension StoreError {
    /// An `invalid` error for a `DecodingError`, naming the key path.
    static func invalid(from error: any Error, path: String) -> StoreError {
        guard let decoding = error as? DecodingError else {
            return .invalid(path: path, location: "(document)", reason: "\(error)")
        }
        // The location is said once, before the reason.
        switch decoding {
        case .typeMismatch(let type, let context):
            return .invalid(path: path, location: location(context.codingPath), reason: "expected \(typeName(type))")
        case .valueNotFound(let type, let context):
            return .invalid(path: path, location: location(context.codingPath), reason: "missing \(typeName(type))")
        case .dataCorrupted(let context):
            return .invalid(
                path: path, location: location(context.codingPath), reason: plainWords(context.debugDescription))
        case .keyNotFound(let key, let context):
            return .invalid(path: path, location: location(context.codingPath + [key]), reason: "the key is missing")
        @unknown default:
            return .invalid(path: path, location: "(document)", reason: "\(decoding)")
        }
    }

    /// The values a stored word can take, by the name of its type, for a value that is none of
    /// them ("pased" for a status).
    private static let words: [String: [String]] = [
        "Status": Status.allCases.map(\.rawValue),
        "MilestoneID": MilestoneID.allCases.map(\.rawValue),
        "ProgramStatus": ProgramStatus.allCases.map(\.rawValue),
        "VisaSponsorship": VisaSponsorship.allCases.map(\.rawValue),
        "InterviewFormat": InterviewFormat.allCases.map(\.rawValue),
        "Citizenship": Citizenship.allCases.map(\.rawValue),
        "VisaTrack": VisaTrack.allCases.map(\.rawValue),
        "ExperienceKind": ExperienceKind.allCases.map(\.rawValue),
        "SeasonEventID": SeasonEventID.allCases.map(\.rawValue),
    ]

    /// The decoder's sentence for a word that is not one of its type's values, said as a person
    /// would ("\"pased\" is not one of: notStarted, registered, ..."); any other sentence as it is.
    private static func plainWords(_ sentence: String) -> String {
        let marker = " from invalid String value "
        guard sentence.hasPrefix("Cannot initialize "), let range = sentence.firstRange(of: marker) else {
            return sentence
        }
        let type = String(sentence.dropFirst("Cannot initialize ".count).prefix { $0 != " " })
        let value = String(sentence[range.upperBound...])
        guard let allowed = words[type] else { return "\"\(value)\" is not a value imgpath reads here" }
        return "\"\(value)\" is not one of: " + allowed.joined(separator: ", ")
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
            let reason = plainWords(context.debugDescription)
            return context.codingPath.isEmpty ? reason : "\(location(context.codingPath)): \(reason)"
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
