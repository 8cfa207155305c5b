/// Why a cell is not a date the import can read.
public struct SheetDateError: Error, Equatable, Sendable {
    public let reason: String
}
