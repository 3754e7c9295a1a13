/// Why a template could not be parsed, loaded or rendered.
public enum TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The template text is not valid; every problem found is listed, not just the first.
    case syntax([TemplateDiagnostic])
    /// Rendering failed: strict mode met unresolved names or missing partials, or partials nested too deep.
    case render([TemplateDiagnostic])
    /// The named template is not in the library.
    case templateNotFound(name: String, available: [String])
    /// A template file or folder could not be read.
    case unreadable(path: String, reason: String)
    /// The context data could not be turned into template values.
    case invalidData(reason: String)

    /// The individual problems, when there are any.
    public var diagnostics: [TemplateDiagnostic] {
        switch self {
        case .syntax(let diagnostics), .render(let diagnostics): diagnostics
        default: []
        }
    }

    /// The diagnostics in full (the first ``TemplateLimits/maximumDiagnosticsShown``, then how many
    /// more, with a count when there are several), or a one-line reason: ready to print.
    public var description: String {
        switch self {
        case .syntax(let diagnostics), .render(let diagnostics):
            let count = diagnostics.count
            let shown = diagnostics.prefix(TemplateLimits.maximumDiagnosticsShown)
            let more = count > shown.count ? "\n… and \(count - shown.count) more" : ""
            let summary = count == 1 ? "" : "\n\(count) errors"
            return shown.map(\.description).joined(separator: "\n") + more + summary
        case .templateNotFound(let name, let available):
            let known = available.isEmpty ? "the library is empty" : "known templates: " + available.joined(separator: ", ")
            return "template '\(name)' not found (\(known))"
        case .unreadable(let path, let reason):
            return "\(path): cannot read: \(reason)"
        case .invalidData(let reason):
            return "invalid data: \(reason)"
        }
    }
}
