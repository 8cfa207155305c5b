#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An instant with one-second precision, stored as UTC ISO 8601 (`2026-11-26T00:40:10Z`).
public struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let secondsSince1970: Int64

    public init(secondsSince1970: Int64) { self.secondsSince1970 = secondsSince1970 }

    /// Parses `YYYY-MM-DDTHH:MM:SSZ`; nil for anything else.
    public init?(parsing text: String) {
        var text = text
        let seconds: Int64? = text.withUTF8 { bytes in
            guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
                bytes[10] == UInt8(ascii: "T"), bytes[19] == UInt8(ascii: "Z"),
                bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
                let y = CalendarDay.number(bytes, 0, 4), let m = CalendarDay.number(bytes, 5, 2),
                let d = CalendarDay.number(bytes, 8, 2), let day = CalendarDay(year: y, month: m, day: d),
                let hour = CalendarDay.number(bytes, 11, 2), hour < 24,
                let minute = CalendarDay.number(bytes, 14, 2), minute < 60,
                let second = CalendarDay.number(bytes, 17, 2), second < 60
            else { return nil }
            return Int64(day.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        }
        guard let seconds else { return nil }
        secondsSince1970 = seconds
    }

    /// The UTC calendar day and time of day.
    public var description: String {
        let days = Int(secondsSince1970 >= 0 ? secondsSince1970 / 86_400 : (secondsSince1970 - 86_399) / 86_400)
        let rest = Int(secondsSince1970 - Int64(days) * 86_400)
        let day = CalendarDay.fromDaysSinceEpoch(days)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20)
        CalendarDay.appendDigits(day.year, count: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        CalendarDay.appendDigits(day.month, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        CalendarDay.appendDigits(day.day, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        CalendarDay.appendDigits(rest / 3600, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        CalendarDay.appendDigits(rest / 60 % 60, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        CalendarDay.appendDigits(rest % 60, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: "Z"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The local calendar day of this instant, in the process's time zone.
    public var localDay: CalendarDay { CalendarDay.local(secondsSince1970: Double(secondsSince1970)) }

    /// Local date and time for display, "2026-11-26 01:40".
    public var localDescription: String {
        var time = time_t(secondsSince1970)
        var parts = tm()
        localtime_r(&time, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(localDay) \(two(parts.tm_hour)):\(two(parts.tm_min))"
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.secondsSince1970 < rhs.secondsSince1970 }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Timestamp(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(text)\" is not a time of the form YYYY-MM-DDTHH:MM:SSZ")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension CalendarDay {
    /// The day a count of days after 1970-01-01 falls on (Howard Hinnant's civil_from_days).
    public static func fromDaysSinceEpoch(_ count: Int) -> CalendarDay {
        let z = count + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return CalendarDay(year: y, month: m, day: d) ?? epoch
    }

    /// The day `count` days after this one.
    public func adding(days count: Int) -> CalendarDay { .fromDaysSinceEpoch(daysSinceEpoch + count) }
}
