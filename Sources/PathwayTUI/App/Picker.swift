import PathwayCore

/// A list of choices shown over the screen: the statuses a step could move to (blocked ones
/// with the reason), or the values of a profile choice. Enter takes the highlighted one, once.
public struct Picker: Equatable, Sendable {
    /// What choosing does.
    public enum Purpose: Equatable, Sendable {
        case status(MilestoneID)
        case profile(ProfileField)
        /// A program's field with a few possible values (visa, yes or no).
        case programField(id: String, ProgramField)
        /// The kind of a new experience (its site and dates are asked next).
        case newExperience
        /// An experience's kind.
        case experienceField(id: String, ExperienceField)
        /// A letter's field with a few values (US physician, the experience it came from).
        case letterField(id: String, LetterField)
        /// The programs a letter goes to: choosing one assigns it, or takes it off.
        case letterAssignment(id: String)
        /// The programs table's columns: choosing one shows or hides it.
        case programColumns
        /// The status for the marked programs (their day is asked next).
        case programsStatus(ids: [String])
        /// The letter to assign to programs (its day is asked next).
        case letterForPrograms(ids: [String])
    }

    /// One choice.
    public struct Option: Equatable, Sendable {
        public var label: String
        /// The status chosen, for a status picker.
        public var status: Status?
        /// The stored value, for a profile choice (nil clears it).
        public var value: String?
        /// Why it cannot be chosen; nil when it can.
        public var blocker: String?
        /// Advice that goes with choosing it.
        public var warning: String?
        /// Whether it is the value now (a profile choice).
        public var isCurrent = false

        public var isAllowed: Bool { blocker == nil }
    }

    public var title: String
    public var purpose: Purpose
    public var options: [Option]
    public var cursor: ListCursor

    /// The statuses a milestone could move to, the first allowed one highlighted.
    public static func statuses(for id: MilestoneID, in pathway: Pathway, today: CalendarDay) -> Picker? {
        let options = PathwayMachine.options(for: id, in: pathway, today: today).map { option in
            Option(
                label: option.status.label, status: option.status, blocker: option.blockers.first.map { "\($0)" },
                warning: option.warnings.first?.message)
        }
        guard !options.isEmpty else { return nil }
        let first = options.firstIndex(where: \.isAllowed) ?? 0
        return Picker(
            title: "Set \(MilestoneCatalog[id].shortName) to", purpose: .status(id), options: options,
            cursor: ListCursor(selection: first))
    }

    /// The values of a profile choice (citizenship, visa track), the current one highlighted.
    public static func choices(for field: ProfileField, in profile: Profile) -> Picker? {
        let options: [Option]
        let current: String
        switch field {
        case .citizenship:
            options = Citizenship.allCases.map {
                Option(label: $0.label, value: $0 == .unknown ? nil : $0.rawValue, isCurrent: $0 == profile.citizenship)
            }
            current = profile.citizenship.label
        case .visaTrack:
            options = VisaTrack.allCases.map {
                Option(label: $0.label, value: $0 == .none ? nil : $0.rawValue, isCurrent: $0 == profile.visaTrack)
            }
            current = profile.visaTrack.label
        default:
            return nil
        }
        return Picker(
            title: field.label, purpose: .profile(field), options: options,
            cursor: ListCursor(selection: options.firstIndex { $0.label == current } ?? 0))
    }

    public var selected: Option? {
        options.indices.contains(cursor.selection) ? options[cursor.selection] : nil
    }
}

extension Picker {
    /// A choice of values with the one equal to `current` marked and highlighted (the first when
    /// none is).
    init(title: String, purpose: Purpose, options: [Option], current: String) {
        let marked = options.map { option in
            var option = option
            option.isCurrent = option.value == current
            return option
        }
        self.init(
            title: title, purpose: purpose, options: marked,
            cursor: ListCursor(selection: marked.firstIndex(where: \.isCurrent) ?? 0))
    }
}
