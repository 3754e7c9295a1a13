/// What `ThemeCheck` looked at and what it found.
public struct ThemeCheckReport: Sendable {
    public var findings: [ThemeFinding] = []
    /// Templates parsed.
    public var templates = 0
    /// Sample pages rendered in strict mode.
    public var pagesRendered = 0
    /// Public files the theme has (its own and the built-in ones).
    public var publicFiles = 0
    /// The locales whose strings loaded, each rendered against every sample order.
    public var locales: [String] = []

    public var errors: [ThemeFinding] { findings.filter { $0.severity == .error } }
    public var warnings: [ThemeFinding] { findings.filter { $0.severity == .warning } }
    /// No errors: what a theme author's CI asks for.
    public var isClean: Bool { errors.isEmpty }

    /// "4 templates, 6 sample pages rendered strictly, 5 public files: 2 errors, 1 warning".
    public var summary: String {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        let checked =
            "\(count(templates, "template")), \(count(pagesRendered, "sample page")) rendered strictly in "
            + "\(count(locales.count, "locale")) (\(locales.joined(separator: ", "))), " + count(publicFiles, "public file")
        if findings.isEmpty { return "theme OK: " + checked }
        return checked + ": " + count(errors.count, "error") + ", " + count(warnings.count, "warning")
    }

    mutating func add(_ finding: ThemeFinding) {
        if !findings.contains(finding) { findings.append(finding) }
    }
}
