/// A field of a list entry (a program, an experience, a letter): written as text and read back
/// from it the way the command line, the screen and a sheet import take it.
public protocol EntryField: CaseIterable {
    associatedtype Entry
    /// The field's value as text, as `set` reads it back.
    func text(of entry: Entry) -> String
    /// Sets the field from text, or says why the text does not fit.
    func set(_ text: String, on entry: inout Entry) -> ProgramFieldError?
}

extension EntryField {
    /// `base` with every field that `include` takes set from its text in `entry`, so each value
    /// is in the form the field stores it (codes in capitals, names trimmed); or the first field
    /// that does not read.
    static func copy(
        of entry: Entry, onto base: Entry, where include: (Self, String) -> Bool = { _, _ in true }
    ) -> Result<Entry, ProgramFieldError> {
        var copy = base
        for field in allCases {
            let text = field.text(of: entry)
            if include(field, text), let error = field.set(text, on: &copy) { return .failure(error) }
        }
        return .success(copy)
    }
}
