/// One cell of the screen grid: what is drawn there and what it means.
public struct Cell: Equatable, Sendable {
    /// The character drawn, or nil for the right half of a wide character.
    public var character: Character?
    public var role: StyleRole
    /// Bold emphasis on top of the role (titles, the selected row's name).
    public var emphasis: Bool

    public init(_ character: Character? = " ", role: StyleRole = .text, emphasis: Bool = false) {
        self.character = character
        self.role = role
        self.emphasis = emphasis
    }
}
