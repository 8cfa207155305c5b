/// The themes in `Themes/`, compiled into the program as Swift values, so a copied binary still
/// has them and showing one decodes no JSON (decoding costs more at start-up than the whole
/// first frame's drawing).
///
/// The values are generated from the files by `Themes/embed.sh` (which runs `ThemeCodegen`) into
/// `BundledThemes+Generated.swift`; `ThemeTests` checks that the file is up to date and that each
/// theme equals what `ThemeDecoder` makes of its file.
public enum BundledThemes {
    /// The names of the bundled themes (the file names without `.json`), sorted.
    public static var names: [String] { generatedNames }

    /// The bundled theme called `name`, built when asked for, or nil when there is none.
    public static func theme(named name: String) -> Theme? { generatedTheme(named: name) }

    /// Every bundled theme, sorted by name.
    public static var all: [Theme] { names.compactMap(theme(named:)) }
}
