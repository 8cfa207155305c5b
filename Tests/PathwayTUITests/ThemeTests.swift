import Foundation
import Testing

@testable import PathwayTUI
@testable import ThemeCodegen

/// The repository's `Themes/` folder, found from this file's path so the tests read the real
/// files that `Themes/embed.sh` compiles in.
private let themesFolder: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("Themes").path
}()

private let themeFileNames: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: themesFolder)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted()
}()

private func themeText(_ file: String) throws -> String {
    let data = try #require(FileManager.default.contents(atPath: themesFolder + "/" + file))
    return try #require(String(data: data, encoding: .utf8))
}

/// A fresh folder to act as `XDG_CONFIG_HOME`, removed by the caller.
private func temporaryFolder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("imgpath-theme-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

private func contents(_ path: String) throws -> String {
    let data = try #require(FileManager.default.contents(atPath: path))
    return try #require(String(data: data, encoding: .utf8))
}

private func write(_ text: String, to path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

@Suite struct ThemeTests {
    @Test func theRequiredThemesExist() {
        for name in ["default-dark", "light", "high-contrast", "solarized-dark", "no-color"] {
            #expect(themeFileNames.contains(name + ".json"), "Themes/\(name).json is missing")
        }
    }

    @Test(arguments: themeFileNames)
    func everyThemeFileLoadsWithEveryRole(file: String) throws {
        let name = String(file.dropLast(".json".count))
        let theme = try Theme.decode(Array(try themeText(file).utf8), file: file, expectedName: name)
        #expect(theme.name == name)
        #expect(!theme.description.isEmpty)
        // The decoder refuses missing roles; this checks the file spells out each one too.
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(try themeText(file).utf8)) as? [String: Any])
        let roles = try #require(json["roles"] as? [String: Any])
        #expect(Set(roles.keys) == Set(StyleRole.allCases.map(\.rawValue)))
    }

    /// Colour is never the only signal: the roles that carry meaning keep an attribute, so a
    /// theme still reads on a monochrome terminal or with NO_COLOR.
    @Test(arguments: themeFileNames)
    func everyThemeReadsInMonochrome(file: String) throws {
        let theme = try Theme.decode(Array(try themeText(file).utf8), file: file)
        #expect(theme.style(for: .selection).attributes.contains(.reverse))
        #expect(theme.style(for: .statusBar).attributes.contains(.reverse))
        for role in [StyleRole.accent, .done, .failed, .dueSoon, .overdue] {
            #expect(!theme.style(for: role).attributes.isEmpty, "\(file): \(role) has no attribute")
        }
    }

    /// The terminal keeps its look for each role in an array by `index`: each role needs its
    /// own place, in the order of `allCases`.
    @Test func roleIndexesAreTheirPlacesInAllCases() {
        #expect(StyleRole.allCases.map(\.index) == Array(StyleRole.allCases.indices))
    }

    @Test func noColorUsesAttributesOnly() throws {
        let theme = try Theme.decode(Array(try themeText("no-color.json").utf8), file: "no-color.json")
        for role in StyleRole.allCases {
            let style = theme.style(for: role)
            #expect(style.foreground256 == nil && style.background256 == nil)
            #expect(style.foreground8 == .default && style.background8 == .default)
        }
    }

    /// On a white background, white, yellow and cyan text vanish: wherever the light theme
    /// leaves the terminal's (white) background showing, its text must be dark.
    @Test func lightThemeTextIsDarkWhereTheBackgroundIsWhite() throws {
        let theme = try Theme.decode(Array(try themeText("light.json").utf8), file: "light.json")
        for role in StyleRole.allCases {
            let style = theme.style(for: role)
            let reversed = style.attributes.contains(.reverse)
            // Reverse swaps the pair, so what shows as the background is the pair's foreground.
            let (text8, ground8) =
                reversed ? (style.background8, style.foreground8) : (style.foreground8, style.background8)
            if ground8 == .default || ground8 == .white {
                #expect(![.white, .yellow, .cyan, .default].contains(text8), "\(role): \(text8) text on white")
            }
            let (text256, ground256) =
                reversed ? (style.background256, style.foreground256) : (style.foreground256, style.background256)
            if ground256 == nil || ground256 == 15 || ground256 == 231 || ground256 == 255 {
                let pale = Set([7, 11, 14, 15, 229, 230, 231]).union(248...255)
                #expect(text256.map { !pale.contains($0) } ?? false, "\(role): \(String(describing: text256)) on white")
            }
        }
    }

    @Test func theGeneratedFileIsUpToDate() throws {
        let generatedPath = URL(fileURLWithPath: themesFolder).deletingLastPathComponent()
            .appendingPathComponent("Sources/PathwayTUI/Theme/BundledThemes+Generated.swift").path
        let expected = try ThemeCodegen.source(forFolder: themesFolder)
        #expect(try contents(generatedPath) == expected, "run Themes/embed.sh")
    }

    @Test func everyThemeFileIsBundled() {
        #expect(BundledThemes.names.map { $0 + ".json" } == themeFileNames)
        #expect(BundledThemes.all.map(\.name) == BundledThemes.names)
        #expect(BundledThemes.theme(named: "nope") == nil)
    }

    /// The values generated at build time are exactly what decoding the files gives, so a user
    /// who copies a bundled file to edit it starts from the theme they saw.
    @Test(arguments: themeFileNames)
    func everyBundledThemeEqualsItsDecodedFile(file: String) throws {
        let name = String(file.dropLast(".json".count))
        let decoded = try Theme.decode(Array(try themeText(file).utf8), file: file, expectedName: name)
        let bundled = try #require(BundledThemes.theme(named: name))
        for role in StyleRole.allCases {
            #expect(bundled.style(for: role) == decoded.style(for: role), "\(file): \(role)")
        }
        #expect(bundled.name == decoded.name && bundled.description == decoded.description)
    }

    @Test func theStandardThemeIsTheBundledDefault() {
        #expect(Theme.standard.name == Theme.defaultName)
        #expect(Theme.standard.style(for: .selection).foreground256 != nil)
    }

    // MARK: Broken themes

    struct Breakage: CustomTestStringConvertible, Sendable {
        let label: String
        let replace: String
        let with: String
        let message: String
        var testDescription: String { label }
    }

    static let breakages: [Breakage] = [
        Breakage(
            label: "unknown colour name", replace: #""color8": {"fg": "magenta""#, with: #""color8": {"fg": "purple""#,
            message: #"light.json: roles.blocked.color8.fg: "purple" is not one of "#
                + "black, red, green, yellow, blue, magenta, cyan, white, default"),
        Breakage(
            label: "missing role",
            replace: #"    "dueSoon":    {"color256": {"fg": 166, "bg": null}, "#
                + #""color8": {"fg": "black", "bg": "yellow"}, "attributes": ["underline"]},"# + "\n",
            with: "", message: "light.json: roles.dueSoon: missing"),
        Breakage(
            label: "256 value out of range", replace: #""fg": 160, "bg": null"#, with: #""fg": 300, "bg": null"#,
            message: "light.json: roles.failed.color256.fg: 300 is out of range (0 to 255)"),
        Breakage(
            label: "negative 256 value", replace: #""fg": 28,"#, with: #""fg": -1,"#,
            message: "light.json: roles.done.color256.fg: -1 is out of range (0 to 255)"),
        Breakage(
            label: "colour name where a number belongs", replace: #""fg": 28,"#, with: #""fg": "green","#,
            message: "light.json: roles.done.color256.fg: expected a number from 0 to 255 or null, found a string"),
        Breakage(
            label: "unknown attribute", replace: #""attributes": ["bold", "underline"]"#,
            with: #""attributes": ["bold", "blink"]"#,
            message: #"light.json: roles.failed.attributes[1]: "blink" is not one of bold, reverse, underline, dim"#),
        Breakage(
            label: "misspelt key", replace: #""accent":     {"color256""#, with: #""accent":     {"colour256""#,
            message: "light.json: roles.accent.colour256: unknown key (expected one of color256, color8, attributes)"),
        Breakage(
            label: "unknown role", replace: #""text":"#, with: #""txet":"#,
            message: "light.json: roles.txet: unknown key (expected one of text, muted, accent, selection, done, "
                + "inProgress, blocked, failed, dueSoon, overdue, border, statusBar)"),
        Breakage(
            label: "name differs from the file", replace: #""name": "light""#, with: #""name": "bright""#,
            message: #"light.json: name: "bright" does not match the file name (expected "light")"#),
        Breakage(
            label: "malformed JSON", replace: #""name": "light","#, with: #""name": "light""#,
            message: "light.json: not valid JSON: line 3,"),
        Breakage(
            label: "not an object", replace: #""roles": {"#, with: #""roles": ["#,
            message: "light.json: not valid JSON: line 5,"),
    ]

    @Test(arguments: breakages)
    func brokenThemesNameTheFileAndTheKey(breakage: Breakage) throws {
        let original = try themeText("light.json")
        #expect(original.contains(breakage.replace), "the fixture no longer matches light.json")
        let broken = original.replacingOccurrences(of: breakage.replace, with: breakage.with)
        let error = #expect(throws: ThemeError.self) {
            try Theme.decode(Array(broken.utf8), file: "light.json", expectedName: "light")
        }
        let message = try #require(error).description
        #expect(message.hasPrefix(breakage.message), "\(message)")
    }

    @Test func emptyAndNonObjectFilesAreReported() {
        let empty = #expect(throws: ThemeError.self) { try Theme.decode([], file: "x.json") }
        #expect(empty?.description == "x.json: not valid JSON: line 1, column 1: the file is empty")
        let list = #expect(throws: ThemeError.self) { try Theme.decode(Array("[1]".utf8), file: "x.json") }
        #expect(list?.description == "x.json: (top level): expected an object, found a list")
    }

    // MARK: Catalog

    @Test func bundledThemesAreListedWithoutUserThemes() throws {
        let home = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let catalog = ThemeCatalog(environment: ["XDG_CONFIG_HOME": home])
        let entries = catalog.list()
        #expect(entries.map(\.name) == BundledThemes.names)
        #expect(entries.allSatisfy { $0.origin == .bundled && $0.problem == nil && !$0.description.isEmpty })
        #expect(catalog.userFolder == home + "/imgpath/themes")
    }

    @Test func userThemesAreListedAndOverrideBundledOnes() throws {
        let home = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let folder = home + "/imgpath/themes"
        let light = try themeText("light.json")
        let mineText = light.replacingOccurrences(of: #""name": "light""#, with: #""name": "mine""#)
        try write(mineText, to: folder + "/mine.json")
        let myLight = light.replacingOccurrences(of: "Dark text for a terminal", with: "My own light")
        try write(myLight, to: folder + "/light.json")
        try write("{\"name\": \"broken\",", to: folder + "/broken.json")
        try write("not a theme", to: folder + "/.light.json.swp")
        try write("ignored", to: folder + "/notes.txt")

        let catalog = ThemeCatalog(environment: ["XDG_CONFIG_HOME": home, "HOME": "/nonexistent"])
        let entries = Dictionary(uniqueKeysWithValues: catalog.list().map { ($0.name, $0) })
        #expect(entries.count == BundledThemes.names.count + 2)
        #expect(entries["mine"]?.origin == .user(path: folder + "/mine.json", overridesBundled: false))
        #expect(entries["light"]?.origin == .user(path: folder + "/light.json", overridesBundled: true))
        #expect(entries["light"]?.description.hasPrefix("My own light") == true)
        #expect(entries["default-dark"]?.origin == .bundled)
        let problem = try #require(entries["broken"]?.problem)
        #expect(problem.description.hasPrefix(folder + "/broken.json: not valid JSON: line 1"))

        let (mine, mineWarning) = catalog.load("mine")
        #expect(mine.name == "mine" && mineWarning == nil)
        #expect(catalog.load("light").theme.description.hasPrefix("My own light"))
    }

    @Test func brokenOrUnknownThemesFallBackWithAWarning() throws {
        let home = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let folder = home + "/imgpath/themes"
        try write("{\"name\": \"broken\",", to: folder + "/broken.json")
        let contrast = try themeText("high-contrast.json")
        try write(
            contrast.replacingOccurrences(of: #""attributes": []"#, with: #""attributes": ["blink"]"#),
            to: folder + "/high-contrast.json")
        let catalog = ThemeCatalog(environment: ["XDG_CONFIG_HOME": home])

        let (broken, brokenWarning) = catalog.load("broken")
        #expect(broken.name == "default-dark")
        let brokenMessage = try #require(brokenWarning).description
        #expect(brokenMessage.hasPrefix(folder + "/broken.json: not valid JSON: line 1"))
        #expect(brokenMessage.hasSuffix("; using the default-dark theme instead"))

        let (unknown, unknownWarning) = catalog.load("nope")
        #expect(unknown.name == "default-dark")
        let unknownMessage = try #require(unknownWarning).description
        #expect(unknownMessage.hasPrefix(#"no theme named "nope" (available: broken, default-dark, "#))

        // A broken copy of a bundled theme falls back to the bundled original, not the default.
        let (override, overrideWarning) = catalog.load("high-contrast")
        #expect(override.name == "high-contrast" && override.style(for: .text).attributes.isEmpty)
        let overrideMessage = try #require(overrideWarning).description
        #expect(overrideMessage.contains(#"high-contrast.json: roles.text.attributes[0]: "blink" is not one of"#))
        #expect(overrideMessage.hasSuffix("; using the bundled high-contrast theme instead"))
    }

    @Test func themeNamesCannotReachOutsideTheFolders() throws {
        let home = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        try write(try themeText("light.json"), to: home + "/imgpath/light.json")
        let catalog = ThemeCatalog(environment: ["XDG_CONFIG_HOME": home])
        #expect(throws: ThemeError.self) { try catalog.theme(named: "../light") }
    }

    // MARK: Preferences

    @Test func preferencesRoundTrip() throws {
        let home = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let path = Preferences.filePath(environment: ["XDG_CONFIG_HOME": home])
        #expect(path == home + "/imgpath/config.json")

        let (initial, missingWarning) = Preferences.load(from: path)
        #expect(initial == Preferences() && missingWarning == nil)

        try Preferences(themeName: "light").save(to: path)
        let (loaded, warning) = Preferences.load(from: path)
        #expect(loaded.themeName == "light" && warning == nil)
        let saved = try contents(path)
        #expect(saved.contains(#""theme" : "light""#))
        // No temporary files left behind by the atomic write.
        #expect(try FileManager.default.contentsOfDirectory(atPath: home + "/imgpath") == ["config.json"])
    }

    /// Settings as this program writes them are read without the decoder; whatever that quick
    /// read accepts, the decoder reads the same way, and a name it cannot read plainly is left
    /// to the decoder.
    @Test(arguments: ["light", "default-dark", "my theme 2", "x/y", "a\"b", "back\\slash", "é", "tab\t", ""])
    func savedPreferencesReadTheSameWithAndWithoutTheDecoder(name: String) throws {
        let home = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let path = home + "/imgpath/config.json"
        try Preferences(themeName: name).save(to: path)
        let bytes = Array(try contents(path).utf8)
        let decoded = try Preferences.decode(bytes, file: path).get()
        #expect(decoded.themeName == name)
        let quick = Preferences.canonicalForm(bytes)
        let plain =
            name.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } && !name.contains("\"") && !name.contains("\\")
            && !name.contains("/")
        #expect((quick != nil) == (plain && !name.isEmpty), "\(name): \(String(decoding: bytes, as: UTF8.self))")
        if let quick { #expect(quick == decoded) }
        #expect(Preferences.load(from: path).preferences == decoded)
    }

    @Test(arguments: [
        #"{"theme": "light"}"#, "{\n  \"theme\" : \"light\"\n}", "{\n  \"theme\" : \"light\",\n  \"x\" : 1\n}\n",
        "{\n  \"theme\" : \"li\"ght\"\n}\n", "{\n  \"theme\" : \"\"\n}\n",
    ])
    func anyOtherTextIsLeftToTheDecoder(text: String) {
        #expect(Preferences.canonicalForm(Array(text.utf8)) == nil)
    }

    @Test func preferencesKeepKeysTheyDoNotKnow() throws {
        let home = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let path = home + "/imgpath/config.json"
        try write(#"{"theme": "light", "futureSetting": [1, 2]}"#, to: path)
        var preferences = Preferences.load(from: path).preferences
        preferences.themeName = "no-color"
        try preferences.save(to: path)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try contents(path).utf8)) as? [String: Any])
        #expect(json["theme"] as? String == "no-color")
        #expect(json["futureSetting"] as? [Int] == [1, 2])
    }

    @Test(arguments: [
        (#"{"theme": "#, "not valid JSON: line 1"),
        (#"{"theme": 3}"#, "theme: expected a theme name, found a number"),
        ("[]", "(top level): expected an object, found a list"),
    ])
    func brokenPreferencesGiveDefaultsAndAMessage(text: String, message: String) throws {
        let home = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let path = home + "/imgpath/config.json"
        try write(text, to: path)
        let (preferences, warning) = Preferences.load(from: path)
        #expect(preferences == Preferences())
        let description = try #require(warning).description
        #expect(description.hasPrefix(path + ": " + message), "\(description)")
        // Saving over the broken file would destroy what the user wrote; it is refused.
        #expect(throws: PreferencesError.brokenFileKept(file: path)) {
            try Preferences(themeName: "light").save(to: path)
        }
        #expect(try contents(path) == text)
    }
}
