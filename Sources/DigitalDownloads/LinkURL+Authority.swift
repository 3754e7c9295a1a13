/// Scheme, host and port of the link check.
extension LinkURL {
    enum Scheme { case http, https }

    enum HostKind { case name, ipLiteral }

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
            // it needs lowercasing. An "@" (user info) is not a host name byte, so it fails here.
            var end = authority.lowerBound
            var hasLetterOrDigit = false
            var hasUppercase = false
            while end < authority.upperBound, text[end] != UInt8(ascii: ":") {
                let byte = text[end]
                guard isHostNameByte(byte) else { return nil }
                if isASCIILetter(byte) || isASCIIDigit(byte) { hasLetterOrDigit = true }
                if lowercased(byte) != byte { hasUppercase = true }
                end += 1
            }
            hostEnd = end
            portStart = end < authority.upperBound ? end + 1 : nil
            guard end > authority.lowerBound, hasLetterOrDigit,
                text[authority.lowerBound] != UInt8(ascii: "."), text[authority.lowerBound] != UInt8(ascii: "-")
            else { return nil }
            kind = .name
            needsLowercasing = hasUppercase
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

    private static func isHostNameByte(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || isASCIIDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "_")
    }
}
