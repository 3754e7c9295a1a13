/// What went wrong in a template, in words a theme author can act on.
public enum TemplateProblem: Sendable, Hashable, CustomStringConvertible {
    // Syntax
    /// A tag opens (`{{`, or the delimiters in force) and the text ends before its closing delimiter.
    case unclosedTag(opening: String, expectedClosing: String)
    /// A section, inverted section, parent or block (`kind`) is never closed; reported at its opening tag.
    case unclosedSection(name: String, kind: String)
    /// A closing tag names neither the innermost open scope nor any outer one; `openedAt` is `line:column` of that scope.
    case mismatchedClose(closing: String, open: String, openedAt: String, kind: String)
    /// A closing tag with no section, parent or block open.
    case closeWithoutOpen(closing: String)
    /// A tag with nothing between its delimiters, such as `{{}}` or `{{#}}`.
    case emptyTag
    /// A name that cannot be looked up: it holds whitespace, or a dotted name has an empty part (`a..b`).
    case invalidName(String, reason: String)
    /// A `{{=… …=}}` tag that does not give exactly two usable delimiters.
    case invalidDelimiters(String, reason: String)
    /// A `{{{name` that is not closed with `}}}`.
    case unclosedTripleMustache(name: String, expectedClosing: String)
    // Rendering
    /// A partial is not in the library: a warning, or an error in strict mode.
    case missingPartial(name: String)
    /// A parent template is not in the library: a warning, or an error in strict mode.
    case missingParent(name: String)
    /// In strict mode, a name that resolves to nothing in the context, often a typo.
    case unresolvedName(String)
    /// Partials or parents nest deeper than ``RenderOptions/maximumDepth``; `chain` names the templates on the way.
    case recursionTooDeep(limit: Int, chain: [String])
    /// The text a lambda returned does not parse as a template.
    case lambdaResult(reason: String)
    /// Sections, inverted sections, blocks, parents, partials or lambda results nest more than
    /// `limit` levels inside one another (``TemplateLimits``); reported at the tag one level too deep.
    case nestingTooDeep(limit: Int)

    /// The message a theme author reads, without the location (``TemplateDiagnostic/message`` adds it).
    public var description: String {
        switch self {
        case .unclosedTag(let opening, let expectedClosing):
            "unclosed tag: '\(opening)' opened here has no matching '\(expectedClosing)'"
        case .unclosedSection(let name, let kind):
            "\(kind) '\(name)' opened here is never closed"
        case .mismatchedClose(let closing, let open, let openedAt, let kind):
            "'\(closing)' closes '\(open)' opened at \(openedAt); \(kind.first.map { "aeiou".contains($0) } == true ? "an" : "a") "
                + "\(kind) must close with its own name"
        case .closeWithoutOpen(let closing):
            "'\(closing)' closes nothing: no section is open here"
        case .emptyTag:
            "empty tag: a tag needs a name"
        case .invalidName(let name, let reason):
            "invalid name '\(name)': \(reason)"
        case .invalidDelimiters(let tag, let reason):
            "bad delimiter change '\(tag)': \(reason)"
        case .unclosedTripleMustache(let name, let expectedClosing):
            "'{{{\(name)' must close with '\(expectedClosing)'"
        case .missingPartial(let name):
            "partial '\(name)' not found"
        case .missingParent(let name):
            "parent template '\(name)' not found"
        case .unresolvedName(let name):
            "'\(name)' resolves to nothing in the context (strict mode)"
        case .recursionTooDeep(let limit, let chain):
            "partials nest deeper than \(limit) levels; is a partial including itself? "
                + chain.suffix(6).joined(separator: " > ")
        case .lambdaResult(let reason):
            "the lambda's result is not a valid template: \(reason)"
        case .nestingTooDeep(let limit):
            "nested more than \(limit) levels deep: sections, blocks, parents, partials and lambda results "
                + "may be at most \(limit) levels inside one another"
        }
    }
}
