extension JSONParser {
    /// A string, its opening quote at `index`: checks escapes, surrogate pairs and UTF-8, and
    /// records where its text is, to be turned into a `String` only when someone reads it.
    mutating func parseString() throws(JSONSyntaxError) {
        index += 1
        let start = index
        var flags: UInt8 = 0
        while true {
            // The common run, eight bytes at a time: printable ASCII, neither quote nor backslash.
            // A word with a byte that ends it says which: the run stops there, not a byte at a time.
            if let base = bytes.baseAddress {
                while index + 8 <= bytes.count {
                    let word = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    let attention = Self.attentionBits(word)
                    if attention != 0 {
                        index += attention.trailingZeroBitCount >> 3
                        break
                    }
                    index += 8
                }
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte >= 0x80 { break }
                index += 1
            }
            guard index < bytes.count else { throw error(.unexpectedEnd, at: index) }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                nodes.append(JSONNode(kind: .string, flags: flags, start: start, end: index, next: nodes.count + 1))
                index += 1
                return
            case UInt8(ascii: "\\"):
                flags |= JSONNode.hasEscapes
                try skipEscape()
            case ..<0x20:
                throw error(.controlCharacter(byte), at: index)
            default:
                flags |= JSONNode.hasNonASCII
                index += try validUTF8Length(at: index)
            }
        }
    }

    /// The high bit of each of the eight bytes of `word` (read little-endian) that ends the
    /// common run of a string, a control character, a quote, a backslash or a byte beyond ASCII,
    /// by the classic SWAR tests: zero when there is none. Bits above the lowest may be false
    /// alarms (a borrow runs on past a match), but the lowest is always the first such byte.
    @inline(__always)
    static func attentionBits(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        let control = (word &- ones &* 0x20) & ~word & highs
        let quote = hasZeroByte(word ^ (ones &* 0x22))
        let backslash = hasZeroByte(word ^ (ones &* 0x5C))
        return control | quote | backslash | (word & highs)
    }

    /// Steps over one escape, its backslash at `index`.
    private mutating func skipEscape() throws(JSONSyntaxError) {
        let backslash = index
        index += 1
        guard index < bytes.count else { throw error(.unexpectedEnd, at: index) }
        let escaped = bytes[index]
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            index += 1
        case UInt8(ascii: "u"):
            index += 1
            let unit = try hexQuad()
            switch unit {
            case 0xD800...0xDBFF:
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw error(.unpairedHighSurrogate(unit), at: backslash)
                }
                index += 2
                let low = try hexQuad()
                guard (0xDC00...0xDFFF).contains(low) else { throw error(.unpairedHighSurrogate(unit), at: backslash) }
            case 0xDC00...0xDFFF:
                throw error(.unpairedLowSurrogate(unit), at: backslash)
            default:
                break
            }
        default:
            throw error(.invalidEscape(escaped), at: index)
        }
    }

    /// Four hex digits at `index`, as a UTF-16 code unit.
    private mutating func hexQuad() throws(JSONSyntaxError) -> UInt16 {
        var unit: UInt16 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw error(.unexpectedEnd, at: index) }
            guard let digit = Self.hexValue(bytes[index]) else { throw error(.invalidHexDigit(bytes[index]), at: index) }
            unit = unit << 4 | UInt16(digit)
            index += 1
        }
        return unit
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The length of the well-formed UTF-8 sequence starting at `start` (Unicode's table 3-7:
    /// no overlong forms, no surrogates, nothing past U+10FFFF).
    private func validUTF8Length(at start: Int) throws(JSONSyntaxError) -> Int {
        let lead = bytes[start]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            secondRange = 0x80...0x9F
        case 0xF0:
            length = 4
            secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            secondRange = 0x80...0x8F
        default: throw invalidUTF8(at: start)
        }
        guard start + length <= bytes.count, secondRange.contains(bytes[start + 1]) else { throw invalidUTF8(at: start) }
        for position in (start + 2)..<(start + length) where !(0x80...0xBF).contains(bytes[position]) {
            throw invalidUTF8(at: start)
        }
        return length
    }

    /// The error for a broken sequence: its length is what its lead byte announces, cut short
    /// where the continuation bytes stop.
    private func invalidUTF8(at start: Int) -> JSONSyntaxError {
        let lead = bytes[start]
        let announced =
            switch lead {
            case 0xC0...0xDF: 2
            case 0xE0...0xEF: 3
            case 0xF0...0xF7: 4
            default: 1
            }
        var length = 1
        while length < announced, start + length < bytes.count, (0x80...0xBF).contains(bytes[start + length]) {
            length += 1
        }
        return error(.invalidUTF8(byte: lead, length: length), at: start)
    }
}
