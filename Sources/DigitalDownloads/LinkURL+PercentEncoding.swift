/// Path, query and fragment of the link check.
extension LinkURL {
    /// Keeps RFC 3986 characters and valid "%XX" escapes; encodes the rest as UTF-8 "%XX",
    /// including `'`, `[`, `]`, a second `#`, and a stray `%`.
    static func appendPercentEncoded(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to href: inout [UInt8]) {
        var inFragment = false
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = text[index]
            if byte == UInt8(ascii: "%"), index + 2 < range.upperBound, isHexDigit(text[index + 1]), isHexDigit(text[index + 2]) {
                href.append(contentsOf: text[index...(index + 2)])
                index += 3
                continue
            }
            if byte == UInt8(ascii: "#") && !inFragment {
                inFragment = true
                href.append(byte)
            } else if isKeptInPath(byte) {
                href.append(byte)
            } else {
                href.append(UInt8(ascii: "%"))
                href.append(hexDigits[Int(byte >> 4)])
                href.append(hexDigits[Int(byte & 0x0F)])
            }
            index += 1
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Letters, digits and `-._~:/?@!$&()*+,;=`.
    private static func isKeptInPath(_ byte: UInt8) -> Bool {
        guard byte < 0x80 else { return false }
        return isASCIILetter(byte) || isASCIIDigit(byte) || keptPunctuation[Int(byte)]
    }

    private static let keptPunctuation: [Bool] = (0..<128).map { byte in
        "-._~:/?@!$&()*+,;=".utf8.contains(UInt8(byte))
    }
}
