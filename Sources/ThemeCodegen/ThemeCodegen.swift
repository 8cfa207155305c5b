import Foundation

/// Turns the theme files in `Themes/` into Swift source that builds each `Theme` as a value, so
/// the program decodes no JSON to show its built-in colours. `Themes/embed.sh` runs it:
///
///     ThemeCodegen Sources/PathwayTUI/Theme/BundledThemes+Generated.swift Themes
///
/// It checks only the shape of each file (objects, numbers, names); names go into the source as
/// enum cases, so a misspelt role, colour or attribute stops the build at the generated line.
/// `ThemeTests` checks that the checked-in file is this tool's output for `Themes/`, and that every
/// generated theme equals what `ThemeDecoder` makes of its file, which also enforces the rules the
/// decoder has (every role present, palette range, the name).
@main
struct ThemeCodegen {
    /// A problem in one theme file, reported as `FILE: KEY: PROBLEM` and a failed build.
    struct Failure: Error {
        let message: String
    }

    /// The shape of a theme file (see `Themes/README.md`); `ThemeDecoder` checks the rest.
    struct File: Decodable {
        let name: String
        let description: String?
        let roles: [String: Role]
    }

    /// One role's colours and attributes.
    struct Role: Decodable {
        let color256: Pair<Int>?
        let color8: Pair<String>?
        let attributes: [String]?
    }

    /// A foreground and background; either may be left out or null.
    struct Pair<Value: Decodable>: Decodable {
        let fg: Value?
        let bg: Value?
    }

    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let output = arguments.first, arguments.count == 2 else {
            FileHandle.standardError.write(Data("usage: ThemeCodegen OUTPUT.swift THEMES-FOLDER\n".utf8))
            exit(64)
        }
        do {
            let source = try source(forFolder: arguments[1])
            // Only a changed text is written, so an unchanged theme set does not rebuild the module.
            if FileManager.default.contents(atPath: output) != Data(source.utf8) {
                try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            }
        } catch let failure as Failure {
            FileHandle.standardError.write(Data("error: \(failure.message)\n".utf8))
            exit(1)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            exit(1)
        }
    }

    /// The generated Swift source for the theme files in `folder`.
    static func source(forFolder folder: String) throws -> String {
        let paths = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }
        return try generate(paths.map { path in (path, try read(path)) })
    }

    /// A theme's name: its file name without `.json`.
    static func name(of path: String) -> String {
        let file = URL(fileURLWithPath: path).lastPathComponent
        return file.hasSuffix(".json") ? String(file.dropLast(".json".count)) : file
    }

    static func read(_ path: String) throws -> File {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            return try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw Failure(message: "\(path): not a theme file: \(error)")
        }
    }

    /// The Swift source for every theme: the names, and a switch that builds one theme by name,
    /// so that starting the program builds only the theme it shows.
    static func generate(_ themes: [(path: String, file: File)]) throws -> String {
        var lines = [
            "// swift-format-ignore-file",
            "// Generated from Themes/*.json by Themes/embed.sh (ThemeCodegen). Do not edit by hand:",
            "// edit the theme file and run the script again.",
            "",
            "extension BundledThemes {",
            "    /// The names of the theme files, sorted.",
            "    static let generatedNames: [String] = ["
                + themes.map { literal(name(of: $0.path)) }.joined(separator: ", ") + "]",
            "",
            "    /// The theme built from the file called `name`, or nil when there is none.",
            "    static func generatedTheme(named name: String) -> Theme? {",
            "        switch name {",
        ]
        for (path, file) in themes {
            lines += [
                "        case \(literal(name(of: path))):",
                "            Theme(",
                "                name: \(literal(file.name)),",
                "                description: \(literal(file.description ?? "")),",
                "                styles: [",
            ]
            for role in file.roles.keys.sorted() {
                let key = "roles." + role
                guard let fields = file.roles[role] else { continue }
                let style = try roleStyle(fields, at: key, in: path)
                lines.append("                    .\(try identifier(role, at: key, in: path)): \(style),")
            }
            lines.append("                ])")
        }
        lines += ["        default: nil", "        }", "    }", "}", ""]
        return lines.joined(separator: "\n")
    }

    /// `RoleStyle(...)` for one role.
    private static func roleStyle(_ role: Role, at key: String, in path: String) throws -> String {
        func colour8(_ name: String?, at field: String) throws -> String {
            try name.map { "." + (try identifier($0, at: key + field, in: path)) } ?? ".default"
        }
        let attributes = try (role.attributes ?? []).enumerated().map { index, name in
            "." + (try identifier(name, at: "\(key).attributes[\(index)]", in: path))
        }
        let arguments = [
            "foreground256: " + (role.color256?.fg.map(String.init) ?? "nil"),
            "background256: " + (role.color256?.bg.map(String.init) ?? "nil"),
            "foreground8: " + (try colour8(role.color8?.fg, at: ".color8.fg")),
            "background8: " + (try colour8(role.color8?.bg, at: ".color8.bg")),
            "attributes: [" + attributes.joined(separator: ", ") + "]",
        ]
        return "RoleStyle(" + arguments.joined(separator: ", ") + ")"
    }

    /// A name that becomes an enum case in the source: letters and digits only, so nothing in a
    /// theme file can change the meaning of the generated code.
    private static func identifier(_ name: String, at key: String, in path: String) throws -> String {
        let isPlain =
            name.unicodeScalars.first.map { $0.properties.isAlphabetic && $0.isASCII } ?? false
            && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        guard isPlain else { throw Failure(message: "\(path): \(key): \"\(name)\" is not a plain name") }
        return "`\(name)`"
    }

    /// A Swift string literal for any text: printable ASCII as it is, the rest as `\u{...}`.
    static func literal(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case " "..."~": result.unicodeScalars.append(scalar)
            default: result += "\\u{" + String(scalar.value, radix: 16) + "}"
            }
        }
        return result + "\""
    }
}
