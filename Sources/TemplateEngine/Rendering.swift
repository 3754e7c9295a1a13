/// The rendered page, with warnings about what rendered as nothing but probably should not have.
public struct Rendering: Sendable {
    /// What the template produced, as UTF-8, exactly: nothing is added or trimmed. What a
    /// caller that writes the page out should use: no string of the whole page is made.
    public var bytes: [UInt8]
    /// Missing partials and parents outside strict mode; the text still renders, as the spec requires.
    public var warnings: [TemplateDiagnostic]

    /// A rendering made elsewhere, e.g. by ``Template/render(_:library:options:into:)`` into a buffer of the caller's.
    public init(bytes: [UInt8], warnings: [TemplateDiagnostic]) {
        self.bytes = bytes
        self.warnings = warnings
    }

    /// The same text as a string, made from ``bytes`` on each use.
    public var output: String { String(decoding: bytes, as: UTF8.self) }
}
