/// A Swift closure placed in a template's context.
///
/// Used as `{{name}}` it is called with an empty string; used as a section
/// `{{#name}}…{{/name}}` it receives the section's raw, unrendered text. Either
/// way its result is parsed as a template (with the default delimiters for an
/// interpolation, the section's current ones for a section) and rendered in
/// the current context, as the Mustache spec's lambdas module requires.
public struct Lambda: Sendable {
    /// The closure the renderer calls: the section's raw text in (empty for `{{name}}`), template text out.
    public let body: @Sendable (String) -> String

    /// A lambda for sections, which receives the section's raw text, e.g. to wrap or transform it.
    public init(_ body: @escaping @Sendable (String) -> String) {
        self.body = body
    }

    /// A lambda for interpolation, which needs no input.
    public init(_ body: @escaping @Sendable () -> String) {
        self.body = { _ in body() }
    }
}
