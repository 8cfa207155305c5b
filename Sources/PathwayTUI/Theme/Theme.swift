/// A decoded colour theme: a style for every `StyleRole`, for 256-colour, 8-colour and
/// colourless terminals alike.
///
/// Themes are plain JSON files (see `Themes/` and `ThemeDecoder` for the format); a theme
/// always has all twelve roles, because the decoder refuses a file that misses one.
public struct Theme: Equatable, Sendable {
    /// The name `--theme` and the config file use; the theme file's name without `.json`.
    public let name: String
    public let description: String
    private let styles: [StyleRole: RoleStyle]

    /// The theme used when none is chosen, and the fallback when the chosen one cannot be used.
    public static let defaultName = "default-dark"

    /// A theme from explicit styles; roles missing from `styles` get no colour and no attributes.
    public init(name: String, description: String, styles: [StyleRole: RoleStyle]) {
        self.name = name
        self.description = description
        self.styles = styles
    }

    /// The style of a role.
    public func style(for role: StyleRole) -> RoleStyle { styles[role] ?? RoleStyle() }

    /// Decodes a theme file's bytes.
    ///
    /// - Parameters:
    ///   - file: the name used in messages (`light.json`, or a user theme's path).
    ///   - expectedName: the file's name without `.json`, which the `name` key must equal.
    /// - Throws: `ThemeError` naming the file and the offending key.
    public static func decode(_ bytes: [UInt8], file: String, expectedName: String? = nil) throws(ThemeError) -> Theme {
        try ThemeDecoder(file: file).decode(bytes, expectedName: expectedName)
    }

    /// The bundled default theme. A test checks that it is bundled, so the monochrome fallback
    /// below is only a guard against a build without `Themes/default-dark.json`.
    public static let standard: Theme = BundledThemes.theme(named: defaultName) ?? monochrome

    /// A theme of attributes only, defined in code so that it can never fail to load.
    public static let monochrome = Theme(
        name: "monochrome", description: "Attributes only, built in.",
        styles: [
            .muted: RoleStyle(attributes: [.dim]), .accent: RoleStyle(attributes: [.bold]),
            .selection: RoleStyle(attributes: [.reverse]), .done: RoleStyle(attributes: [.bold]),
            .inProgress: RoleStyle(attributes: [.underline]), .blocked: RoleStyle(attributes: [.dim]),
            .failed: RoleStyle(attributes: [.bold, .underline]), .dueSoon: RoleStyle(attributes: [.underline]),
            .overdue: RoleStyle(attributes: [.bold, .reverse]), .border: RoleStyle(attributes: [.dim]),
            .statusBar: RoleStyle(attributes: [.reverse]),
        ])
}
