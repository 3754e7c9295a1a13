/// A run of template text, kept as the UTF-8 bytes the renderer copies out, with where its
/// lines end, found once at compile time: indentation from a standalone partial or block is
/// inserted at those line starts without scanning the text again at every render.
final class TemplateText: Sendable {
    let bytes: [UInt8]
    /// The offset just after each `\n`, in order.
    let lineEnds: [Int]
    /// Whether the text ends with `\n`, so that what follows starts a line: kept apart from the
    /// bytes so that text without indentation reads no array but the one it copies.
    let endsLine: Bool

    init(_ text: String) {
        bytes = Array(text.utf8)
        var ends: [Int] = []
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            ends.append(offset + 1)
        }
        lineEnds = ends
        endsLine = bytes.last == UInt8(ascii: "\n")
    }

    /// The text as a string again, for compile-time rewriting (block dedent).
    var string: String { String(decoding: bytes, as: UTF8.self) }
}
