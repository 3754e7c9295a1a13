/// Appends `bytes` (UTF-8) to `output` with `& < > " '` replaced by entities, so that a value is
/// safe both inside element text and inside a quoted attribute (either quote), and U+0000
/// replaced by U+FFFD: a NUL is a parse error in HTML, and browsers show U+FFFD for it anyway.
///
/// Only `{{name}}` escapes: `{{{name}}}` and `{{&name}}` are raw by definition (the Mustache spec),
/// so what they insert, a NUL included, is exactly the value; a theme uses them only for HTML it trusts.
///
/// Runs with nothing to escape (most values, whole) are copied at once.
func appendEscapingHTML(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout OutputBuffer) {
    guard let base = bytes.baseAddress else { return }
    var runStart = 0
    var index = 0
    while index < bytes.count {
        // Eight bytes at a time: a word with nothing to escape (most of a link, a name) costs a
        // few instructions rather than a test a byte; one that has something says where.
        if index + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let found = escapedBytes(in: word)
            if found == 0 {
                index += 8
                continue
            }
            index += found.trailingZeroBitCount >> 3
        } else {
            while index < bytes.count, !needsEscaping(bytes[index]) { index += 1 }
            guard index < bytes.count else { break }
        }
        let byte = bytes[index]
        guard needsEscaping(byte) else {
            index += 1  // Not reached: the word's lowest mark is always an escaped byte.
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

/// Whether `byte` is escaped: NUL, `"`, `&`, `'`, `<` or `>`, all below 64, so one shift of a
/// 64-bit mask tells.
@inline(__always)
private func needsEscaping(_ byte: UInt8) -> Bool {
    // Bits 0 (NUL), 34 ("), 38 (&), 39 ('), 60 (<) and 62 (>).
    let escaped: UInt64 = 1 | 1 << 34 | 1 << 38 | 1 << 39 | 1 << 60 | 1 << 62
    return byte < 64 && escaped & (1 << UInt64(byte)) != 0
}

/// The high bit of each byte of `word` (read little-endian) that is escaped, by the classic
/// SWAR zero-byte test: `&` and `'` differ only in bit 0, and `<` and `>` only in bit 1, so four
/// tests cover the six bytes. Bits above the lowest may be false alarms (a borrow runs on past
/// a match), but the lowest always marks the first escaped byte; zero means there is none.
@inline(__always)
private func escapedBytes(in word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func zeroBytes(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
    let nul = zeroBytes(word)
    let quote = zeroBytes(word ^ (ones &* 0x22))
    let ampersandOrApostrophe = zeroBytes((word | ones) ^ (ones &* 0x27))
    let angleBracket = zeroBytes((word | (ones &* 0x02)) ^ (ones &* 0x3E))
    return nul | quote | ampersandOrApostrophe | angleBracket
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
