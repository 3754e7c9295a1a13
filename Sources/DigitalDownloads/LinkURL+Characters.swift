/// The character classes of the link check, on UTF-8 bytes: ASCII answers from the byte, and
/// only a non-ASCII scalar is decoded and looked up in the Unicode tables.
extension LinkURL {
    /// `range` without the whitespace and newlines around it (Foundation's
    /// `.whitespacesAndNewlines`), or nil when nothing is left.
    static func trimmedRange(of text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var start = 0
        var end = text.count
        while start < end {
            let (scalar, length) = scalar(in: text, at: start)
            guard isWhitespaceOrNewline(scalar) else { break }
            start += length
        }
        while end > start {
            var scalarStart = end - 1
            while scalarStart > start, text[scalarStart] & 0xC0 == 0x80 { scalarStart -= 1 }
            guard isWhitespaceOrNewline(scalar(in: text, at: scalarStart).scalar) else { break }
            end = scalarStart
        }
        return start < end ? start..<end : nil
    }

    /// Whether `range` holds a control or invisible formatting character or a backslash.
    static func containsForbiddenCharacter(_ text: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Bool {
        var index = range.lowerBound
        // Eight bytes at a time while they are plain printable ASCII other than "\\" (nearly
        // every link): a word with any other byte is looked at byte by byte below.
        if let base = text.baseAddress {
            while index + 8 <= range.upperBound {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                guard isPlainASCII(word) else { break }
                index += 8
            }
        }
        while index < range.upperBound {
            let byte = text[index]
            if byte < 0x80 {
                if byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\\") { return true }
                index += 1
            } else {
                let (scalar, length) = scalar(in: text, at: index)
                if isForbidden(scalar) { return true }
                index += length
            }
        }
        return false
    }

    /// Whether all eight bytes of `word` are ASCII, none a control character (below 0x20, or
    /// 0x7F) and none a backslash. Each test is the classic "has a byte below n" on the word
    /// (exact as a yes/no answer once every byte is below 0x80).
    @inline(__always)
    private static func isPlainASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasByteBelow(_ value: UInt64, _ limit: UInt64) -> Bool { (value &- ones &* limit) & ~value & highs != 0 }
        return word & highs == 0 && !hasByteBelow(word, 0x20) && !hasByteBelow(word ^ (ones &* 0x7F), 1)
            && !hasByteBelow(word ^ (ones &* 0x5C), 1)
    }

    /// Whether the ASCII delimiter at `index` and the scalar after it make one `Character`
    /// (a combining mark or other extender follows it).
    static func startsCombinedCharacter(_ text: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Bool {
        guard index + 1 < end, text[index + 1] >= 0x80 else { return false }
        var pair = String.UnicodeScalarView()
        pair.append(Unicode.Scalar(text[index]))
        pair.append(scalar(in: text, at: index + 1).scalar)
        return String(pair).count == 1
    }

    /// The scalar whose UTF-8 encoding starts at `index`, and how many bytes it takes.
    static func scalar(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = text[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (0x7F >> length)
        for offset in 1..<length {
            guard index + offset < text.count else { return ("\u{FFFD}", text.count - index) }
            value = value << 6 | UInt32(text[index + offset] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Foundation's `.whitespacesAndNewlines`: Unicode's space, line and paragraph separators,
    /// tab, U+000A–U+000D, U+0085 and (in swift-corelibs-foundation) U+200B ZERO WIDTH SPACE.
    static func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0x200B: return true
        case 0..<0x80: return false
        default:
            switch scalar.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
    }

    /// Control characters (C0, DEL, C1: tabs, newlines, NUL …), invisible format characters
    /// (zero-width, bidi overrides), line/paragraph separators, and backslashes, which browsers
    /// read as "/" in http URLs.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned, .privateUse:
            return true
        default:
            return scalar == "\\"
        }
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte | 0x20)
    }

    static func isASCIIDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte)
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        isASCIIDigit(byte) || (0x61...0x66).contains(byte | 0x20)
    }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }
}
