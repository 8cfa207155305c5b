/// The box and bar characters, in Unicode or, when the locale is not UTF-8, plain ASCII.
public struct Glyphs: Sendable {
    public let horizontal: Character
    public let vertical: Character
    public let topLeft: Character
    public let topRight: Character
    public let bottomLeft: Character
    public let bottomRight: Character
    public let barFull: Character
    public let barEmpty: Character
    public let pointer: String
    public let arrow: String
    public let bullet: String
    public let ellipsis: String

    public static func forUnicode(_ unicode: Bool) -> Glyphs {
        unicode
            ? Glyphs(
                horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
                barFull: "█", barEmpty: "░", pointer: "▶", arrow: "→", bullet: "•", ellipsis: "…")
            : Glyphs(
                horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
                barFull: "#", barEmpty: "-", pointer: ">", arrow: "->", bullet: "*", ellipsis: "~")
    }
}
