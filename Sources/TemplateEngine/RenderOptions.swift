/// How strictly to render, and how deep partials may nest.
public struct RenderOptions: Sendable, Hashable {
    /// Names that resolve to nothing, and missing partials or parents, are errors rather than
    /// empty output: how a theme author finds a typo like `{{prodcut.name}}`.
    public var strict: Bool
    /// The deepest partials and parents may nest before rendering stops, so that a partial
    /// that includes itself without end fails with a message instead of a crash.
    public var maximumDepth: Int

    /// Lenient rendering with the depth bound of 100 unless told otherwise, as `download-pages` uses it.
    public init(strict: Bool = false, maximumDepth: Int = 100) {
        self.strict = strict
        self.maximumDepth = maximumDepth
    }
}

/// The rendered text, with warnings about what rendered as nothing but probably should not have.
public struct Rendering: Sendable {
    /// The text the template produced, exactly: nothing is added or trimmed.
    public var output: String
    /// Missing partials and parents outside strict mode; the text still renders, as the spec requires.
    public var warnings: [TemplateDiagnostic]
}
