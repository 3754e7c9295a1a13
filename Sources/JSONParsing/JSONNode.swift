/// One value of a parsed document, in document order: a container is followed by its contents,
/// and `next` skips over them, so finding a member or an element never needs a tree of objects.
@usableFromInline
struct JSONNode: Sendable {
    /// `flags` of a string with a backslash escape: its text must be unescaped, not copied.
    @usableFromInline static let hasEscapes: UInt8 = 1
    /// `flags` of a string with bytes beyond ASCII: compared as Unicode text, never byte by byte.
    @usableFromInline static let hasNonASCII: UInt8 = 2
    /// `flags` of a number read as an integer: `payload` is its `Int64` bit pattern, else a `Double`'s.
    @usableFromInline static let isInteger: UInt8 = 1

    @usableFromInline var kind: JSONKind
    @usableFromInline var flags: UInt8
    /// Byte offset of the value; for a string, of its first byte after the opening quote.
    @usableFromInline var start: UInt32
    /// For a string, the byte offset of its closing quote.
    @usableFromInline var end: UInt32
    /// The index of the first node after this value and everything inside it.
    @usableFromInline var next: UInt32
    /// A number's bits, a boolean's 0 or 1, a container's count of elements or members.
    @usableFromInline var payload: UInt64

    @usableFromInline
    init(kind: JSONKind, flags: UInt8 = 0, start: Int, end: Int = 0, next: Int, payload: UInt64 = 0) {
        self.kind = kind
        self.flags = flags
        self.start = UInt32(truncatingIfNeeded: start)
        self.end = UInt32(truncatingIfNeeded: end)
        self.next = UInt32(truncatingIfNeeded: next)
        self.payload = payload
    }
}
