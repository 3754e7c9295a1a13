/// An asset's size in either shape the API uses: a display string such as "10MB"
/// (the documented example) or a whole number of bytes (what other responses send).
///
/// Both are kept as sent; `formatted` gives the one string a page shows.
public enum ByteSize: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// An exact count of bytes.
    case bytes(Int64)
    /// A display string as sent by the API (trimmed), e.g. "10MB" or "about 2 GB".
    case text(String)

    /// Reads a size from a JSON value: a non-negative integer (or a string of digits) is a byte
    /// count, another non-blank string is display text; anything else is no size at all.
    init?(json: JSONValue) {
        switch json {
        case .integer(let value):
            guard value >= 0 else { return nil }
            self = .bytes(value)
        case .number(let value):
            guard value.isFinite, value >= 0, value < 9.2e18 else { return nil }
            self = .bytes(Int64(value.rounded()))
        case .string(let raw):
            let trimmed = raw.trimmingWhitespace
            if trimmed.isEmpty { return nil }
            if trimmed.isASCIIDigits, let value = Int64(trimmed) {
                self = .bytes(value)
            } else {
                self = .text(trimmed)
            }
        default:
            return nil
        }
    }

    /// What the command line shows: "10 MB", "1.5 GB", "512 bytes", or unrecognised text as given.
    public var formatted: String { formatted(style: .english) }

    /// What a page shows, in its language's style: "1,5 GB", "512 Bytes".
    public func formatted(style: ByteSizeStyle) -> String {
        switch self {
        case .bytes(let count):
            ByteSizeFormatter.string(fromByteCount: count, style: style)
        case .text(let text):
            ByteSizeFormatter.normalized(text, style: style)
        }
    }

    public var description: String { formatted }
}
