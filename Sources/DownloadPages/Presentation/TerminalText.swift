/// Text from the API, a theme or a file made safe to print on a terminal: the one function every
/// value passes through before it reaches standard error or a table.
///
/// Control characters (escape sequences among them, which could rewrite the operator's screen or
/// its title; NUL) and bidirectional overrides become U+FFFD; overlong lines are cut with `…`, so
/// a megabyte-long file name cannot flood a CI log.
enum TerminalText {
    /// A line longer than this is cut: room for a path and a message, not a flood.
    static let maximumLineLength = 400

    /// One value on one line (a table cell, a name in a message): line breaks become spaces.
    static func safe(_ text: String, limit: Int = maximumLineLength) -> String {
        cut(clean(text, keepingLineBreaks: false), limit: limit)
    }

    /// A message of one or more lines (a template diagnostic with its caret line): each line
    /// cleaned and cut on its own.
    static func message(_ text: String) -> String {
        clean(text, keepingLineBreaks: true).split(separator: "\n", omittingEmptySubsequences: false)
            .map { cut(String($0), limit: maximumLineLength) }.joined(separator: "\n")
    }

    private static func clean(_ text: String, keepingLineBreaks: Bool) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .lineSeparator, .paragraphSeparator:
                if scalar == "\n" && keepingLineBreaks {
                    result.unicodeScalars.append(scalar)
                } else {
                    result.unicodeScalars.append(scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : "\u{FFFD}")
                }
            case .format where (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value):
                // Bidirectional overrides could make a value read as something else.
                result.unicodeScalars.append("\u{FFFD}")
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func cut(_ line: String, limit: Int) -> String {
        guard line.count > limit else { return line }
        return String(line.prefix(limit - 1)) + "…"
    }
}
