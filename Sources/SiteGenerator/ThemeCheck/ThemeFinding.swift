/// One thing `ThemeCheck` found wrong with a theme, worded to be printed as it is.
public struct ThemeFinding: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        /// The theme is broken, or a page would come out wrong: a check fails.
        case error
        /// Worth fixing, but every page still renders (a word that falls back to English).
        case warning
    }

    public let severity: Severity
    /// `file:line:column: message` where there is a position, and the source line with a caret.
    public let message: String

    public init(_ severity: Severity, _ message: String) {
        self.severity = severity
        self.message = message
    }

    public var description: String { "\(severity.rawValue): \(message)" }
}
