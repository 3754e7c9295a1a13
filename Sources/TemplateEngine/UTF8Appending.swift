// Writing values into the renderer's UTF-8 output without making a `String` of each.

/// Appends a string's UTF-8 as it is, copied at once where the string is stored contiguously.
func appendUTF8(_ text: String, to output: inout OutputBuffer) {
    withUTF8(of: text) { output.append($0) }
}

/// Calls `body` with the UTF-8 of `text`, read where it lies: native and small strings (every
/// string on Linux) need no heap copy, and no retain and release either, which a `var` copy for
/// `withUTF8` costs on each value a page writes.
@inline(__always)
func withUTF8(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    if text.utf8.withContiguousStorageIfAvailable(body) != nil { return }
    var copy = text
    copy.withUTF8(body)
}

/// Appends `value` in decimal, exactly as `String(value)` writes it (`-` for negatives, no
/// leading zeros), written in place rather than through a temporary string.
func appendDecimal(_ value: Int, to output: inout OutputBuffer) {
    if value < 0 { output.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    var length = 1
    var rest = magnitude
    while rest >= 10 {
        rest /= 10
        length += 1
    }
    output.append(length: length) { buffer in
        var index = length
        repeat {
            index -= 1
            buffer[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }
}
