/// How a language writes a size: its decimal mark and its words for a count of bytes.
///
/// A parameter rather than a locale so that this module holds no language's words: the caller
/// (the theme's strings) says how "1,2 GB" and "1 octet" are written.
public struct ByteSizeStyle: Sendable {
    /// "." in English, "," in Italian, German, French and Spanish.
    public var decimalMark: String
    /// The whole phrase for a count of bytes ("1 byte", "512 bytes"), since the word agrees with the number.
    public var byteCount: @Sendable (Int64) -> String

    public init(decimalMark: String, byteCount: @escaping @Sendable (Int64) -> String) {
        self.decimalMark = decimalMark
        self.byteCount = byteCount
    }

    /// The style of ``ByteSize/formatted``: "." and "byte"/"bytes", for output that is not a themed
    /// page (the command line's order listings).
    public static let english = ByteSizeStyle(decimalMark: ".") { $0 == 1 ? "1 byte" : "\($0) bytes" }
}
