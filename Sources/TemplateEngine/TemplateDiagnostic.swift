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
    /// The text of the line the problem is on, to show under the message; for a long line, only
    /// the part around the problem (``TemplateLimits/excerptContext`` characters each side), with
    /// `…` where it is cut.
    public var sourceLine: String
    /// The column of ``sourceLine``, from 1 in characters, that the caret goes under: the
    /// ``SourceLocation/column`` of ``location``, unless the line was cut.
    public var caretColumn: Int
    /// Where the template was included from, innermost first, when it was met through partials or parents.
    public var includedFrom: [SourceLocation]

    /// The engine makes these; a caller can make its own to report its problems the same way.
    ///
    /// `caretColumn` is where the caret goes in `sourceLine` when that is only part of the line;
    /// by default `location.column`.
    public init(
        problem: TemplateProblem, location: SourceLocation, sourceLine: String, includedFrom: [SourceLocation] = [],
        caretColumn: Int? = nil
    ) {
        self.problem = problem
        self.location = location
        self.sourceLine = sourceLine
        self.includedFrom = includedFrom
        self.caretColumn = caretColumn ?? location.column
    }

    /// The inclusions ``description`` lists, innermost first: a runaway recursion is 100 deep,
    /// and the innermost are where to look.
    private static let inclusionsShown = 10

    /// The one-line form, `file:line:column: message`.
    public var message: String { "\(location): \(problem)" }

    /// The full, multi-line form: the message, the line with a caret under the column, then the chain of inclusions.
    public var description: String {
        var lines = [message]
        if !sourceLine.isEmpty {
            // A line a caller passed whole may be long: show only the part around the caret.
            let excerpt = SourceExcerpt(line: Substring(sourceLine), column: caretColumn)
            let caretPadding = String(excerpt.text.prefix(excerpt.caretColumn - 1).map { $0 == "\t" ? "\t" : " " })
            lines.append("    " + excerpt.text)
            lines.append("    " + caretPadding + "^")
        }
        let sites = includedFrom.prefix(Self.inclusionsShown)
        for site in sites {
            lines.append("  included from \(site)")
        }
        if includedFrom.count > sites.count {
            lines.append("  … and \(includedFrom.count - sites.count) more inclusions")
        }
        return lines.joined(separator: "\n")
    }
}
