/// How strictly to render, and how deep partials may nest.
public struct RenderOptions: Sendable, Hashable {
    /// Names that resolve to nothing, and missing partials or parents, are errors rather than
    /// empty output: how a theme author finds a typo like `{{prodcut.name}}`.
    public var strict: Bool
    /// The deepest partials and parents may nest before rendering stops, so that a partial
    /// that includes itself without end fails with a message instead of a crash.
    public var maximumDepth: Int

    /// Lenient rendering with the depth bound of 100 unless told otherwise, the defaults a page renderer wants.
    public init(strict: Bool = false, maximumDepth: Int = 100) {
        self.strict = strict
        self.maximumDepth = maximumDepth
    }
}
