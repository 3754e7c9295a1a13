extension String {
    /// True for the empty string and strings of only whitespace or newlines.
    var isBlank: Bool { allSatisfy { $0.isWhitespace } }

    /// Trims whitespace and newlines at both ends, without needing Foundation.
    var trimmingWhitespace: String {
        guard let start = firstIndex(where: { !$0.isWhitespace }),
            let end = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[start...end])
    }

    /// Non-empty and made only of the ASCII digits 0-9.
    var isASCIIDigits: Bool {
        !isEmpty && utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
