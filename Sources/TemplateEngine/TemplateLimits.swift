/// How deep templates may nest.
///
/// The parser and the renderer recurse once per level of nesting, so without a bound a template
/// (or a lambda whose result uses itself, or partials including each other inside sections) could
/// nest deep enough to overflow the stack and kill the whole process without a word. The bounds
/// sit far above any real theme (a page nests perhaps ten levels) and well below a crash: a debug
/// build spends at most about 2.5 KB of stack a level (release builds far less), so the deepest
/// template allowed, parsed and rendered, takes under 256 KB: half the 512 KB stack of a secondary
/// thread or a Swift concurrency task. Going past a bound is an error at the tag one level too
/// deep, with its file, line and column (``TemplateProblem/nestingTooDeep(limit:)``).
public enum TemplateLimits {
    /// The most sections, inverted sections, parents and blocks one template may have open
    /// inside one another: checked when the template is parsed.
    public static let maximumNesting = 100

    /// The most sections, inverted sections, blocks, partials, parents and lambda results a render
    /// may be inside at once, counted across templates: checked while rendering, since partials and
    /// lambdas are met only then. ``RenderOptions/maximumDepth`` bounds partials alone, and cannot
    /// lift this bound.
    public static let maximumRenderDepth = 100

    /// The characters a diagnostic shows of its line on each side of the problem: a minified
    /// template can be one line of megabytes, and repeating it whole under each of thousands of
    /// errors made the report grow with the square of the input.
    public static let excerptContext = 60

    /// The diagnostics ``TemplateError/description`` prints before summing up the rest as
    /// "and N more": the first ones are what a person fixes first (later ones are often their
    /// consequences), and with each showing at most two excerpt lines the report stays under 10 KB.
    public static let maximumDiagnosticsShown = 30
}
