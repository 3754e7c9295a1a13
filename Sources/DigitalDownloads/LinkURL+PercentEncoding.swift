/// Path, query and fragment of the link check.
extension LinkURL {
    /// Keeps RFC 3986 characters and valid "%XX" escapes; encodes the rest as UTF-8 "%XX",
    /// including `'`, `[`, `]`, a second `#`, and a stray `%`.
    ///
    /// Runs of kept bytes (nearly all of a real link) are appended at once rather than byte by
    /// byte: this runs for every asset of every page.
    static func appendPercentEncoded(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to href: inout [UInt8]) {
        var inFragment = false
        var index = range.lowerBound
        while index < range.upperBound {
            let runStart = index
            while index < range.upperBound, isKeptInPath(text[index]) { index += 1 }
            if index > runStart { href.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index])) }
            guard index < range.upperBound else { return }
            let byte = text[index]
            if byte == UInt8(ascii: "%"), index + 2 < range.upperBound, isHexDigit(text[index + 1]), isHexDigit(text[index + 2]) {
                href.append(contentsOf: UnsafeBufferPointer(rebasing: text[index...(index + 2)]))
                index += 3
                continue
            }
            if byte == UInt8(ascii: "#") && !inFragment {
                inFragment = true
                href.append(byte)
            } else {
                href.append(UInt8(ascii: "%"))
                href.append(hexDigit(byte >> 4))
                href.append(hexDigit(byte & 0x0F))
            }
            index += 1
        }
    }

    @inline(__always)
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }

    /// Letters, digits and `-._~:/?@!$&()*+,;=`: a bit each in two words, so the test is a shift
    /// and a mask rather than a lookup in an array.
    @inline(__always)
    private static func isKeptInPath(_ byte: UInt8) -> Bool {
        byte < 64 ? keptLow >> UInt64(byte) & 1 != 0 : byte < 128 && keptHigh >> UInt64(byte - 64) & 1 != 0
    }

    /// Bytes 0–63 kept: `!$&()*+,-./`, `0`–`9`, `:;=?` (not `"`, `#`, `%`, `'`, `<`, `>`).
    private static let keptLow: UInt64 = 0xafff_ff52_0000_0000
    /// Bytes 64–127 kept: `@`, `A`–`Z`, `_`, `a`–`z`, `~`.
    private static let keptHigh: UInt64 = 0x47ff_fffe_87ff_ffff
}
