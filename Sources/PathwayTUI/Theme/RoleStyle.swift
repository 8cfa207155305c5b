/// How one style role looks: a colour pair for 256-colour terminals, one for 8-colour terminals,
/// and attributes that apply everywhere (and are all that is left without colour).
public struct RoleStyle: Equatable, Sendable {
    /// Foreground from the 256-colour palette; nil keeps the terminal's default.
    public var foreground256: Int?
    /// Background from the 256-colour palette; nil keeps the terminal's default.
    public var background256: Int?
    public var foreground8: BasicColor
    public var background8: BasicColor
    /// Note that `reverse` swaps foreground and background, in every mode.
    public var attributes: Set<TextAttribute>

    /// The valid range of a 256-colour palette index.
    public static let paletteRange = 0...255

    public init(
        foreground256: Int? = nil, background256: Int? = nil, foreground8: BasicColor = .default,
        background8: BasicColor = .default, attributes: Set<TextAttribute> = []
    ) {
        self.foreground256 = foreground256
        self.background256 = background256
        self.foreground8 = foreground8
        self.background8 = background8
        self.attributes = attributes
    }
}
