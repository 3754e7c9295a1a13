extension String {
    /// `isBlank` as it was, by `Character.isWhitespace` alone.
    var referenceIsBlank: Bool { allSatisfy { $0.isWhitespace } }

    /// `trimmingWhitespace` as it was, by `Character.isWhitespace` alone.
    var referenceTrimmingWhitespace: String {
        guard let start = firstIndex(where: { !$0.isWhitespace }),
            let end = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[start...end])
    }
}
