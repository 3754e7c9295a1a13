/// Scheme, host and port of the link check.
extension LinkURL {
    enum Scheme { case http, https }

    enum HostKind {
        case name
        case ipLiteral
        /// A host name with an `xn--` label (in any case), which must be valid Punycode.
        case punycodeName
    }

    /// `http` or `https` in any case; nil for every other scheme.
    static func httpScheme(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Scheme? {
        guard range.count == 4 || range.count == 5 else { return nil }
        for (offset, index) in range.enumerated() where lowercased(text[index]) != https[offset] { return nil }
        return range.count == 5 ? .https : .http
    }

    /// Appends "example.com" for "Example.COM:443" (default port dropped) and says what kind of
    /// host it is; nil, with nothing useful appended, if anything is off.
    static func appendAuthority(
        _ text: UnsafeBufferPointer<UInt8>, _ authority: Range<Int>, scheme: Scheme, to href: inout [UInt8]
    ) -> HostKind? {
        guard !authority.isEmpty else { return nil }
        let kind: HostKind
        let hostEnd: Int
        let portStart: Int?
        let needsLowercasing: Bool
        if text[authority.lowerBound] == UInt8(ascii: "[") {
            guard !authority.contains(where: { text[$0] == UInt8(ascii: "@") }) else { return nil }
            // IPv6 literal: "[2001:db8::1]" with an optional ":port" after it.
            guard let close = authority.first(where: { text[$0] == UInt8(ascii: "]") }) else { return nil }
            let literal = (authority.lowerBound + 1)..<close
            guard !literal.isEmpty,
                literal.allSatisfy({ isHexDigit(text[$0]) || text[$0] == UInt8(ascii: ":") || text[$0] == UInt8(ascii: ".") })
            else { return nil }
            kind = .ipLiteral
            needsLowercasing = true
            hostEnd = close + 1
            if hostEnd == authority.upperBound {
                portStart = nil
            } else {
                guard text[hostEnd] == UInt8(ascii: ":") else { return nil }
                portStart = hostEnd + 1
            }
        } else {
            // One pass over the host name: its bytes, whether it has a letter or digit, whether
            // it needs lowercasing, whether a label starts "xn--". An "@" (user info) is not a
            // host name byte, so it fails here.
            var end = authority.lowerBound
            var classes: UInt8 = 0
            var labelStart = end
            var hasPunycodeLabel = false
            while end < authority.upperBound {
                let byte = text[end]
                if byte == UInt8(ascii: ":") { break }
                let byteClass = hostNameClass(byte)
                guard byteClass != 0 else { return nil }
                classes |= byteClass
                if byte == UInt8(ascii: ".") {
                    labelStart = end + 1
                } else if end == labelStart + 3, byte == UInt8(ascii: "-"), text[end - 1] == UInt8(ascii: "-"),
                    lowercased(text[end - 2]) == UInt8(ascii: "n"), lowercased(text[end - 3]) == UInt8(ascii: "x")
                {
                    hasPunycodeLabel = true
                }
                end += 1
            }
            hostEnd = end
            portStart = end < authority.upperBound ? end + 1 : nil
            guard end > authority.lowerBound, classes & Self.letterOrDigit != 0,
                text[authority.lowerBound] != UInt8(ascii: "."), text[authority.lowerBound] != UInt8(ascii: "-")
            else { return nil }
            kind = hasPunycodeLabel ? .punycodeName : .name
            needsLowercasing = classes & Self.uppercase != 0
        }
        if needsLowercasing {
            for index in authority.lowerBound..<hostEnd { href.append(lowercased(text[index])) }
        } else {
            href.append(contentsOf: UnsafeBufferPointer(rebasing: text[authority.lowerBound..<hostEnd]))
        }

        if let portStart, portStart < authority.upperBound {
            let digits = portStart..<authority.upperBound
            guard digits.count <= 5, digits.allSatisfy({ isASCIIDigit(text[$0]) }) else { return nil }
            let number = digits.reduce(0) { $0 * 10 + Int(text[$1] - UInt8(ascii: "0")) }
            guard (1...65535).contains(number) else { return nil }
            let isDefault = (scheme == .http && number == 80) || (scheme == .https && number == 443)
            if !isDefault { href.append(contentsOf: ":\(number)".utf8) }
        }
        return kind
    }

    private static let https = Array("https".utf8)

    /// `hostNameClass` of any host name byte; with these bits for a letter or digit, and an uppercase letter.
    private static let hostNameByte: UInt8 = 1
    private static let letterOrDigit: UInt8 = 2
    private static let uppercase: UInt8 = 4

    /// What a byte is in a host name, as bits (0: it cannot be in one). A host name byte is an
    /// ASCII letter or digit, `-`, `.` or `_`. Bit masks, like the path's, because this runs for
    /// every byte of every link's host.
    @inline(__always)
    private static func hostNameClass(_ byte: UInt8) -> UInt8 {
        // Bytes 0–63: `-` `.` and the digits; 64–127: the letters and `_`.
        let hostLow: UInt64 = 0x03ff_6000_0000_0000
        let digitsLow: UInt64 = 0x03ff_0000_0000_0000
        let hostHigh: UInt64 = 0x07ff_fffe_87ff_fffe
        let lettersHigh: UInt64 = 0x07ff_fffe_07ff_fffe
        let upperHigh: UInt64 = 0x0000_0000_07ff_fffe
        guard byte < 128 else { return 0 }
        let bit = UInt64(1) << UInt64(byte & 63)
        if byte < 64 {
            guard hostLow & bit != 0 else { return 0 }
            return digitsLow & bit != 0 ? hostNameByte | letterOrDigit : hostNameByte
        }
        guard hostHigh & bit != 0 else { return 0 }
        guard lettersHigh & bit != 0 else { return hostNameByte }
        return upperHigh & bit != 0 ? hostNameByte | letterOrDigit | uppercase : hostNameByte | letterOrDigit
    }
}
