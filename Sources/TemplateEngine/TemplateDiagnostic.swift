/// One problem found in a template, with everything needed to show it the way a compiler does:
///
///     partials/asset.mustache:3:9: unclosed tag: '{{' opened here has no matching '}}'
///         <li>{{name</li>
///             ^
///       included from order.mustache:12:3
public struct TemplateDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, independent of where: switch over it to react to particular problems.
    public var problem: TemplateProblem
    /// Where the problem is: for an unclosed tag or section, where it opens, not where the file ends.
    public var location: SourceLocation
    /// The text of the line the problem is on, to show under the message.
    public var sourceLine: String
    /// Where the template was included from, innermost first, when it was met through partials or parents.
    public var includedFrom: [SourceLocation]

    /// The engine makes these; a caller can make its own to report its problems the same way.
    public init(problem: TemplateProblem, location: SourceLocation, sourceLine: String, includedFrom: [SourceLocation] = []) {
        self.problem = problem
        self.location = location
        self.sourceLine = sourceLine
        self.includedFrom = includedFrom
    }

    /// The one-line form, `file:line:column: message`.
    public var message: String { "\(location): \(problem)" }

    /// The full, multi-line form: the message, the line with a caret under the column, then the chain of inclusions.
    public var description: String {
        var lines = [message]
        if !sourceLine.isEmpty {
            let caretPadding = String(sourceLine.prefix(location.column - 1).map { $0 == "\t" ? "\t" : " " })
            lines.append("    " + sourceLine)
            lines.append("    " + caretPadding + "^")
        }
        for site in includedFrom {
            lines.append("  included from \(site)")
        }
        return lines.joined(separator: "\n")
    }
}
