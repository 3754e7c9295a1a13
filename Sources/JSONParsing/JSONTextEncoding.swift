/// Finds how JSON text is encoded, as Foundation's `JSONDecoder` does: UTF-8 (with or without a
/// byte order mark), or UTF-16 or UTF-32 (by their byte order mark, or by where the zero bytes
/// are, since JSON text starts with an ASCII character). A file saved by Windows PowerShell is
/// UTF-16, and the old decoder read it.
enum JSONTextEncoding: Equatable {
    /// UTF-8; `skipping` is the length of a byte order mark to step over.
    case utf8(skipping: Int)
    case utf16(bigEndian: Bool, skipping: Int)
    case utf32(bigEndian: Bool, skipping: Int)

    static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> JSONTextEncoding {
        let count = bytes.count
        func byte(_ index: Int) -> UInt8? { index < count ? bytes[index] : nil }
        switch (byte(0), byte(1), byte(2), byte(3)) {
        case (0xEF, 0xBB, 0xBF, _): return .utf8(skipping: 3)
        case (0x00, 0x00, 0xFE, 0xFF): return .utf32(bigEndian: true, skipping: 4)
        case (0xFF, 0xFE, 0x00, 0x00): return .utf32(bigEndian: false, skipping: 4)
        case (0xFE, 0xFF, _, _): return .utf16(bigEndian: true, skipping: 2)
        case (0xFF, 0xFE, _, _): return .utf16(bigEndian: false, skipping: 2)
        case (0x00, 0x00, 0x00, .some(let fourth)) where fourth != 0: return .utf32(bigEndian: true, skipping: 0)
        case (.some(let first), 0x00, 0x00, 0x00) where first != 0: return .utf32(bigEndian: false, skipping: 0)
        case (0x00, .some(let second), _, _) where second != 0: return .utf16(bigEndian: true, skipping: 0)
        case (.some(let first), 0x00, _, _) where first != 0: return .utf16(bigEndian: false, skipping: 0)
        default: return .utf8(skipping: 0)
        }
    }

    /// UTF-16 or UTF-32 text as UTF-8; what is not a valid scalar becomes U+FFFD.
    func transcoded(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        switch self {
        case .utf8(let skipping):
            output.append(contentsOf: bytes[skipping...])
        case .utf16(let bigEndian, let skipping):
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = skipping
            while index + 1 < bytes.count {
                let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
                units.append(UInt16(high) << 8 | UInt16(low))
                index += 2
            }
            output.append(contentsOf: String(decoding: units, as: UTF16.self).utf8)
        case .utf32(let bigEndian, let skipping):
            var index = skipping
            var text = String.UnicodeScalarView()
            while index + 3 < bytes.count {
                var value: UInt32 = 0
                for offset in 0..<4 {
                    let byte = UInt32(bytes[index + (bigEndian ? offset : 3 - offset)])
                    value = value << 8 | byte
                }
                text.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                index += 4
            }
            output.append(contentsOf: String(text).utf8)
        }
        return output
    }
}
