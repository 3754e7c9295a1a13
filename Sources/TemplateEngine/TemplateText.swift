/// A run of template text: where its UTF-8 bytes and line ends sit in its template's
/// ``TemplateTextStorage``. A plain value, so that the renderer visits a text node without
/// retaining anything; the bytes are read from the storage the render already holds.
struct TemplateText: Sendable {
    /// The first byte, in ``TemplateTextStorage/byteRuns``.
    let start: Int
    let count: Int
    /// The first of this text's line ends, in ``TemplateTextStorage/lineEndRuns``.
    let lineEndsStart: Int
    let lineEndsCount: Int
    /// Whether the text ends with `\n`, so that what follows starts a line.
    let endsLine: Bool
}

/// The text of one template, every run in one allocation, with where its lines end: found once at
/// compile time, so that indentation from a standalone partial or block is inserted at those line
/// starts without scanning the text again at every render.
final class TemplateTextStorage: @unchecked Sendable {
    /// Every run's UTF-8 bytes, in an allocation of its own that the renderer reads by address
    /// (no array retained for each section rendered); immutable once made, freed with the storage.
    let byteRuns: UnsafeMutableBufferPointer<UInt8>
    /// For each run, the offsets just after each `\n`, relative to the run's start, in order.
    let lineEndRuns: UnsafeMutableBufferPointer<Int>

    init(_ builder: TemplateTextBuilder) {
        byteRuns = .allocate(capacity: builder.bytes.count)
        _ = byteRuns.initialize(from: builder.bytes)
        lineEndRuns = .allocate(capacity: builder.lineEnds.count)
        _ = lineEndRuns.initialize(from: builder.lineEnds)
    }

    deinit {
        byteRuns.deallocate()
        lineEndRuns.deallocate()
    }

    /// An empty storage, for templates with no text.
    static let empty = TemplateTextStorage(TemplateTextBuilder())
}

/// Collects a template's text runs while it is parsed.
struct TemplateTextBuilder {
    fileprivate(set) var bytes: [UInt8] = []
    fileprivate(set) var lineEnds: [Int] = []

    mutating func add(_ text: String) -> TemplateText {
        let start = bytes.count
        let lineEndsStart = lineEnds.count
        bytes.append(contentsOf: text.utf8)
        for offset in start..<bytes.count where bytes[offset] == UInt8(ascii: "\n") {
            lineEnds.append(offset + 1 - start)
        }
        return TemplateText(
            start: start, count: bytes.count - start, lineEndsStart: lineEndsStart, lineEndsCount: lineEnds.count - lineEndsStart,
            endsLine: bytes.last == UInt8(ascii: "\n") && bytes.count > start)
    }

    /// The text of a run added here, for compile-time rewriting (block dedent).
    func string(of text: TemplateText) -> String {
        String(decoding: bytes[text.start..<(text.start + text.count)], as: UTF8.self)
    }
}
