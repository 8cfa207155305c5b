#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where "now" comes from; injected so that tests and replays are deterministic.
public struct Clock: Sendable {
    public let now: @Sendable () -> Timestamp

    public init(now: @escaping @Sendable () -> Timestamp) { self.now = now }

    /// Today's calendar day in the local time zone.
    public var today: CalendarDay { now().localDay }

    /// The system's wall clock.
    public static let system = Clock {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Timestamp(secondsSince1970: Int64(spec.tv_sec))
    }

    /// A clock stopped at one instant, for tests and the `IMGPATH_NOW` override.
    public static func fixed(_ instant: Timestamp) -> Clock { Clock { instant } }
}
