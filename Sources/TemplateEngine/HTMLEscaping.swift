/// Appends `text` to `output` with `& < > " '` replaced by entities, so that a value is
/// safe both inside element text and inside a quoted attribute (either quote), and U+0000
/// replaced by U+FFFD: a NUL is a parse error in HTML, and browsers show U+FFFD for it anyway.
///
/// Only `{{name}}` escapes: `{{{name}}}` and `{{&name}}` are raw by definition (the Mustache spec),
/// so what they insert, a NUL included, is exactly the value; a theme uses them only for HTML it trusts.
///
/// Scans UTF-8 bytes and copies unchanged runs whole: most values contain nothing to escape.
func appendEscapingHTML(_ text: String, to output: inout String) {
    let bytes = text.utf8
    var runStart = bytes.startIndex
    var index = runStart
    while index != bytes.endIndex {
        let replacement: String
        switch bytes[index] {
        case UInt8(ascii: "&"): replacement = "&amp;"
        case UInt8(ascii: "<"): replacement = "&lt;"
        case UInt8(ascii: ">"): replacement = "&gt;"
        case UInt8(ascii: "\""): replacement = "&quot;"
        case UInt8(ascii: "'"): replacement = "&#39;"
        case 0: replacement = "\u{FFFD}"
        default:
            bytes.formIndex(after: &index)
            continue
        }
        output += text[runStart..<index]
        output += replacement
        bytes.formIndex(after: &index)
        runStart = index
    }
    if runStart == bytes.startIndex {
        output += text
    } else {
        output += text[runStart..<bytes.endIndex]
    }
}

/// `text` with `& < > " '` replaced by entities (and NUL by U+FFFD), exactly as `{{name}}` escapes a value: for text
/// a caller puts into HTML outside a template, such as an error page.
public func escapeHTML(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    appendEscapingHTML(text, to: &output)
    return output
}
