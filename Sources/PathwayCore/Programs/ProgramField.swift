/// A field of a program that `program set` and the screen's editor change, with how its text is
/// read and checked: the one place that knows what each field accepts.
public enum ProgramField: String, EntryField, Sendable {
    case name
    case code
    case specialty
    case city
    case state
    case visa
    case minimumStep2Score = "minStep2"
    case maximumYearsSinceGraduation = "maxYears"
    case requiresUSClinicalExperience = "usce"
    case fee
    case notes
    case soap
    case thankYouSent = "thankYou"
    /// The day of each status, as the person says it happened (a status key stamps today until
    /// corrected here).
    case addedOn
    case appliedOn
    case invitedOn
    case interviewDay
    case interviewedOn
    case rejectedOn
    case withdrawnOn
    /// The interview in detail.
    case interviewTime
    case interviewTimeZone = "interviewZone"
    case interviewFormat
    case interviewPlace
    case interviewer
    case interviewNotes
    case rating

    /// The status whose day the field holds, for the date fields.
    public var status: ProgramStatus? {
        switch self {
        case .addedOn: .considering
        case .appliedOn: .applied
        case .invitedOn: .invited
        case .interviewDay: .interviewScheduled
        case .interviewedOn: .interviewed
        case .rejectedOn: .rejected
        case .withdrawnOn: .withdrawn
        default: nil
        }
    }

    /// The date field that holds a status's day.
    public static func day(of status: ProgramStatus) -> ProgramField {
        allCases.first { $0.status == status } ?? .appliedOn
    }

    public var label: String {
        switch self {
        case .name: "Name"
        case .code: "NRMP code"
        case .specialty: "Specialty"
        case .city: "City"
        case .state: "State"
        case .visa: "Visa sponsorship"
        case .minimumStep2Score: "Minimum Step 2 CK"
        case .maximumYearsSinceGraduation: "Max years since graduation"
        case .requiresUSClinicalExperience: "Requires US clinical experience"
        case .fee: "Fee paid (USD)"
        case .notes: "Notes"
        case .soap: "SOAP round"
        case .thankYouSent: "Thank-you sent on"
        case .addedOn: "Added on"
        case .appliedOn: "Applied on"
        case .invitedOn: "Invite received on"
        case .interviewDay: "Interview day"
        case .interviewedOn: "Interviewed on"
        case .rejectedOn: "Rejected on"
        case .withdrawnOn: "Withdrawn on"
        case .interviewTime: "Interview time"
        case .interviewTimeZone: "Interview time zone"
        case .interviewFormat: "Interview format"
        case .interviewPlace: "Interview place or link"
        case .interviewer: "Interviewer"
        case .interviewNotes: "Interview notes"
        case .rating: "Rating (1-5)"
        }
    }

    /// What the field accepts, for help and error messages.
    public var accepts: String {
        switch self {
        case .name: "any text (not empty)"
        case .code: "an NRMP program code such as 1000140C0, or empty"
        case .specialty, .city, .notes: "any text"
        case .state: "a US state or territory code such as NY, or empty"
        case .visa: VisaSponsorship.allCases.map(\.rawValue).joined(separator: ", ")
        case .minimumStep2Score: "a score from 1 to 300, or empty"
        case .maximumYearsSinceGraduation: "a whole number of years from 0 to 60, or empty"
        case .requiresUSClinicalExperience: "yes, no, or empty (not known)"
        case .fee: "an amount in US dollars such as 35 or 35.00, or empty"
        case .soap: "yes or no"
        case .thankYouSent:
            "a date YYYY-MM-DD, \(ProgramField.dismissed) (no note and no reminder), or empty"
        case .addedOn, .appliedOn, .invitedOn, .interviewDay, .interviewedOn, .rejectedOn, .withdrawnOn:
            "a date YYYY-MM-DD, or empty"
        case .interviewTime: "a time HH:MM (24-hour), or empty"
        case .interviewTimeZone: "a time zone such as America/New_York or UTC, or empty"
        case .interviewFormat: "virtual, inPerson, or empty"
        case .interviewPlace, .interviewer, .interviewNotes: "any text"
        case .rating: "a rating from 1 to 5, or empty"
        }
    }

    /// The field's current value as text, as the editor starts from and `program list` prints.
    public func text(of program: Program) -> String {
        switch self {
        case .name: program.name
        case .code: program.code ?? ""
        case .specialty: program.specialty
        case .city: program.city
        case .state: program.state
        case .visa: program.visa.rawValue
        case .minimumStep2Score: program.minimumStep2Score.map(String.init) ?? ""
        case .maximumYearsSinceGraduation: program.maximumYearsSinceGraduation.map(String.init) ?? ""
        case .requiresUSClinicalExperience: program.requiresUSClinicalExperience.map { $0 ? "yes" : "no" } ?? ""
        case .fee: program.feeCents.map(ProgramField.dollars) ?? ""
        case .notes: program.notes
        case .soap: program.soap ? "yes" : "no"
        case .thankYouSent:
            program.thankYouSent?.description ?? (program.thankYouDismissed == true ? ProgramField.dismissed : "")
        case .addedOn, .appliedOn, .invitedOn, .interviewDay, .interviewedOn, .rejectedOn, .withdrawnOn:
            status.flatMap { program.date(of: $0) }?.description ?? ""
        case .interviewTime: program.interviewTime ?? ""
        case .interviewTimeZone: program.interviewTimeZone ?? ""
        case .interviewFormat: program.interviewFormat?.rawValue ?? ""
        case .interviewPlace: program.interviewPlace ?? ""
        case .interviewer: program.interviewer ?? ""
        case .interviewNotes: program.interviewNotes ?? ""
        case .rating: program.rating.map(String.init) ?? ""
        }
    }

    /// Sets the field from text, or says why the text does not fit.
    public func set(_ text: String, on program: inout Program) -> ProgramFieldError? {
        let trimmed = text.trimmingSpaces()
        func fail(_ why: String) -> ProgramFieldError {
            ProgramFieldError(field: rawValue, reason: "\(label): \(why); expected \(accepts)")
        }
        switch self {
        case .name:
            guard !trimmed.isEmpty else { return fail("a program needs a name") }
            program.name = trimmed
        case .code:
            if trimmed.isEmpty {
                program.code = nil
                return nil
            }
            switch NRMPProgramCode.validate(trimmed) {
            case .success(let code): program.code = code
            case .failure(let error): return error
            }
        case .specialty: program.specialty = trimmed
        case .city: program.city = trimmed
        case .notes: program.notes = text
        case .state:
            if trimmed.isEmpty {
                program.state = ""
                return nil
            }
            guard let code = USState.code(trimmed) else {
                return fail("\"\(trimmed)\" is not a US state or territory code")
            }
            program.state = code
        case .visa:
            guard let visa = VisaSponsorship(lenient: trimmed) else {
                return fail("\"\(trimmed)\" is not a visa answer")
            }
            program.visa = visa
        case .minimumStep2Score:
            guard let value = ProgramField.number(trimmed, in: 1...300) else {
                return fail("\"\(trimmed)\" is not a score")
            }
            program.minimumStep2Score = value
        case .maximumYearsSinceGraduation:
            guard let value = ProgramField.number(trimmed, in: 0...60) else {
                return fail("\"\(trimmed)\" is not a number of years")
            }
            program.maximumYearsSinceGraduation = value
        case .requiresUSClinicalExperience:
            guard let value = ProgramField.yesNo(trimmed, allowEmpty: true) else {
                return fail("\"\(trimmed)\" is not yes or no")
            }
            program.requiresUSClinicalExperience = value
        case .soap:
            guard let value = ProgramField.yesNo(trimmed, allowEmpty: false), let soap = value else {
                return fail("\"\(trimmed)\" is not yes or no")
            }
            program.soap = soap
        case .fee:
            guard let cents = ProgramField.cents(trimmed) else { return fail("\"\(trimmed)\" is not an amount") }
            program.feeCents = cents
        case .thankYouSent:
            // A note recorded later keeps the dismissal (the field shows the note's day); empty
            // clears both, so the reminder comes back.
            if trimmed.isEmpty {
                program.thankYouSent = nil
                program.thankYouDismissed = nil
                return nil
            }
            if trimmed.lowercased() == ProgramField.dismissed {
                program.thankYouSent = nil
                program.thankYouDismissed = true
                return nil
            }
            guard let day = CalendarDay(parsing: trimmed) else { return fail("\"\(trimmed)\" is not a date") }
            program.thankYouSent = day
        case .addedOn, .appliedOn, .invitedOn, .interviewDay, .interviewedOn, .rejectedOn, .withdrawnOn:
            guard let status else { return nil }
            if trimmed.isEmpty {
                program.dates[status.rawValue] = nil
                return nil
            }
            guard let day = CalendarDay(parsing: trimmed) else { return fail("\"\(trimmed)\" is not a date") }
            program.dates[status.rawValue] = day
        case .interviewTime:
            if trimmed.isEmpty {
                program.interviewTime = nil
                return nil
            }
            guard let time = ProgramField.clockTime(trimmed) else { return fail("\"\(trimmed)\" is not a time") }
            program.interviewTime = time
        case .interviewTimeZone:
            if trimmed.isEmpty {
                program.interviewTimeZone = nil
                return nil
            }
            guard let zone = ProgramField.timeZone(trimmed) else {
                return fail("\"\(trimmed)\" is not a time zone name")
            }
            program.interviewTimeZone = zone
        case .interviewFormat:
            if trimmed.isEmpty {
                program.interviewFormat = nil
                return nil
            }
            guard let format = InterviewFormat(rawValue: trimmed) ?? InterviewFormat(lenient: trimmed) else {
                return fail("\"\(trimmed)\" is not virtual or in person")
            }
            program.interviewFormat = format
        case .interviewPlace: program.interviewPlace = trimmed.isEmpty ? nil : trimmed
        case .interviewer: program.interviewer = trimmed.isEmpty ? nil : trimmed
        case .interviewNotes: program.interviewNotes = text.isEmpty ? nil : text
        case .rating:
            guard let value = ProgramField.number(trimmed, in: 1...5) else {
                return fail("\"\(trimmed)\" is not 1 to 5")
            }
            program.rating = value
        }
        return nil
    }

    /// The value of the thank-you field that dismisses the reminder without recording a note.
    public static let dismissed = "dismissed"

    /// Reads a field name leniently (`minStep2`, `min-step2`, "Visa sponsorship").
    public init?(lenient text: String) {
        let folded = text.lowercased().filter { $0.isLetter || $0.isNumber }
        guard
            let field = ProgramField.allCases.first(where: {
                $0.rawValue.lowercased() == folded
                    || $0.label.lowercased().filter { $0.isLetter || $0.isNumber } == folded
            })
        else { return nil }
        self = field
    }

    /// An optional whole number in a range: `.some(nil)` for empty text, nil when unreadable.
    static func number(_ text: String, in range: ClosedRange<Int>) -> Int?? {
        if text.isEmpty { return .some(nil) }
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        guard text.utf8.count <= 4, text.utf8.allSatisfy(digits.contains), let value = Int(text), range.contains(value)
        else {
            return nil
        }
        return .some(value)
    }

    /// yes/no/true/false/y/n/1/0/x: `.some(nil)` for empty text when allowed, nil when unreadable.
    static func yesNo(_ text: String, allowEmpty: Bool) -> Bool?? {
        switch text.lowercased() {
        case "": allowEmpty ? .some(nil) : nil
        case "yes", "y", "true", "1", "x", "required": .some(true)
        case "no", "n", "false", "0", "not required": .some(false)
        case "unknown", "?": allowEmpty ? .some(nil) : nil
        default: nil
        }
    }

    /// Dollars ("$35", "35.5", "1,050.00") as cents: `.some(nil)` for empty, nil when unreadable.
    static func cents(_ text: String) -> Int?? {
        var digits = text
        if digits.hasPrefix("$") { digits.removeFirst() }
        if digits.hasSuffix("USD") { digits.removeLast(3) }
        // "1,250.00" or "$ 80": separators and spaces are dropped (checked by bytes first, since
        // every stored fee is read back this way when a file opens).
        if digits.utf8.contains(where: {
            !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) && $0 != UInt8(ascii: ".")
        }) {
            digits = String(digits.filter { $0 != "," && !$0.isWhitespace })
        }
        if digits.isEmpty { return text.isEmpty ? .some(nil) : nil }
        // Whole dollars (up to 7 digits), then optionally "." and one or two digits of cents.
        let bytes = Array(digits.utf8)
        let dot = bytes.firstIndex(of: UInt8(ascii: "."))
        let whole = bytes[..<(dot ?? bytes.endIndex)]
        let fraction = dot.map { bytes[($0 + 1)...] } ?? []
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        guard (1...7).contains(whole.count), whole.allSatisfy(isDigit), dot == nil || (1...2).contains(fraction.count),
            fraction.allSatisfy(isDigit)
        else { return nil }
        let value = { (digits: ArraySlice<UInt8>) in digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) } }
        let cents = fraction.count == 1 ? value(fraction) * 10 : value(fraction)
        return .some(value(whole) * 100 + cents)
    }

    /// A 24-hour clock time as `HH:MM` ("9:30" reads as "09:30"), or nil.
    static func clockTime(_ text: String) -> String? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        return (hour < 10 ? "0" : "") + String(hour) + ":" + parts[1]
    }

    /// A time zone name of the IANA database's shape (`America/New_York`, `Asia/Kolkata`,
    /// `Etc/GMT+5`) or `UTC`, or nil. The shape is checked, not the database: the zone is
    /// written into calendar files as it is, for the calendar program to resolve.
    static func timeZone(_ text: String) -> String? {
        if text.uppercased() == "UTC" || text.uppercased() == "Z" { return "UTC" }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        let allowed = { (c: Character) in c.isASCII && (c.isLetter || c.isNumber || c == "_" || c == "-" || c == "+") }
        guard (2...3).contains(parts.count), text.count <= 40,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(allowed) && ($0.first?.isLetter ?? false) })
        else { return nil }
        return text
    }

    /// Cents as dollars with two decimals ("35.00").
    public static func dollars(_ cents: Int) -> String {
        let remainder = cents % 100
        return "\(cents / 100)." + (remainder < 10 ? "0" : "") + String(remainder)
    }
}
