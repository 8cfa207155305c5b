/// A text attribute a theme can put on a role. Attributes apply in every colour mode, so a
/// theme still reads on a monochrome terminal or with `NO_COLOR`.
public enum TextAttribute: String, CaseIterable, Sendable {
    case bold
    case reverse
    case underline
    case dim
}
