/// The part of a source line a diagnostic shows: the whole line when it is short, otherwise
/// ``TemplateLimits/excerptContext`` characters each side of the problem with `…` where it is cut,
/// so that what one diagnostic shows is bounded however long the line.
struct SourceExcerpt: Sendable, Hashable {
    /// The text to show.
    let text: String
    /// The column of `text`, from 1 in characters, that the caret goes under.
    let caretColumn: Int

    static let cutMark: Character = "…"

    /// The excerpt of `line` around the character boundary `index`; works in time proportional
    /// to the excerpt, not to the line.
    init(line: Substring, around index: String.Index, context: Int = TemplateLimits.excerptContext) {
        let index = min(max(index, line.startIndex), line.endIndex)
        var start = index
        var before = 0
        while before < context, start > line.startIndex {
            line.formIndex(before: &start)
            before += 1
        }
        var end = index
        var after = 0
        while after < context, end < line.endIndex {
            line.formIndex(after: &end)
            after += 1
        }
        let cutBefore = start > line.startIndex
        let cutAfter = end < line.endIndex
        text = (cutBefore ? String(Self.cutMark) : "") + line[start..<end] + (cutAfter ? String(Self.cutMark) : "")
        caretColumn = before + (cutBefore ? 1 : 0) + 1
    }

    /// The excerpt of `line` around `column` (from 1, in characters).
    init(line: Substring, column: Int, context: Int = TemplateLimits.excerptContext) {
        let index = line.index(line.startIndex, offsetBy: max(0, column - 1), limitedBy: line.endIndex) ?? line.endIndex
        self.init(line: line, around: index, context: context)
    }
}
