/// Turns the escaped text of a string (checked by the parser) into its UTF-8 bytes.
enum JSONUnescaping {
    /// Writes the unescaped form of `raw` to `output` (at least `raw.count` bytes long) and
    /// returns how many bytes it wrote.
    static func unescape(_ raw: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var read = 0
        var written = 0
        func put(_ byte: UInt8) {
            output[written] = byte
            written += 1
        }
        while read < raw.count {
            let byte = raw[read]
            guard byte == UInt8(ascii: "\\"), read + 1 < raw.count else {
                put(byte)
                read += 1
                continue
            }
            let escaped = raw[read + 1]
            read += 2
            switch escaped {
            case UInt8(ascii: "b"): put(0x08)
            case UInt8(ascii: "f"): put(0x0C)
            case UInt8(ascii: "n"): put(0x0A)
            case UInt8(ascii: "r"): put(0x0D)
            case UInt8(ascii: "t"): put(0x09)
            case UInt8(ascii: "u"):
                var scalar = UInt32(hexQuad(raw, at: read))
                read += 4
                if (0xD800...0xDBFF).contains(scalar), read + 5 < raw.count, raw[read] == UInt8(ascii: "\\") {
                    let low = UInt32(hexQuad(raw, at: read + 2))
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    read += 6
                }
                for unit in Unicode.UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}") ?? Unicode.UTF8.EncodedScalar() {
                    put(unit)
                }
            default: put(escaped)
            }
        }
        return written
    }

    private static func hexQuad(_ raw: UnsafeBufferPointer<UInt8>, at start: Int) -> UInt16 {
        var unit: UInt16 = 0
        for offset in start..<min(start + 4, raw.count) {
            unit = unit << 4 | UInt16(JSONParser.hexValue(raw[offset]) ?? 0)
        }
        return unit
    }
}
