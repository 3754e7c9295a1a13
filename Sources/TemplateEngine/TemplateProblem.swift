/// What went wrong in a template, in words a theme author can act on.
public enum TemplateProblem: Sendable, Hashable, CustomStringConvertible {
    // Syntax
    case unclosedTag(opening: String, expectedClosing: String)
    case unclosedSection(name: String, kind: String)
    case mismatchedClose(closing: String, open: String, openedAt: String, kind: String)
    case closeWithoutOpen(closing: String)
    case emptyTag
    case invalidName(String, reason: String)
    case invalidDelimiters(String, reason: String)
    case unclosedTripleMustache(name: String, expectedClosing: String)
    // Rendering
    case missingPartial(name: String)
    case missingParent(name: String)
    case unresolvedName(String)
    case recursionTooDeep(limit: Int, chain: [String])
    case lambdaResult(reason: String)

    public var description: String {
        switch self {
        case .unclosedTag(let opening, let expectedClosing):
            "unclosed tag: '\(opening)' opened here has no matching '\(expectedClosing)'"
        case .unclosedSection(let name, let kind):
            "\(kind) '\(name)' opened here is never closed"
        case .mismatchedClose(let closing, let open, let openedAt, let kind):
            "'\(closing)' closes '\(open)' opened at \(openedAt); \(kind.first.map { "aeiou".contains($0) } == true ? "an" : "a") \(kind) must close with its own name"
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
        }
    }
}
