/// Appends `bytes` (UTF-8) to `output` with `& < > " '` replaced by entities, so that a value is
/// safe both inside element text and inside a quoted attribute (either quote), and U+0000
/// replaced by U+FFFD: a NUL is a parse error in HTML, and browsers show U+FFFD for it anyway.
///
/// Only `{{name}}` escapes: `{{{name}}}` and `{{&name}}` are raw by definition (the Mustache spec),
/// so what they insert, a NUL included, is exactly the value; a theme uses them only for HTML it trusts.
///
/// Every byte that needs escaping is below 64, so one shift of a 64-bit mask tells whether a byte
/// does; runs with nothing to escape (most values, whole) are copied at once.
func appendEscapingHTML(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout OutputBuffer) {
    // Bits 0 (NUL), 34 ("), 38 (&), 39 ('), 60 (<) and 62 (>).
    let escaped: UInt64 = 1 | 1 << 34 | 1 << 38 | 1 << 39 | 1 << 60 | 1 << 62
    var runStart = 0
    var index = 0
    while index < bytes.count {
        let byte = bytes[index]
        guard byte < 64, escaped & (1 << UInt64(byte)) != 0 else {
            index += 1
            continue
        }
        if index > runStart { output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
        let replacement: StaticString =
            switch byte {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\""): "&quot;"
            case UInt8(ascii: "'"): "&#39;"
            default: "\u{FFFD}"
            }
        replacement.withUTF8Buffer { output.append($0) }
        index += 1
        runStart = index
    }
    if runStart == 0 {
        output.append(bytes)
    } else if runStart < bytes.count {
        output.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
}

/// The same escaping, for a string's UTF-8.
func appendEscapingHTML(_ text: String, to output: inout OutputBuffer) {
    withUTF8(of: text) { appendEscapingHTML($0, to: &output) }
}

/// `text` with `& < > " '` replaced by entities (and NUL by U+FFFD), exactly as `{{name}}` escapes a value: for text
/// a caller puts into HTML outside a template, such as an error page.
public func escapeHTML(_ text: String) -> String {
    var output = OutputBuffer(capacity: text.utf8.count)
    appendEscapingHTML(text, to: &output)
    return output.withBytes { String(decoding: $0, as: UTF8.self) }
}
