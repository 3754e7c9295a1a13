/// The rendered text, with warnings about what rendered as nothing but probably should not have.
public struct Rendering: Sendable {
    /// The text the template produced, exactly: nothing is added or trimmed.
    public var output: String
    /// Missing partials and parents outside strict mode; the text still renders, as the spec requires.
    public var warnings: [TemplateDiagnostic]
}
