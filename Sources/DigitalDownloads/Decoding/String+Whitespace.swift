extension String {
    /// True for the empty string and strings of only whitespace or newlines.
    var isBlank: Bool {
        // An ASCII byte that is not whitespace starts or ends no whitespace character, so it
        // settles the question without Unicode's tables (most strings start with one, and
        // looking at that one costs less than setting out to iterate).
        if let first = utf8.first, first < 0x80, !Self.isASCIIWhitespace(first) { return false }
        var isASCII = true
        for byte in utf8 {
            if byte >= 0x80 {
                isASCII = false
            } else if !Self.isASCIIWhitespace(byte) {
                return false
            }
        }
        return isASCII || allSatisfy { $0.isWhitespace }
    }

    /// Trims whitespace and newlines at both ends, without needing Foundation.
    var trimmingWhitespace: String {
        // Nothing to trim when both ends are ASCII and not whitespace: the common case, decided
        // without Unicode's tables.
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80, !Self.isASCIIWhitespace(first),
            !Self.isASCIIWhitespace(last)
        {
            return self
        }
        guard let start = firstIndex(where: { !$0.isWhitespace }),
            let end = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[start...end])
    }

    /// Non-empty and made only of the ASCII digits 0-9.
    var isASCIIDigits: Bool {
        !isEmpty && utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// The ASCII characters `Character.isWhitespace` is true for: tab, line feed, vertical tab,
    /// form feed, carriage return and space.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
