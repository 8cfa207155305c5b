import Foundation
import PackagePlugin

/// Compiles the theme files in `Themes/` into the target as Swift values (`BundledThemes`), by
/// running `ThemeCodegen` on them whenever one changes or a file is added or removed.
@main
struct EmbedThemes: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Themes")
        let output = context.pluginWorkDirectoryURL.appending(path: "BundledThemes+Generated.swift")
        // The folder itself is the input (ThemeCodegen lists it): SwiftPM keeps a build plan until
        // the package changes, and a plan naming each file fails once one is removed or renamed.
        return [
            .buildCommand(
                displayName: "Generating the built-in themes from Themes/",
                executable: try context.tool(named: "ThemeCodegen").url,
                arguments: [output.path, folder.path],
                inputFiles: [folder],
                outputFiles: [output])
        ]
    }
}
