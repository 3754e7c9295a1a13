/// Where a block's content is re-indented when it is expanded.
enum BlockIndentation: Sendable, Hashable {
    /// The block is inline: its content is placed as is.
    case none
    /// The opening tag stood alone on its line: every line of the content gets this indentation.
    case standalone(String)
    /// The tag follows only whitespace on its line: that whitespace already precedes the
    /// first line, and the lines after it get it too.
    case afterLeadingWhitespace(String)
}
