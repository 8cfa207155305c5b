import CWidth

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The C library's `wcwidth`, asked under a UTF-8 character type of its own.
///
/// `wcwidth` answers for the calling thread's locale, and in the "C" locale (tests, or a
/// terminal without UTF-8) it knows no character past ASCII. The screen must measure the same
/// everywhere, so each question is asked with a C.UTF-8 locale made current for the thread just
/// for it (`uselocale` changes only the calling thread, and is put back at once).
///
/// glibc declares `wcwidth` only under `_XOPEN_SOURCE`, which Swift's Glibc module does not
/// set; the CWidth module declares it. (It was once looked up by name with `dlsym`, which finds
/// nothing in the static release executable: every character then measured one column.)
final class CLibraryWidth: @unchecked Sendable {
    // @unchecked: the locale is set once in `init` and only read afterwards; a locale object may
    // be used by several threads at once.
    private let locale: locale_t?

    static let shared = CLibraryWidth()

    private init() {
        locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) ?? newlocale(LC_CTYPE_MASK, "en_US.UTF-8", nil)
    }

    /// `wcwidth(value)` in UTF-8; 1 when the C library cannot say (no UTF-8 locale).
    func width(_ value: Int32) -> Int32 {
        guard let locale else { return 1 }
        let previous = uselocale(locale)
        defer { uselocale(previous) }
        return imgpath_c_wcwidth(value)
    }
}
