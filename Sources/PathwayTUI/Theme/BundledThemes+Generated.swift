// swift-format-ignore-file
// Generated from Themes/*.json by Themes/embed.sh (ThemeCodegen). Do not edit by hand:
// edit the theme file and run the script again.

extension BundledThemes {
    /// The names of the theme files, sorted.
    static let generatedNames: [String] = ["default-dark", "high-contrast", "light", "no-color", "solarized-dark"]

    /// The theme built from the file called `name`, or nil when there is none.
    static func generatedTheme(named name: String) -> Theme? {
        switch name {
        case "default-dark":
            Theme(
                name: "default-dark",
                description: "The default: soft colours on a dark terminal background.",
                styles: [
                    .`accent`: RoleStyle(foreground256: 75, background256: nil, foreground8: .`cyan`, background8: .`default`, attributes: [.`bold`]),
                    .`blocked`: RoleStyle(foreground256: 209, background256: nil, foreground8: .`magenta`, background8: .`default`, attributes: []),
                    .`border`: RoleStyle(foreground256: 242, background256: nil, foreground8: .`white`, background8: .`default`, attributes: []),
                    .`done`: RoleStyle(foreground256: 114, background256: nil, foreground8: .`green`, background8: .`default`, attributes: [.`bold`]),
                    .`dueSoon`: RoleStyle(foreground256: 221, background256: nil, foreground8: .`yellow`, background8: .`default`, attributes: [.`underline`]),
                    .`failed`: RoleStyle(foreground256: 203, background256: nil, foreground8: .`red`, background8: .`default`, attributes: [.`bold`, .`underline`]),
                    .`inProgress`: RoleStyle(foreground256: 179, background256: nil, foreground8: .`yellow`, background8: .`default`, attributes: [.`underline`]),
                    .`muted`: RoleStyle(foreground256: 245, background256: nil, foreground8: .`white`, background8: .`default`, attributes: []),
                    .`overdue`: RoleStyle(foreground256: 203, background256: nil, foreground8: .`red`, background8: .`default`, attributes: [.`bold`, .`reverse`]),
                    .`selection`: RoleStyle(foreground256: 111, background256: 235, foreground8: .`cyan`, background8: .`black`, attributes: [.`reverse`]),
                    .`statusBar`: RoleStyle(foreground256: 250, background256: 235, foreground8: .`white`, background8: .`black`, attributes: [.`reverse`]),
                    .`text`: RoleStyle(foreground256: 252, background256: nil, foreground8: .`default`, background8: .`default`, attributes: []),
                ])
        case "high-contrast":
            Theme(
                name: "high-contrast",
                description: "Bright colours on black, bold where it helps; for low vision or glare.",
                styles: [
                    .`accent`: RoleStyle(foreground256: 51, background256: 16, foreground8: .`cyan`, background8: .`black`, attributes: [.`bold`]),
                    .`blocked`: RoleStyle(foreground256: 213, background256: 16, foreground8: .`magenta`, background8: .`black`, attributes: [.`underline`]),
                    .`border`: RoleStyle(foreground256: 250, background256: 16, foreground8: .`white`, background8: .`black`, attributes: []),
                    .`done`: RoleStyle(foreground256: 46, background256: 16, foreground8: .`green`, background8: .`black`, attributes: [.`bold`]),
                    .`dueSoon`: RoleStyle(foreground256: 226, background256: 16, foreground8: .`yellow`, background8: .`black`, attributes: [.`bold`, .`underline`]),
                    .`failed`: RoleStyle(foreground256: 203, background256: 16, foreground8: .`red`, background8: .`black`, attributes: [.`bold`, .`underline`]),
                    .`inProgress`: RoleStyle(foreground256: 51, background256: 16, foreground8: .`cyan`, background8: .`black`, attributes: [.`underline`]),
                    .`muted`: RoleStyle(foreground256: 252, background256: 16, foreground8: .`white`, background8: .`black`, attributes: []),
                    .`overdue`: RoleStyle(foreground256: 196, background256: 231, foreground8: .`red`, background8: .`white`, attributes: [.`bold`, .`reverse`]),
                    .`selection`: RoleStyle(foreground256: 226, background256: 16, foreground8: .`yellow`, background8: .`black`, attributes: [.`bold`, .`reverse`]),
                    .`statusBar`: RoleStyle(foreground256: 231, background256: 16, foreground8: .`white`, background8: .`black`, attributes: [.`bold`, .`reverse`]),
                    .`text`: RoleStyle(foreground256: 231, background256: 16, foreground8: .`white`, background8: .`black`, attributes: []),
                ])
        case "light":
            Theme(
                name: "light",
                description: "Dark text for a terminal with a white or light background.",
                styles: [
                    .`accent`: RoleStyle(foreground256: 25, background256: nil, foreground8: .`blue`, background8: .`default`, attributes: [.`bold`]),
                    .`blocked`: RoleStyle(foreground256: 90, background256: nil, foreground8: .`magenta`, background8: .`default`, attributes: []),
                    .`border`: RoleStyle(foreground256: 245, background256: nil, foreground8: .`black`, background8: .`default`, attributes: []),
                    .`done`: RoleStyle(foreground256: 28, background256: nil, foreground8: .`green`, background8: .`default`, attributes: [.`bold`]),
                    .`dueSoon`: RoleStyle(foreground256: 166, background256: nil, foreground8: .`black`, background8: .`yellow`, attributes: [.`underline`]),
                    .`failed`: RoleStyle(foreground256: 160, background256: nil, foreground8: .`red`, background8: .`default`, attributes: [.`bold`, .`underline`]),
                    .`inProgress`: RoleStyle(foreground256: 24, background256: nil, foreground8: .`blue`, background8: .`default`, attributes: [.`underline`]),
                    .`muted`: RoleStyle(foreground256: 240, background256: nil, foreground8: .`black`, background8: .`default`, attributes: []),
                    .`overdue`: RoleStyle(foreground256: 160, background256: 231, foreground8: .`red`, background8: .`white`, attributes: [.`bold`, .`reverse`]),
                    .`selection`: RoleStyle(foreground256: 25, background256: 231, foreground8: .`blue`, background8: .`white`, attributes: [.`reverse`]),
                    .`statusBar`: RoleStyle(foreground256: 238, background256: 255, foreground8: .`black`, background8: .`white`, attributes: [.`reverse`]),
                    .`text`: RoleStyle(foreground256: 235, background256: nil, foreground8: .`black`, background8: .`default`, attributes: []),
                ])
        case "no-color":
            Theme(
                name: "no-color",
                description: "No colours at all: bold, dim, underline and reverse only (what NO_COLOR gives).",
                styles: [
                    .`accent`: RoleStyle(foreground256: nil, background256: nil, foreground8: .`default`, background8: .`default`, attributes: [.`bold`]),
                    .`blocked`: RoleStyle(foreground256: nil, background256: nil, foreground8: .`default`, background8: .`default`, attributes: [.`dim`]),
                    .`border`: RoleStyle(foreground256: nil, background256: nil, foreground8: .`default`, background8: .`default`, attributes: [.`dim`]),
                    .`done`: RoleStyle(foreground256: nil, background256: nil, foreground8: .`default`, background8: .`default`, attributes: [.`bold`]),
                    .`dueSoon`: RoleStyle(foreground256: nil, background256: nil, foreground8: .`default`, background8: .`default`, attributes: [.`underline`]),
                    .`failed`: RoleStyle(foreground256: nil, background256: nil, foreground8: .`default`, background8: .`default`, attributes: [.`bold`, .`underline`]),
                    .`inProgress`: RoleStyle(foreground256: nil, background256: nil, foreground8: .`default`, background8: .`default`, attributes: [.`underline`]),
                    .`muted`: RoleStyle(foreground256: nil, background256: nil, foreground8: .`default`, background8: .`default`, attributes: [.`dim`]),
                    .`overdue`: RoleStyle(foreground256: nil, background256: nil, foreground8: .`default`, background8: .`default`, attributes: [.`bold`, .`reverse`]),
                    .`selection`: RoleStyle(foreground256: nil, background256: nil, foreground8: .`default`, background8: .`default`, attributes: [.`reverse`]),
                    .`statusBar`: RoleStyle(foreground256: nil, background256: nil, foreground8: .`default`, background8: .`default`, attributes: [.`reverse`]),
                    .`text`: RoleStyle(foreground256: nil, background256: nil, foreground8: .`default`, background8: .`default`, attributes: []),
                ])
        case "solarized-dark":
            Theme(
                name: "solarized-dark",
                description: "Solarized accents for a terminal already set to the Solarized dark background.",
                styles: [
                    .`accent`: RoleStyle(foreground256: 33, background256: nil, foreground8: .`blue`, background8: .`default`, attributes: [.`bold`]),
                    .`blocked`: RoleStyle(foreground256: 173, background256: nil, foreground8: .`magenta`, background8: .`default`, attributes: []),
                    .`border`: RoleStyle(foreground256: 242, background256: nil, foreground8: .`blue`, background8: .`default`, attributes: []),
                    .`done`: RoleStyle(foreground256: 106, background256: nil, foreground8: .`green`, background8: .`default`, attributes: [.`bold`]),
                    .`dueSoon`: RoleStyle(foreground256: 136, background256: nil, foreground8: .`yellow`, background8: .`default`, attributes: [.`underline`]),
                    .`failed`: RoleStyle(foreground256: 203, background256: nil, foreground8: .`red`, background8: .`default`, attributes: [.`bold`, .`underline`]),
                    .`inProgress`: RoleStyle(foreground256: 136, background256: nil, foreground8: .`yellow`, background8: .`default`, attributes: [.`underline`]),
                    .`muted`: RoleStyle(foreground256: 244, background256: nil, foreground8: .`white`, background8: .`default`, attributes: []),
                    .`overdue`: RoleStyle(foreground256: 160, background256: nil, foreground8: .`red`, background8: .`default`, attributes: [.`bold`, .`reverse`]),
                    .`selection`: RoleStyle(foreground256: 37, background256: 235, foreground8: .`cyan`, background8: .`black`, attributes: [.`reverse`]),
                    .`statusBar`: RoleStyle(foreground256: 245, background256: 235, foreground8: .`white`, background8: .`black`, attributes: [.`reverse`]),
                    .`text`: RoleStyle(foreground256: 247, background256: nil, foreground8: .`default`, background8: .`default`, attributes: []),
                ])
        default: nil
        }
    }
}
