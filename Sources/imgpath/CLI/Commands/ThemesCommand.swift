import ArgumentParser
import PathwayCore
import PathwayTUI

/// `imgpath themes`: lists the colour themes, bundled and the user's own.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes", abstract: "List the colour themes (use one with --theme NAME, or t in the screen).")

    @OptionGroup var options: FileOptions

    func run() throws {
        let environment = FileOptions.environment
        let catalog = ThemeCatalog(environment: environment)
        let current =
            Preferences.load(from: Preferences.filePath(environment: environment)).preferences.themeName
            ?? Theme.defaultName
        for entry in catalog.list() {
            let marker = entry.name == current ? "*" : " "
            let name = Output.field(entry.name).padding(to: 16)
            var line = "\(marker) \(name) \(Output.field(entry.description))"
            if case .user(let path, let overrides) = entry.origin {
                line += "  [\(overrides ? "your copy, replaces the bundled one" : "yours"): \(Output.field(path))]"
            }
            if let problem = entry.problem { line += "\n    broken: " + Output.field("\(problem)") }
            Output.line(line)
        }
        Output.line("")
        Output.line("* the theme in use. Your own themes go in \(Output.field(catalog.userFolder))/NAME.json")
        Output.line("(the format is described in the README, section Themes).")
    }
}
