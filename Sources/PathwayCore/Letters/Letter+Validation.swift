extension Letter {
    /// The number in an id such as `lr-3`, or nil when the text is not a letter id.
    public static func number(in id: String) -> Int? { ItemNumber.number(in: id, prefix: idPrefix) }

    /// What makes this letter one imgpath never records, in words, or nil.
    public var problem: String? {
        if writer.trimmingSpaces().isEmpty { return "a letter needs a writer" }
        if let requested, let received, received < requested {
            return "\(id): received on \(received), before it was requested (\(requested))"
        }
        return nil
    }

    /// The same letter under another id.
    func withID(_ id: String) -> Letter {
        var copy = Letter(id: id, writer: writer)
        copy.title = title
        copy.specialty = specialty
        copy.institution = institution
        copy.usPhysician = usPhysician
        copy.experienceID = experienceID
        copy.requested = requested
        copy.received = received
        copy.assignments = assignments
        return copy
    }

    /// A description without the writer's name, for reports that leave names out:
    /// "US physician, internal medicine".
    public var anonymousDescription: String {
        var parts = [usPhysician ? "US physician" : "non-US writer"]
        if !specialty.isEmpty { parts.append(specialty) }
        return parts.joined(separator: ", ")
    }
}
